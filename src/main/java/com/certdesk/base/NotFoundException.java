package com.certdesk.base;

/**
 * Thrown by services when a record does not exist or is not visible to the caller. Views turn it into a
 * friendly "not found" page instead of an error.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
