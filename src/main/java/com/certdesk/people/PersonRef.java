package com.certdesk.people;

/** Just enough to name a person in a list. */
public record PersonRef(long id, String displayName) {
}
