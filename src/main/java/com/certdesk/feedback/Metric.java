package com.certdesk.feedback;

import com.certdesk.base.ValidationException;
import java.util.Locale;

/**
 * What a rating measures, as named in the canonical format. CSAT and CSAT_BINARY are both read as "share
 * satisfied" ({@link Measure#CSAT}); eNPS is an engagement measure and is not accepted here.
 */
public enum Metric {
    /** Satisfaction on 1-5 (top two boxes satisfied) or 1-3 (top box satisfied). */
    CSAT(Measure.CSAT),
    /** Satisfaction on a good/bad scale 0-1 (good satisfied). */
    CSAT_BINARY(Measure.CSAT),
    /** Net promoter score question on 0-10. */
    NPS(Measure.NPS),
    /** Customer effort, "made it easy" agreement, 1-7 (or older 1-5), higher is easier after normalising. */
    CES(Measure.CES);

    private final Measure measure;

    Metric(Measure measure) {
        this.measure = measure;
    }

    public Measure measure() {
        return measure;
    }

    /**
     * The metric named in a file or request, case-insensitive.
     *
     * @throws ValidationException for ENPS (with a pointer to the engagement import) and for unknown names
     */
    public static Metric parse(String name) {
        String n = name.strip().toUpperCase(Locale.ROOT);
        if (n.equals("ENPS")) {
            throw new ValidationException("ENPS is an engagement measure, not customer feedback: import it under "
                    + "Imported engagement > Import scores (engagement/scores/import), not here.");
        }
        for (Metric m : values()) {
            if (m.name().equals(n)) {
                return m;
            }
        }
        throw new ValidationException("unknown metric \"" + name.strip() + "\" (expected CSAT, CSAT_BINARY, NPS or CES)");
    }
}
