package com.certdesk.engagement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Who a wave asked and what they answered. Only the engagement services read single responses, and only for their
 * own respondent; everything else reads the sums of {@link WaveTallies}.
 */
@Repository
public class ResponseStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ResponseStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** An invitee: the person and the team they were in when the wave opened (null in none). */
    public record Invitee(long userId, @Nullable Long teamId) {
    }

    /** One person's response: answers by question id. */
    public record StoredResponse(long id, Map<Long, Integer> scores, @Nullable String freeText, Instant submittedAt,
            Instant changedAt, long version) {
    }

    public void invite(long waveId, Collection<Invitee> invitees) {
        List<Object[]> rows = invitees.stream().map(i -> new Object[] {waveId, i.userId(), i.teamId()}).toList();
        template.batchUpdate("insert into pulse_invitee (wave_id, user_id, team_id) values (?, ?, ?)", rows,
                new int[] {java.sql.Types.BIGINT, java.sql.Types.BIGINT, java.sql.Types.BIGINT});
    }

    public List<Long> inviteesWithoutResponse(long waveId) {
        return jdbc.sql("select i.user_id from pulse_invitee i where i.wave_id = ? and not exists (select 1 from "
                + "pulse_response r where r.wave_id = i.wave_id and r.user_id = i.user_id) order by i.user_id")
                .param(waveId).query(Long.class).list();
    }

    public List<Long> invitees(long waveId) {
        return jdbc.sql("select user_id from pulse_invitee where wave_id = ? order by user_id").param(waveId)
                .query(Long.class).list();
    }

    /**
     * Whether the person was asked in this wave, locking their invitation until the transaction ends: two submits of
     * one person (two tabs, a double click, two nodes) queue here, so the second sees the first's response.
     */
    public boolean lockInvitation(long waveId, long userId) {
        return !jdbc.sql("select user_id from pulse_invitee where wave_id = ? and user_id = ? for update")
                .params(waveId, userId).query(Long.class).list().isEmpty();
    }

    public boolean invited(long waveId, long userId) {
        return jdbc.sql("select count(*) from pulse_invitee where wave_id = ? and user_id = ?").params(waveId, userId)
                .query(Long.class).single() > 0;
    }

    public Optional<StoredResponse> response(long waveId, long userId) {
        Optional<StoredResponse> head = jdbc.sql("select id, free_text, submitted_at, changed_at, version from "
                + "pulse_response where wave_id = ? and user_id = ?").params(waveId, userId)
                .query((rs, i) -> new StoredResponse(rs.getLong(1), Map.of(), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getLong(5)))
                .optional();
        return head.map(r -> new StoredResponse(r.id(), scores(r.id()), r.freeText(), r.submittedAt(), r.changedAt(),
                r.version()));
    }

    /** A person's responses to these waves, by wave id. */
    public Map<Long, StoredResponse> responses(long userId, Collection<Long> waveIds) {
        Map<Long, StoredResponse> byWave = new HashMap<>();
        for (long waveId : waveIds) {
            response(waveId, userId).ifPresent(r -> byWave.put(waveId, r));
        }
        return byWave;
    }

    public StoredResponse insert(long waveId, long userId, Map<Long, Integer> scores, @Nullable String freeText,
            Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into pulse_response (wave_id, user_id, submitted_at, changed_at, free_text, version) "
                + "values (?, ?, ?, ?, ?, 0)").params(waveId, userId, Timestamp.from(now), Timestamp.from(now), freeText)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeScores(id, scores);
        return new StoredResponse(id, Map.copyOf(scores), freeText, now, now, 0);
    }

    public StoredResponse update(StoredResponse existing, Map<Long, Integer> scores, @Nullable String freeText,
            Instant now) {
        jdbc.sql("update pulse_response set free_text = ?, changed_at = ?, version = version + 1 where id = ?")
                .params(freeText, Timestamp.from(now), existing.id()).update();
        jdbc.sql("delete from pulse_answer where response_id = ?").param(existing.id()).update();
        writeScores(existing.id(), scores);
        return new StoredResponse(existing.id(), Map.copyOf(scores), freeText, existing.submittedAt(), now,
                existing.version() + 1);
    }

    private void writeScores(long responseId, Map<Long, Integer> scores) {
        List<Object[]> rows = scores.entrySet().stream()
                .map(e -> new Object[] {responseId, e.getKey(), e.getValue()}).toList();
        template.batchUpdate("insert into pulse_answer (response_id, item_id, score) values (?, ?, ?)", rows);
    }

    private Map<Long, Integer> scores(long responseId) {
        Map<Long, Integer> scores = new HashMap<>();
        jdbc.sql("select item_id, score from pulse_answer where response_id = ?").param(responseId)
                .query(rs -> {
                    scores.put(rs.getLong(1), rs.getInt(2));
                });
        return Map.copyOf(scores);
    }
}
