package db.migration;

import com.certdesk.feedback.internal.AgentMonthsMigration;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The agents' ratings packed per agent, measure and month for the training-impact estimate (feedback_agent_month,
 * see AgentMonths): the table, and its rows built from feedback_daily on a database that has ratings already. Read
 * by measure (the primary key leads with it); changed by agent and month (the second index).
 */
public class V27__feedback_agent_month extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (var statement = context.getConnection().createStatement()) {
            statement.execute("""
                    create table feedback_agent_month (
                        kind      varchar(10) not null,
                        user_id   bigint      not null,
                        first_day date        not null,
                        data      bytea       not null,
                        constraint pk_feedback_agent_month primary key (kind, user_id, first_day)
                    )""");
            statement.execute("create index ix_feedback_agent_month_user on feedback_agent_month (user_id, first_day)");
        }
        AgentMonthsMigration.build(context.getConnection());
    }
}
