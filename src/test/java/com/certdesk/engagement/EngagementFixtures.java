package com.certdesk.engagement;

import com.certdesk.Fixtures;
import com.certdesk.TestClock;
import com.certdesk.base.OrganizationTime;
import com.certdesk.engagement.internal.WaveOpener;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Pulse surveys for tests, through the real services. */
@Component
public class EngagementFixtures {

    private final SurveyService surveys;
    private final PulseService pulses;
    private final Fixtures fixtures;
    private final OrganizationTime time;
    private final WaveOpener opener;
    private final ObjectProvider<TestClock> clocks;

    EngagementFixtures(SurveyService surveys, PulseService pulses, Fixtures fixtures, OrganizationTime time,
            WaveOpener opener, ObjectProvider<TestClock> clocks) {
        this.surveys = surveys;
        this.pulses = pulses;
        this.fixtures = fixtures;
        this.time = time;
        this.opener = opener;
        this.clocks = clocks;
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

    /**
     * The agent agrees (4) with the first {@code agreed} statements of the wave and disagrees (2) with the rest,
     * and answers eNPS with {@code enps}: their own index is {@code agreed} of the statements.
     */
    public void answerAgreeing(String agent, long waveId, int agreed, int enps) {
        fixtures.signIn(agent);
        try {
            Map<Long, Integer> scores = new HashMap<>();
            int statement = 0;
            for (PulseQuestion q : pulses.form(waveId).questions()) {
                scores.put(q.id(), q.kind() == ItemKind.ENPS ? enps : statement++ < agreed ? 4 : 2);
            }
            pulses.submit(waveId, scores, null, -1);
        } finally {
            fixtures.signOut();
        }
    }

    /**
     * Moves the test clock to the day the survey's next wave opens (a month after this one) and opens it as the
     * scheduler would; returns its id. {@code waveId} must be the survey's latest wave. Needs the test clock; the
     * test resets it afterwards.
     */
    public long nextWave(long waveId) {
        TestClock clock = clocks.getIfAvailable();
        if (clock == null) {
            throw new IllegalStateException("nextWave moves time: @Import(TestClock.Config.class) in the test");
        }
        return SystemAuthentication.callAsSystem(() -> {
            SurveyDetails survey = surveys.survey(surveyOf(waveId));
            WaveView wave = survey.waves().stream().filter(w -> w.id() == waveId).findFirst().orElseThrow();
            LocalDate day = survey.draft().firstOpensOn().plusMonths(wave.number() + 1L);
            clock.advance(Duration.between(clock.instant(), time.startOf(day).plusSeconds(9 * 3600)));
            opener.run(time.today());
            return surveys.survey(survey.id()).waves().stream().filter(w -> w.number() == wave.number() + 1)
                    .findFirst().orElseThrow().id();
        });
    }

    private long surveyOf(long waveId) {
        return surveys.surveys().stream().filter(s -> s.latestWave() != null && s.latestWave().id() == waveId)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("Wave " + waveId + " is no survey's "
                        + "latest")).id();
    }

    public void closeWave(long waveId) {
        SystemAuthentication.runAsSystem(() -> surveys.closeWave(waveId));
    }
}
