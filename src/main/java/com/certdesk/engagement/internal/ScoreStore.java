package com.certdesk.engagement.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * Imported engagement scores and their imports. Only the engagement services use it: they decide who may import,
 * undo an import, and what of the scores may be shown (sums per team only).
 */
@Repository
public class ScoreStore {

    private static final int CHUNK = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ScoreStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A score to store: the person, their team on the survey date, and the score in its scale. */
    public record NewScore(long userId, @Nullable Long teamId, LocalDate surveyDate, String measure, double score,
            int scaleMin, int scaleMax) {
    }

    /** A stored score's key and what it says, for the import's idempotence check (never shown to anyone). */
    public record Stored(long userId, LocalDate surveyDate, String measure, double score, int scaleMin, int scaleMax,
            long importId, String fileName) {
    }

    /** One import as listed. */
    public record ImportRow(long id, String fileName, String importedBy, Instant importedAt, int scores,
            int skipped, @Nullable LocalDate from, @Nullable LocalDate to, List<String> measures) {
    }

    /** Scores per team for one measure and survey date: how many, their sum and sum of squares. */
    public record TeamSums(@Nullable Long teamId, long n, double sum, double sumOfSquares) {
    }

    /** A measure and survey date with scores, and its scale. */
    public record Survey(String measure, LocalDate surveyDate, int scaleMin, int scaleMax) {
    }

    /** The stored scores of these people (the import's idempotence and conflict check). */
    public List<Stored> storedOf(Collection<Long> userIds) {
        List<Long> all = List.copyOf(userIds);
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            stored.addAll(jdbc.sql("select s.user_id, s.survey_date, s.measure, s.score, s.scale_min, s.scale_max, "
                    + "s.import_id, i.file_name from engagement_score s join engagement_import i on i.id = s.import_id "
                    + "where s.user_id in (:users)")
                    .param("users", all.subList(i, Math.min(all.size(), i + CHUNK)))
                    .query((rs, n) -> new Stored(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getDouble(4), rs.getInt(5), rs.getInt(6), rs.getLong(7), rs.getString(8)))
                    .list());
        }
        return stored;
    }

    /** One person's scores, the earliest survey date first. */
    public List<Stored> scoresOf(long userId) {
        return storedOf(List.of(userId)).stream().sorted(java.util.Comparator.comparing(Stored::surveyDate)
                .thenComparing(Stored::measure)).toList();
    }

    /** Each stored measure with its scale (a measure keeps one scale), by its name in lower case. */
    public Map<String, Survey> measureScales() {
        Map<String, Survey> scales = new HashMap<>();
        jdbc.sql("select measure, min(survey_date), min(scale_min), min(scale_max) from engagement_score "
                + "group by measure")
                .query(rs -> {
                    scales.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), new Survey(rs.getString(1),
                            rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4)));
                });
        return scales;
    }

    /** Stores an import and its scores; returns the import's id. */
    public long insert(String fileName, String importedBy, Instant at, List<NewScore> scores, int skipped) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into engagement_import (file_name, imported_by, imported_at, score_count, skipped_count) "
                + "values (?, ?, ?, ?, ?)")
                .params(fileName, importedBy, Timestamp.from(at), scores.size(), skipped)
                .update(key, "id");
        long importId = key.getKeyAs(Number.class).longValue();
        template.batchUpdate("insert into engagement_score (import_id, user_id, team_id, survey_date, measure, score, "
                + "scale_min, scale_max) values (?, ?, ?, ?, ?, ?, ?, ?)", scores, CHUNK, (ps, s) -> {
                    ps.setLong(1, importId);
                    ps.setLong(2, s.userId());
                    ps.setObject(3, s.teamId());
                    ps.setDate(4, Date.valueOf(s.surveyDate()));
                    ps.setString(5, s.measure());
                    ps.setDouble(6, s.score());
                    ps.setInt(7, s.scaleMin());
                    ps.setInt(8, s.scaleMax());
                });
        return importId;
    }

    /** Every import, the latest first. */
    public List<ImportRow> imports() {
        Map<Long, List<String>> measures = new HashMap<>();
        Map<Long, LocalDate[]> dates = new HashMap<>();
        jdbc.sql("select import_id, measure, min(survey_date), max(survey_date) from engagement_score "
                + "group by import_id, measure order by import_id, measure")
                .query(rs -> {
                    long id = rs.getLong(1);
                    measures.computeIfAbsent(id, k -> new ArrayList<>()).add(rs.getString(2));
                    LocalDate from = rs.getObject(3, LocalDate.class);
                    LocalDate to = rs.getObject(4, LocalDate.class);
                    dates.merge(id, new LocalDate[] {from, to}, (a, b) -> new LocalDate[] {
                            a[0].isBefore(b[0]) ? a[0] : b[0], a[1].isAfter(b[1]) ? a[1] : b[1]});
                });
        return jdbc.sql("select id, file_name, imported_by, imported_at, score_count, skipped_count "
                + "from engagement_import order by imported_at desc, id desc")
                .query((rs, n) -> {
                    long id = rs.getLong(1);
                    LocalDate[] range = dates.get(id);
                    return new ImportRow(id, rs.getString(2), rs.getString(3),
                            rs.getTimestamp(4).toInstant(), rs.getInt(5), rs.getInt(6),
                            range == null ? null : range[0], range == null ? null : range[1],
                            List.copyOf(measures.getOrDefault(id, List.of())));
                }).list();
    }

    public Optional<ImportRow> importRow(long id) {
        return imports().stream().filter(i -> i.id() == id).findFirst();
    }

    /** Deletes an import and its scores; whether it existed. */
    public boolean delete(long importId) {
        return jdbc.sql("delete from engagement_import where id = ?").param(importId).update() > 0;
    }

    /** Every measure and survey date with scores, the latest date first; with a team filter, those of the teams. */
    public List<Survey> surveys(@Nullable Collection<Long> teams) {
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        String where = teams == null ? "" : " where team_id in (:teams)";
        var sql = jdbc.sql("select measure, survey_date, min(scale_min), min(scale_max) from engagement_score" + where
                + " group by measure, survey_date order by survey_date desc, measure");
        if (teams != null) {
            sql = sql.param("teams", teams);
        }
        return sql.query((rs, n) -> new Survey(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getInt(3),
                rs.getInt(4))).list();
    }

    /** Who was scored on one measure and survey date, by team ({@code -1}: people in no team). */
    public Map<Long, java.util.Set<Long>> scored(String measure, LocalDate surveyDate) {
        Map<Long, java.util.Set<Long>> people = new HashMap<>();
        jdbc.sql("select team_id, user_id from engagement_score where measure = ? and survey_date = ?")
                .params(measure, Date.valueOf(surveyDate))
                .query(rs -> {
                    long team = rs.getObject(1) == null ? -1 : rs.getLong(1);
                    people.computeIfAbsent(team, k -> new java.util.HashSet<>()).add(rs.getLong(2));
                });
        return people;
    }

    /** The sums per team (null: people in no team) of one measure on one survey date. */
    public List<TeamSums> sums(String measure, LocalDate surveyDate) {
        return jdbc.sql("select team_id, count(*), sum(score), sum(score * score) from engagement_score "
                + "where measure = ? and survey_date = ? group by team_id")
                .params(measure, Date.valueOf(surveyDate))
                .query((rs, n) -> new TeamSums(rs.getObject(1) == null ? null : rs.getLong(1), rs.getLong(2),
                        rs.getDouble(3), rs.getDouble(4)))
                .list();
    }
}
