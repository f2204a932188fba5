package com.certdesk.quiz.internal;

import com.certdesk.quiz.AttemptState;
import com.certdesk.quiz.AttemptSummary;
import com.certdesk.quiz.FinishReason;
import com.certdesk.quiz.QuizLayout;
import com.certdesk.quiz.QuizPass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Attempts and their answers, in plain SQL: saving an answer is the hottest path of the portal and must stay
 * a locked read and one small update.
 */
@Repository
public class AttemptStore {

    private static final String COLUMNS = """
            id, quiz_id, module_id, user_id, attempt_number, state, started_at, deadline, finished_at,
            finish_reason, current_slot, score, max_score, percent, passed, pass_mark, layout, title
            """;

    private final JdbcTemplate jdbc;

    /** A learner's first finished attempt at one module's quiz: its percent and when it was finished. */
    public record FirstAttempt(long userId, long moduleId, double percent, java.time.Instant finishedAt) {
    }

    /** Every learner's first finished attempt at each of these modules' quizzes. */
    public List<FirstAttempt> firstAttempts(java.util.Collection<Long> moduleIds) {
        if (moduleIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(moduleIds.size(), "?"));
        List<Object> args = new java.util.ArrayList<>(moduleIds);
        return jdbc.query("select a.user_id, a.module_id, a.percent, a.finished_at from quiz_attempt a "
                + "where a.state = 'FINISHED' and a.percent is not null and a.module_id in (" + marks + ") "
                + "and a.attempt_number = (select min(b.attempt_number) from quiz_attempt b where b.user_id = "
                + "a.user_id and b.module_id = a.module_id and b.state = 'FINISHED' and b.percent is not null)",
                (rs, n) -> new FirstAttempt(rs.getLong(1), rs.getLong(2), rs.getDouble(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant()), args.toArray());
    }

    /** Each learner's best finished score (percent) and number of finished attempts at each module's quiz. */
    public record Best(long userId, long moduleId, double percent, int attempts) {
    }

    /** {@link Best} of these learners, in one query per 1,000 learners. */
    public List<Best> best(java.util.Collection<Long> userIds) {
        List<Best> result = new java.util.ArrayList<>();
        List<Long> ids = List.copyOf(userIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            result.addAll(jdbc.query("select a.user_id, a.module_id, max(a.percent), count(*) from quiz_attempt a "
                    + "where a.state = 'FINISHED' and a.percent is not null and a.user_id in (" + marks + ") "
                    + "group by a.user_id, a.module_id", (rs, n) -> new Best(rs.getLong(1), rs.getLong(2),
                            rs.getDouble(3), rs.getInt(4)), chunk.toArray()));
        }
        return result;
    }

    AttemptStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An attempt without its snapshot. */
    public record Row(long id, long quizId, long moduleId, long userId, int number, AttemptState state,
            Instant startedAt, @Nullable Instant deadline, @Nullable Instant finishedAt,
            @Nullable FinishReason finishReason, int currentSlot, @Nullable Double score, double maxScore,
            @Nullable Double percent, @Nullable Boolean passed, int passMark, QuizLayout layout,
            String title) {

        public boolean open() {
            return state == AttemptState.IN_PROGRESS;
        }

        public boolean expired(Instant now) {
            return deadline != null && !now.isBefore(deadline);
        }

        public AttemptSummary summary() {
            return new AttemptSummary(id, moduleId, number, state, startedAt, deadline, finishedAt, finishReason,
                    score, maxScore, percent, passed, passMark);
        }
    }

    public Optional<Row> find(long attemptId) {
        return jdbc.query("select " + COLUMNS + " from quiz_attempt where id = ?", ROW, attemptId).stream().findFirst();
    }

    /** Reads the attempt and locks it until the transaction ends, so saves and submits take turns. */
    public Optional<Row> lock(long attemptId) {
        return jdbc.query("select " + COLUMNS + " from quiz_attempt where id = ? for update", ROW, attemptId)
                .stream().findFirst();
    }

    public String snapshot(long attemptId) {
        return jdbc.queryForObject("select snapshot from quiz_attempt where id = ?", String.class, attemptId);
    }

    public List<Row> ofUser(long userId, long quizId) {
        return jdbc.query("select " + COLUMNS + " from quiz_attempt where user_id = ? and quiz_id = ? order by attempt_number",
                ROW, userId, quizId);
    }

    /** Every attempt of a user at any quiz, newest first. */
    public List<Row> allOfUser(long userId) {
        return jdbc.query("select " + COLUMNS + " from quiz_attempt where user_id = ? order by started_at desc, id desc",
                ROW, userId);
    }

    public int countForQuiz(long quizId) {
        Integer count = jdbc.queryForObject("select count(*) from quiz_attempt where quiz_id = ?", Integer.class, quizId);
        return count == null ? 0 : count;
    }

    /** Inserts a new open attempt with an empty answer row per slot; fails on a duplicate attempt number. */
    public long insert(long quizId, long moduleId, long userId, int number, Instant startedAt,
            @Nullable Instant deadline, double maxScore, int passMark, QuizLayout layout,
            String title, String snapshot, int slots) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into quiz_attempt (quiz_id, module_id, user_id, attempt_number, state, started_at, deadline,
                        current_slot, max_score, pass_mark, layout, title, snapshot)
                    values (?, ?, ?, ?, 'IN_PROGRESS', ?, ?, 0, ?, ?, ?, ?, ?)
                    """, new String[] {"id"});
            ps.setLong(1, quizId);
            ps.setLong(2, moduleId);
            ps.setLong(3, userId);
            ps.setInt(4, number);
            ps.setTimestamp(5, Timestamp.from(startedAt));
            ps.setTimestamp(6, deadline == null ? null : Timestamp.from(deadline));
            ps.setDouble(7, maxScore);
            ps.setInt(8, passMark);
            ps.setString(9, layout.name());
            ps.setString(10, title);
            ps.setString(11, snapshot);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        List<Object[]> rows = new ArrayList<>();
        for (int slot = 0; slot < slots; slot++) {
            rows.add(new Object[] {id, slot});
        }
        jdbc.batchUpdate("insert into attempt_answer (attempt_id, slot) values (?, ?)", rows);
        return id;
    }

    /** Stores a response (JSON) for a slot and remembers the slot as where the learner is. */
    public boolean saveAnswer(long attemptId, int slot, String response, Instant savedAt) {
        int updated = jdbc.update("update attempt_answer set response = ?, saved_at = ? where attempt_id = ? and slot = ?",
                response, Timestamp.from(savedAt), attemptId, slot);
        jdbc.update("update quiz_attempt set current_slot = ? where id = ?", slot, attemptId);
        return updated == 1;
    }

    public void moveTo(long attemptId, int slot) {
        jdbc.update("update quiz_attempt set current_slot = ? where id = ? and state = 'IN_PROGRESS'", slot, attemptId);
    }

    /** Slot → response JSON, for the answered slots. */
    public Map<Integer, String> answers(long attemptId) {
        Map<Integer, String> answers = new HashMap<>();
        jdbc.query("select slot, response from attempt_answer where attempt_id = ? and response is not null",
                rs -> {
                    answers.put(rs.getInt(1), rs.getString(2));
                }, attemptId);
        return answers;
    }

    /** Closes an open attempt with its grade; false when it was no longer open (someone else closed it). */
    public boolean finish(long attemptId, FinishReason reason, Instant finishedAt, double score, double percent,
            boolean passed) {
        return jdbc.update("""
                update quiz_attempt set state = 'FINISHED', finish_reason = ?, finished_at = ?, score = ?, percent = ?,
                    passed = ?, version = version + 1
                where id = ? and state = 'IN_PROGRESS'
                """, reason.name(), Timestamp.from(finishedAt), score, percent, passed, attemptId) == 1;
    }

    /** Open attempts whose deadline has passed. */
    public List<Long> expiredOpen(Instant now) {
        return jdbc.queryForList("select id from quiz_attempt where state = 'IN_PROGRESS' and deadline <= ? order by id",
                Long.class, Timestamp.from(now));
    }

    /** Whether the user has a passed attempt of the quiz other than {@code exceptAttemptId}. */
    public boolean passedBefore(long userId, long quizId, long exceptAttemptId) {
        Integer count = jdbc.queryForObject("""
                select count(*) from quiz_attempt where user_id = ? and quiz_id = ? and passed = true and id <> ?
                """, Integer.class, userId, quizId, exceptAttemptId);
        return count != null && count > 0;
    }

    /** Every passing attempt of a user, oldest first. */
    public List<QuizPass> passesOf(long userId) {
        return jdbc.query("""
                select module_id, id, percent, finished_at from quiz_attempt
                where user_id = ? and passed = true and finished_at is not null order by finished_at, id
                """, (rs, i) -> new QuizPass(rs.getLong(1), rs.getLong(2), rs.getDouble(3),
                        rs.getTimestamp(4).toInstant()), userId);
    }

    /** For each user, the modules whose quiz they passed at least once. */
    public Map<Long, Set<Long>> passedModules(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> result = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(userIds), 500)) {
            String placeholders = String.join(",", chunk.stream().map(id -> "?").toList());
            jdbc.query("select distinct user_id, module_id from quiz_attempt where passed = true and user_id in ("
                    + placeholders + ")", rs -> {
                        result.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
                    }, chunk.toArray());
        }
        return result;
    }

    /** For one user, module id to when they first finished a passed attempt of its quiz. */
    public Map<Long, java.time.Instant> firstPasses(long userId) {
        return firstPassesBy("module_id", "user_id", userId);
    }

    /** For one module, user id to when they first passed its quiz (users who never passed are left out). */
    public Map<Long, java.time.Instant> firstPassesOfModule(long moduleId) {
        return firstPassesBy("user_id", "module_id", moduleId);
    }

    /** When each {@code key} (user or module) first passed, among the attempts whose {@code filter} is the id. */
    private Map<Long, java.time.Instant> firstPassesBy(String key, String filter, long id) {
        Map<Long, java.time.Instant> result = new HashMap<>();
        jdbc.query("select " + key + ", min(finished_at) from quiz_attempt where " + filter + " = ? and passed = true "
                + "and finished_at is not null group by " + key, rs -> {
                    result.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                }, id);
        return result;
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            chunks.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return chunks;
    }

    private static final RowMapper<Row> ROW = AttemptStore::map;

    private static Row map(ResultSet rs, int rowNum) throws SQLException {
        String reason = rs.getString("finish_reason");
        return new Row(rs.getLong("id"), rs.getLong("quiz_id"), rs.getLong("module_id"), rs.getLong("user_id"),
                rs.getInt("attempt_number"), AttemptState.valueOf(rs.getString("state")),
                rs.getTimestamp("started_at").toInstant(), instant(rs, "deadline"), instant(rs, "finished_at"),
                reason == null ? null : FinishReason.valueOf(reason), rs.getInt("current_slot"),
                nullableDouble(rs, "score"), rs.getDouble("max_score"), nullableDouble(rs, "percent"),
                nullableBoolean(rs, "passed"), rs.getInt("pass_mark"), QuizLayout.valueOf(rs.getString("layout")), rs.getString("title"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static @Nullable Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static @Nullable Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
