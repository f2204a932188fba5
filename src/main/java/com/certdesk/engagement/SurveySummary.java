package com.certdesk.engagement;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A survey in the list: what it is, whom it asks, and its latest wave. */
public record SurveySummary(long id, String title, SurveyStatus status, String audience, Repetition repetition,
        LocalDate firstOpensOn, int openDays, int items, int waves, @Nullable WaveView latestWave) {
}
