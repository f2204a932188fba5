package com.certdesk.engagement.internal;

import com.certdesk.base.OrganizationTime;
import com.certdesk.engagement.ItemDraft;
import com.certdesk.engagement.ItemKind;
import com.certdesk.engagement.PulseQuestion;
import com.certdesk.engagement.Repetition;
import com.certdesk.engagement.SurveyDraft;
import com.certdesk.engagement.SurveyStatus;
import com.certdesk.engagement.WaveView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Surveys, their questions, audiences and waves, in plain SQL that runs on H2 and PostgreSQL. */
@Repository
public class SurveyStore {

    private static final String SURVEY_COLUMNS = "id, title, intro, free_text_question, everyone, first_opens_on, "
            + "open_days, repeat_months, status, version";

    private final JdbcClient jdbc;
    private final OrganizationTime time;

    SurveyStore(JdbcClient jdbc, OrganizationTime time) {
        this.jdbc = jdbc;
        this.time = time;
    }

    /** A survey row with its audience and questions. */
    public record StoredSurvey(long id, SurveyStatus status, SurveyDraft draft, List<PulseQuestion> questions,
            long version) {
    }

    public long insert(SurveyDraft draft, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into pulse_survey (title, intro, free_text_question, everyone, first_opens_on, open_days, "
                + "repeat_months, status, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(draft.title(), draft.intro(), draft.freeTextQuestion(), draft.everyone(), draft.firstOpensOn(),
                        draft.openDays(), draft.repetition().months(), SurveyStatus.DRAFT.name(), Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceTeams(id, draft.teamIds());
        insertItems(id, draft.items());
        return id;
    }

    /** Writes the survey's fields if it is still at {@code version}; returns false when it is not (a stale edit). */
    public boolean update(long id, long version, SurveyDraft draft, boolean withItems) {
        int rows = jdbc.sql("update pulse_survey set title = ?, intro = ?, free_text_question = ?, everyone = ?, "
                + "first_opens_on = ?, open_days = ?, repeat_months = ?, version = version + 1 "
                + "where id = ? and version = ?")
                .params(draft.title(), draft.intro(), draft.freeTextQuestion(), draft.everyone(), draft.firstOpensOn(),
                        draft.openDays(), draft.repetition().months(), id, version)
                .update();
        if (rows == 0) {
            return false;
        }
        replaceTeams(id, draft.teamIds());
        if (withItems) {
            jdbc.sql("delete from pulse_item where survey_id = ?").param(id).update();
            insertItems(id, draft.items());
        }
        return true;
    }

    /** Moves the survey to {@code to} if it is still at {@code version} and in {@code from}. */
    public boolean changeStatus(long id, long version, SurveyStatus from, SurveyStatus to) {
        return jdbc.sql("update pulse_survey set status = ?, version = version + 1 where id = ? and version = ? "
                + "and status = ?").params(to.name(), id, version, from.name()).update() == 1;
    }

    /** Ends a survey whatever its version (the wave job, when a survey that runs once has had its wave). */
    public void end(long id) {
        jdbc.sql("update pulse_survey set status = ?, version = version + 1 where id = ? and status = ?")
                .params(SurveyStatus.ENDED.name(), id, SurveyStatus.ACTIVE.name()).update();
    }

    public boolean deleteDraft(long id, long version) {
        return jdbc.sql("delete from pulse_survey where id = ? and version = ? and status = ?")
                .params(id, version, SurveyStatus.DRAFT.name()).update() == 1;
    }

    public Optional<StoredSurvey> find(long id) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from pulse_survey where id = ?").param(id)
                .query((rs, i) -> survey(rs)).optional();
    }

    /** Locks the survey row until the transaction ends (the wave job on several nodes). */
    public Optional<StoredSurvey> lock(long id) {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from pulse_survey where id = ? for update").param(id)
                .query((rs, i) -> survey(rs)).optional();
    }

    /** All surveys, newest first. */
    public List<StoredSurvey> all() {
        return jdbc.sql("select " + SURVEY_COLUMNS + " from pulse_survey order by id desc")
                .query((rs, i) -> survey(rs)).list();
    }

    public List<Long> idsWithStatus(SurveyStatus status) {
        return jdbc.sql("select id from pulse_survey where status = ? order by id").param(status.name())
                .query(Long.class).list();
    }

