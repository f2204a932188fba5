package com.certdesk.feedback.internal;

import java.sql.Connection;

/** For migration V27 only: fills feedback_agent_month from feedback_daily as {@link AgentMonths} keeps it. */
public final class AgentMonthsMigration {

    private AgentMonthsMigration() {
    }

    public static void build(Connection connection) {
        AgentMonths.rebuild(connection);
    }
}
