package com.certdesk.engagement;

import com.certdesk.Fixtures;
import com.certdesk.base.OrganizationTime;
import com.certdesk.security.SystemAuthentication;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Pulse surveys for tests, through the real services. */
@Component
public class EngagementFixtures {

    private final SurveyService surveys;
    private final PulseService pulses;
    private final Fixtures fixtures;
    private final OrganizationTime time;

    EngagementFixtures(SurveyService surveys, PulseService pulses, Fixtures fixtures, OrganizationTime time) {
        this.surveys = surveys;
        this.pulses = pulses;
        this.fixtures = fixtures;
        this.time = time;
    }

    /** Activates the default pulse, titled uniquely, for these teams from today; returns its first wave's id. */
    public long openWave(long... teamIds) {
        return SystemAuthentication.callAsSystem(() -> {
            SurveyDraft d = surveys.defaultPulse();
            Set<Long> teams = java.util.Arrays.stream(teamIds).boxed().collect(java.util.stream.Collectors.toSet());
            long id = surveys.create(new SurveyDraft(Fixtures.unique("Pulse"), d.intro(), d.freeTextQuestion(), false,
                    teams, time.today(), 14, Repetition.MONTHLY, d.items()));
            surveys.activate(id, surveys.survey(id).version());
            return surveys.survey(id).waves().getFirst().id();
        });
    }

    /** An answer to every question of the wave: {@code agreement} to each statement, {@code enps} to eNPS. */
    public Map<Long, Integer> answers(long waveId, int agreement, int enps) {
        Map<Long, Integer> scores = new HashMap<>();
        for (PulseQuestion q : pulses.form(waveId).questions()) {
            scores.put(q.id(), q.kind() == ItemKind.ENPS ? enps : agreement);
        }
        return scores;
    }

    /** The agent answers the wave (and is signed out again). */
    public void answer(String agent, long waveId, int agreement, String text) {
        fixtures.signIn(agent);
        try {
            pulses.submit(waveId, answers(waveId, agreement, 9), text, -1);
        } finally {
            fixtures.signOut();
        }
    }

    public void closeWave(long waveId) {
        SystemAuthentication.runAsSystem(() -> surveys.closeWave(waveId));
    }
}
