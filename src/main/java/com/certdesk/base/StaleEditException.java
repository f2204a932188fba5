package com.certdesk.base;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * An edit was made on a version of a record that someone else has changed since: nothing is saved. Every edit form
 * works the same way: the form keeps the version it loaded, the service compares it with {@link #check} before
 * changing anything and flushes through {@link #guard} so that a save racing another one is refused too.
 * It is a {@link ValidationException}, so forms show its message where they show other problems.
 */
public class StaleEditException extends ValidationException {

    public StaleEditException(String what) {
        super(message(what));
    }

    private StaleEditException(String message, boolean asIs) {
        super(message);
    }

    /** A stale edit in words of its own, e.g. when the other change was the same person's, in another tab. */
    public static StaleEditException saying(String message) {
        return new StaleEditException(message, true);
    }

    /** "The user Ana Silva was changed by someone else since you opened it; reload to see the changes." */
    public static String message(String what) {
        String subject = what.isEmpty() ? "This record" : Character.toUpperCase(what.charAt(0)) + what.substring(1);
        return subject + " was changed by someone else since you opened it; reload to see the changes. "
                + "Nothing was saved.";
    }

    /** Refuses the edit when the record is no longer at the version the form loaded. */
    public static void check(String what, long expectedVersion, long currentVersion) {
        if (expectedVersion != currentVersion) {
            throw new StaleEditException(what);
        }
    }

    /** Runs the write (ending in a flush) and turns a concurrent save detected by JPA's {@code @Version} into this. */
    public static <T> T guard(String what, Supplier<T> write) {
        try {
            return write.get();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException(what);
        }
    }
}
