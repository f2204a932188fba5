package com.certdesk.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** For the rollup's tests: the agents' packed months ({@link AgentMonths}) hold what feedback_daily holds. */
public final class AgentMonthsCheck {

    private AgentMonthsCheck() {
    }

    /**
     * Every agent's counted ratings per measure, day and channel, as read back from the packed months, equal
     * feedback_daily's rows summed over team and scale; returns how many agent-days they are.
     */
    public static int assertPackedAsTheRollup(JdbcTemplate jdbc) {
        int compared = 0;
        for (String kind : List.of("CSAT", "NPS", "CES")) {
            List<String> packed = new ArrayList<>();
            new AgentMonths(jdbc).read(kind, LocalDate.of(1970, 1, 1), LocalDate.of(2200, 1, 1), null,
                    (channel, user, day, n, value) -> packed.add(user + "|" + LocalDate.ofEpochDay(day) + "|"
                            + channel + "|" + n + "|" + value));
            packed.sort(null);
            List<String> rollup = new ArrayList<>(jdbc.queryForList("select concat_ws('|', user_id, local_day, "
                    + "channel, sum(n), sum(" + switch (kind) {
                        case "CSAT" -> "satisfied";
                        case "NPS" -> "satisfied - detractors";
                        default -> "score_sum";
                    } + ")) from feedback_daily where kind = ? and (kind <> 'CES' or scale_max = "
                    + FeedbackFiguresService.CES_SCALE + ") group by user_id, local_day, channel", String.class,
                    kind));
            rollup.sort(null);
            assertThat(packed).as("%s packed per agent and month", kind).isEqualTo(rollup);
            compared += packed.size();
        }
        return compared;
    }
}
