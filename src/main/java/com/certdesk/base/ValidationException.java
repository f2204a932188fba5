package com.certdesk.base;

/** A business rule rejected the input; the message is written for the user who gave it. */
public class ValidationException extends RuntimeException {

    public ValidationException(String message) {
        super(message);
    }
}
