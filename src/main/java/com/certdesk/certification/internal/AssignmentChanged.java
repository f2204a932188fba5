package com.certdesk.certification.internal;

/** An assignment was made or got a new due date; its agents are told once the change is committed. */
public record AssignmentChanged(long assignmentId) {
}
