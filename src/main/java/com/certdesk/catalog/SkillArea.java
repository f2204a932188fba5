package com.certdesk.catalog;

/** The service skills Certdesk teaches. */
public enum SkillArea {
    FIRST_IMPRESSIONS("First impressions"),
    ACTIVE_LISTENING("Active listening"),
    EMPATHY("Empathy"),
    PROBLEM_SOLVING("Problem solving"),
    SERVICE_RECOVERY("Service recovery"),
    DE_ESCALATION("De-escalation"),
    LOW_EFFORT_SERVICE("Low-effort service"),
    WRITTEN_COMMUNICATION("Written communication"),
    PHONE_ETIQUETTE("Phone etiquette"),
    PRODUCT_KNOWLEDGE("Product knowledge");

    private final String label;

    SkillArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
