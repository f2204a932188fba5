package com.certdesk.engagement;

import java.time.LocalDate;

/**
 * One wave of a survey: when it is open and whether it is now. {@code closesOn} is the day it closed when HR or an
 * administrator closed it early, else the day it closes as planned.
 */
public record WaveView(long id, long surveyId, String surveyTitle, int number, LocalDate opensOn, LocalDate closesOn,
        boolean open) {

    /** "Wave 3 · 1–14 Dec 2026" style naming is the view's; this is the wave's ordinal, 1 for the first. */
    public int ordinal() {
        return number + 1;
    }
}
