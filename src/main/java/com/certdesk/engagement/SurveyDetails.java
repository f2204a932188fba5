package com.certdesk.engagement;

import java.util.List;

/** A survey as its editor shows it; {@code version} goes back to {@link SurveyService#update}. */
public record SurveyDetails(long id, SurveyStatus status, SurveyDraft draft, List<WaveView> waves, long version) {

    public SurveyDetails {
        waves = List.copyOf(waves);
    }

    /** Statements are fixed once a survey is active, so that its waves stay comparable. */
    public boolean itemsEditable() {
        return status == SurveyStatus.DRAFT;
    }
}
