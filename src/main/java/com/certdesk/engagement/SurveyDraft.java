package com.certdesk.engagement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A survey as its author writes it.
 *
 * @param freeTextQuestion an optional open question, answered in the respondent's own words; null or blank for none
 * @param everyone         ask every active agent; otherwise the agents of {@code teamIds}
 * @param firstOpensOn     the day the first wave opens (the organization's calendar)
 * @param openDays         how many days each wave stays open, the opening day included
 * @param items            agreement statements and exactly one eNPS question
 */
public record SurveyDraft(String title, String intro, @Nullable String freeTextQuestion, boolean everyone,
        Set<Long> teamIds, LocalDate firstOpensOn, int openDays, Repetition repetition, List<ItemDraft> items) {

    public SurveyDraft {
        teamIds = Set.copyOf(teamIds);
        items = List.copyOf(items);
    }
}
