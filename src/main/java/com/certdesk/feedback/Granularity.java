package com.certdesk.feedback;

/** Calendar periods in the organization's time zone; weeks start on Monday (ISO). */
public enum Granularity {
    WEEK, MONTH, QUARTER
}
