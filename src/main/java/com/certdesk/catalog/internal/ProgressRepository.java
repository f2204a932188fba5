package com.certdesk.catalog.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Lesson progress rows (user, lesson, when). Plain SQL: the rows are tiny and the questions are aggregates.
 */
@Repository
public class ProgressRepository {

    private final JdbcTemplate jdbc;

    ProgressRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks a lesson done; returns false when it already was (a second click, another tab). */
    public boolean markDone(long userId, long lessonId, Instant when) {
        try {
            int inserted = jdbc.update("""
                    insert into lesson_progress (user_id, lesson_id, completed_at)
                    select ?, ?, ?
                    where not exists (select 1 from lesson_progress where user_id = ? and lesson_id = ?)
                    """, userId, lessonId, java.sql.Timestamp.from(when), userId, lessonId);
            return inserted > 0;
        } catch (DuplicateKeyException raceWithAnotherTab) {
            return false;
        }
    }

    /** The ids of the lessons of a module the user has done. */
    public Set<Long> doneLessonIds(long userId, long moduleId) {
        return Set.copyOf(jdbc.queryForList("""
                select lp.lesson_id from lesson_progress lp join lesson l on l.id = lp.lesson_id
                where lp.user_id = ? and l.module_id = ?
                """, Long.class, userId, moduleId));
    }

    /** Per module: how many of its lessons the user has done (modules with none are left out). */
    public List<long[]> doneCountsByModule(long userId) {
        return jdbc.query("""
                select l.module_id, count(*) from lesson_progress lp join lesson l on l.id = lp.lesson_id
                where lp.user_id = ? group by l.module_id
                """, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, userId);
    }

    /** Per user and published module: lessons done; plus each user's last activity. */
    public List<UserModuleCount> doneCountsForUsers(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(",", userIds.stream().map(id -> "?").toList());
        return jdbc.query("""
                select lp.user_id, l.module_id, count(*), max(lp.completed_at)
                from lesson_progress lp
                join lesson l on l.id = lp.lesson_id
                join learning_module m on m.id = l.module_id
                where m.status = 'PUBLISHED' and lp.user_id in (%s)
                group by lp.user_id, l.module_id
                """.formatted(placeholders),
                (rs, i) -> new UserModuleCount(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()),
                userIds.toArray());
    }

    /** Bulk insert used by demo data. */
    public void insertAll(List<Object[]> rows) {
        jdbc.batchUpdate("insert into lesson_progress (user_id, lesson_id, completed_at) values (?, ?, ?)", rows);
    }

    public record UserModuleCount(long userId, long moduleId, int done, Instant last) {
    }
}
