package com.certdesk.feedback;

import java.time.LocalDate;

/** Published after a batch was stored: how many ratings, and the days (organization time) they fall on. */
public record FeedbackImported(long batchId, long imported, LocalDate firstDay, LocalDate lastDay) {
}
