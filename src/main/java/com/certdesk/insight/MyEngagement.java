package com.certdesk.insight;

import com.certdesk.engagement.ImportedScores;
import com.certdesk.engagement.MyPulse;
import java.util.List;

/**
 * The signed-in agent's own pulse answers for My performance: made only from
 * {@link com.certdesk.engagement.PulseService#mine()}, which reads the caller's own responses and takes no user id,
 * so nobody can ask for another person's. {@link AgentPerformance}, which managers and HR see, carries none of this.
 *
 * @param waves           the waves the caller answered that opened in the page's months, the earliest first
 * @param answeredEarlier how many waves the caller answered that opened before those months
 * @param imported        the caller's own scores from an outside engagement tool ({@link ImportedScores#mine()}),
 *                        the earliest first
 */
public record MyEngagement(List<MyPulse> waves, int answeredEarlier, List<ImportedScores.OwnScore> imported) {

    public MyEngagement {
        waves = List.copyOf(waves);
        imported = List.copyOf(imported);
    }

    /** Pulse answers only, no imported scores. */
    public MyEngagement(List<MyPulse> waves, int answeredEarlier) {
        this(waves, answeredEarlier, List.of());
    }

    /** Whether the caller has answered any pulse survey at all. */
    public boolean answeredAny() {
        return !waves.isEmpty() || answeredEarlier > 0;
    }
}
