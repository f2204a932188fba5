package com.certdesk.certification;

/** What the public verification page says about a code. */
public enum VerificationStatus {
    VALID, NOT_YET_VALID, EXPIRED, REVOKED, NOT_FOUND
}
