package com.certdesk.people;

/** One reason a line of an import file was rejected. Line 0 means the file as a whole. */
public record ImportProblem(long line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? "Line " + line + ": " + reason : reason;
    }
}
