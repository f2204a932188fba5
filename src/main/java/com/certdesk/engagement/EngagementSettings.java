package com.certdesk.engagement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The confidentiality threshold ({@code certdesk.engagement.threshold}, default 5): no figure of fewer respondents is
 * shown, and none can be worked out from those shown. It may not be set below {@value SmallGroups#LOWEST_THRESHOLD};
 * the portal refuses to start with a lower one rather than quietly showing smaller groups.
 */
@Component
public class EngagementSettings {

    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;
    private final String organizationName;

    EngagementSettings(@Value("${certdesk.engagement.threshold:" + DEFAULT_THRESHOLD + "}") int threshold,
            @Value("${certdesk.organization.name:}") String organizationName) {
        if (threshold < SmallGroups.LOWEST_THRESHOLD) {
            throw new IllegalStateException("certdesk.engagement.threshold is " + threshold + "; it may not be below "
                    + SmallGroups.LOWEST_THRESHOLD + ", or answers of one or two people could be read from the "
                    + "results.");
        }
        this.threshold = threshold;
        this.organizationName = organizationName.isBlank() ? "this organization" : organizationName.strip();
    }

    /** The smallest group whose figures may be shown. */
    public int threshold() {
        return threshold;
    }

    /** The organization's name as the eNPS question uses it ("this organization" when none is set). */
    public String organizationName() {
        return organizationName;
    }

    /** The promise on every survey page, with the threshold in force. */
    public String promise() {
        return "Confidential: your manager and HR see results only for groups of " + threshold
                + " or more people; nobody sees your answers.";
    }
}