    public List<PulseQuestion> questions(long surveyId) {
        return jdbc.sql("select id, kind, theme, statement from pulse_item where survey_id = ? order by position")
                .param(surveyId)
                .query((rs, i) -> new PulseQuestion(rs.getLong(1), ItemKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    // waves

    public long insertWave(long surveyId, int number, LocalDate opensOn, LocalDate closesOn, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into pulse_wave (survey_id, number, opens_on, closes_on, opened_at) values (?, ?, ?, ?, ?)")
                .params(surveyId, number, opensOn, closesOn, Timestamp.from(now)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The highest wave number a survey has, or -1 before its first wave. */
    public int lastWaveNumber(long surveyId) {
        Integer last = jdbc.sql("select max(number) from pulse_wave where survey_id = ?").param(surveyId)
                .query(Integer.class).optional().orElse(null);
        return last == null ? -1 : last;
    }

    private static final String WAVE_SELECT = "select w.id, w.survey_id, s.title, w.number, w.opens_on, w.closes_on, "
            + "w.closed_early_at from pulse_wave w join pulse_survey s on s.id = w.survey_id ";

    public Optional<WaveView> wave(long waveId, LocalDate today) {
        return jdbc.sql(WAVE_SELECT + "where w.id = ?").param(waveId).query((rs, i) -> wave(rs, today)).optional();
    }

    /** A survey's waves, the latest first. */
    public List<WaveView> waves(long surveyId, LocalDate today) {
        return jdbc.sql(WAVE_SELECT + "where w.survey_id = ? order by w.number desc").param(surveyId)
                .query((rs, i) -> wave(rs, today)).list();
    }

    /** Every wave that has opened, the latest opening first. */
    public List<WaveView> allWaves(LocalDate today) {
        return jdbc.sql(WAVE_SELECT + "order by w.opens_on desc, w.id desc").query((rs, i) -> wave(rs, today)).list();
    }

    /** Waves in which one of these teams was asked, the latest opening first. */
    public List<WaveView> wavesOfTeams(Set<Long> teamIds, LocalDate today) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(WAVE_SELECT + "where exists (select 1 from pulse_invitee i where i.wave_id = w.id "
                + "and i.team_id in (:teams)) order by w.opens_on desc, w.id desc").param("teams", teamIds)
                .query((rs, i) -> wave(rs, today)).list();
    }

    /** Waves that asked this person, the latest opening first. */
    public List<WaveView> wavesOf(long userId, LocalDate today) {
        return jdbc.sql(WAVE_SELECT + "join pulse_invitee i on i.wave_id = w.id where i.user_id = ? "
                + "order by w.opens_on desc, w.id desc").param(userId).query((rs, i) -> wave(rs, today)).list();
    }

    /** Waves open on {@code today}. */
    public List<WaveView> openWaves(LocalDate today) {
        return jdbc.sql(WAVE_SELECT + "where w.closed_early_at is null and w.opens_on <= ? and w.closes_on >= ? "
                + "order by w.id").params(today, today).query((rs, i) -> wave(rs, today)).list();
    }

    public boolean reminded(long waveId) {
        return jdbc.sql("select reminded_at from pulse_wave where id = ?").param(waveId)
                .query((rs, i) -> rs.getTimestamp(1) != null).single();
    }

    /** Marks the reminder sent; false when another run did so first. */
    public boolean markReminded(long waveId, Instant now) {
        return jdbc.sql("update pulse_wave set reminded_at = ? where id = ? and reminded_at is null")
                .params(Timestamp.from(now), waveId).update() == 1;
    }

    public boolean closeEarly(long waveId, Instant now) {
        return jdbc.sql("update pulse_wave set closed_early_at = ? where id = ? and closed_early_at is null")
                .params(Timestamp.from(now), waveId).update() == 1;
    }

    private WaveView wave(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate opens = rs.getObject(5, LocalDate.class);
        LocalDate closes = rs.getObject(6, LocalDate.class);
        Timestamp closedEarly = rs.getTimestamp(7);
        // a wave closed early closed on that day, not on the day it was planned to (pages say "closed on …")
        LocalDate closed = closedEarly == null ? closes : java.util.Collections.min(List.of(closes,
                time.dayOf(closedEarly.toInstant())));
        return new WaveView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4), opens, closed,
                closedEarly == null && !today.isBefore(opens) && !today.isAfter(closes));
    }

    private StoredSurvey survey(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        Set<Long> teams = new HashSet<>(jdbc.sql("select team_id from pulse_survey_team where survey_id = ?")
                .param(id).query(Long.class).list());
        List<PulseQuestion> questions = questions(id);
        var draft = new SurveyDraft(rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5), teams,
                rs.getObject(6, LocalDate.class), rs.getInt(7), Repetition.ofMonths(rs.getInt(8)),
                questions.stream().map(q -> new ItemDraft(q.kind(), q.theme(), q.statement())).toList());
        return new StoredSurvey(id, SurveyStatus.valueOf(rs.getString(9)), draft, questions, rs.getLong(10));
    }

    private void replaceTeams(long surveyId, Set<Long> teamIds) {
        jdbc.sql("delete from pulse_survey_team where survey_id = ?").param(surveyId).update();
        for (long team : teamIds) {
            jdbc.sql("insert into pulse_survey_team (survey_id, team_id) values (?, ?)").params(surveyId, team)
                    .update();
        }
    }

    private void insertItems(long surveyId, List<ItemDraft> items) {
        int position = 0;
        for (ItemDraft item : items) {
            jdbc.sql("insert into pulse_item (survey_id, position, kind, theme, statement) values (?, ?, ?, ?, ?)")
                    .params(surveyId, position++, item.kind().name(), item.theme(), item.statement()).update();
        }
    }
}
