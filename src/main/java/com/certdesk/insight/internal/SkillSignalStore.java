package com.certdesk.insight.internal;

import com.certdesk.catalog.SkillArea;
import com.certdesk.feedback.Measure;
import com.certdesk.insight.SignalKind;
import com.certdesk.insight.SkillSignalMapping;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * skill_signal_mapping (V24): an administrator's few dozen mappings, read whole (a dashboard needs them all).
 * {@code matchKey} is the normalized reason or the measure's name; the unique key (kind, match_key, skill_area)
 * refuses a second copy of a mapping even from two tabs at once.
 */
@Component
public class SkillSignalStore {

    private static final String COLUMNS = "id, kind, reason_text, measure, skill_area, created_by_name, created_at";

    private final JdbcTemplate jdbc;

    SkillSignalStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every mapping, low scores first, then by reason and area. */
    public List<SkillSignalMapping> all() {
        return jdbc.query("select " + COLUMNS + " from skill_signal_mapping order by kind, match_key, skill_area",
                (rs, i) -> mapping(rs));
    }

    public boolean exists(SignalKind kind, String matchKey, SkillArea area) {
        Integer n = jdbc.queryForObject("select count(*) from skill_signal_mapping where kind = ? and match_key = ? "
                + "and skill_area = ?", Integer.class, kind.name(), matchKey, area.name());
        return n != null && n > 0;
    }

    /** Stores a mapping and returns it with its id. */
    public SkillSignalMapping insert(SkillSignalMapping m, String matchKey, @Nullable Long createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement("insert into skill_signal_mapping (kind, match_key, "
                    + "reason_text, measure, skill_area, created_by, created_by_name, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setString(1, m.kind().name());
            ps.setString(2, matchKey);
            ps.setString(3, m.reason());
            ps.setString(4, m.measure() == null ? null : m.measure().name());
            ps.setString(5, m.skillArea().name());
            if (createdBy == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, createdBy);
            }
            ps.setString(7, m.createdByName());
            ps.setObject(8, OffsetDateTime.ofInstant(m.createdAt(), ZoneOffset.UTC));
            return ps;
        }, keys);
        long id = java.util.Objects.requireNonNull(keys.getKey(), "no id for the new mapping").longValue();
        return new SkillSignalMapping(id, m.kind(), m.reason(), m.measure(), m.skillArea(), m.createdByName(),
                m.createdAt());
    }

    public void delete(long id) {
        jdbc.update("delete from skill_signal_mapping where id = ?", id);
    }

    private static SkillSignalMapping mapping(ResultSet rs) throws SQLException {
        String measure = rs.getString(4);
        return new SkillSignalMapping(rs.getLong(1), SignalKind.valueOf(rs.getString(2)), rs.getString(3),
                measure == null ? null : Measure.valueOf(measure), SkillArea.valueOf(rs.getString(5)),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
    }
}
