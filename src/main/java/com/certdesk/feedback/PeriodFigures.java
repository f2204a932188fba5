package com.certdesk.feedback;

import java.time.LocalDate;

/** The three figures of one slice over [start, end): CSAT, NPS and CES, each with n and interval. */
public record PeriodFigures(LocalDate start, LocalDate end, Figure csat, Figure nps, Figure ces) {

    public Figure of(Measure measure) {
        return switch (measure) {
            case CSAT -> csat;
            case NPS -> nps;
            case CES -> ces;
        };
    }
}
