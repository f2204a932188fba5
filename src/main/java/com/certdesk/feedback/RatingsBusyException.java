package com.certdesk.feedback;

/**
 * Some of the ratings sent are being imported from a file at this moment (or a failed import's copies of them are
 * being removed): nothing was stored; sending them again shortly either stores them or finds them stored.
 */
public class RatingsBusyException extends RuntimeException {

    public RatingsBusyException() {
        super("Some of these ratings are being imported from a file right now; nothing was stored. Send them again in a "
                + "minute.");
    }
}
