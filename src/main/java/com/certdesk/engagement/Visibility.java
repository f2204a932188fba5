package com.certdesk.engagement;

/** Whether a group's figures are shown, and if not, why: the reason the page gives in their place. */
public enum Visibility {
    SHOWN,
    /** The group has fewer people than the threshold. */
    TOO_FEW,
    /** The group is large enough, but showing it would let a smaller group's figures be worked out by subtraction. */
    PROTECTS_ANOTHER_GROUP,
    /** Answers are shown only once the wave has closed, so that answers given one by one cannot be told apart. */
    AFTER_CLOSE;

    /** What the page says instead of the figures. */
    public String reason(int threshold, String what) {
        return switch (this) {
            case SHOWN -> "";
            case TOO_FEW -> "Fewer than " + threshold + " " + what + ": hidden to protect confidentiality.";
            case PROTECTS_ANOTHER_GROUP -> "Hidden to protect confidentiality: with it, the answers of a group of "
                    + "fewer than " + threshold + " people could be worked out.";
            case AFTER_CLOSE -> "Results are shown when the wave has closed.";
        };
    }
}
