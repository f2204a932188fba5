package com.certdesk.quiz;

/** A category with the name authors know it by ("Skill area: Empathy", "Module: Active listening basics"). */
public record CategoryOption(QuestionCategory category, String label) {
}
