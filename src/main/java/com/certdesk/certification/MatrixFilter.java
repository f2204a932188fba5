package com.certdesk.certification;

import org.jspecify.annotations.Nullable;

/**
 * What the certification matrix shows: one team or all teams the caller may see ({@code teamId} null), one program
 * or every active program ({@code programId} null), only agents with at least one cell in {@code status} (within
 * the shown programs; null for everyone), and only agents whose name contains {@code text} (blank for everyone).
 */
public record MatrixFilter(@Nullable Long teamId, @Nullable Long programId, @Nullable CertStatus status, String text) {

    public static final MatrixFilter ALL = new MatrixFilter(null, null, null, "");

    public MatrixFilter {
        text = text.strip();
    }

    public static MatrixFilter team(@Nullable Long teamId) {
        return new MatrixFilter(teamId, null, null, "");
    }

    public MatrixFilter withTeam(@Nullable Long teamId) {
        return new MatrixFilter(teamId, programId, status, text);
    }

    public MatrixFilter withProgram(@Nullable Long programId) {
        return new MatrixFilter(teamId, programId, status, text);
    }

    public MatrixFilter withStatus(@Nullable CertStatus status) {
        return new MatrixFilter(teamId, programId, status, text);
    }

    public MatrixFilter withText(String text) {
        return new MatrixFilter(teamId, programId, status, text);
    }
}
