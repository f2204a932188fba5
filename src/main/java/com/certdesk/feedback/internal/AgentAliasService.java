package com.certdesk.feedback.internal;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.AgentAlias;
import com.certdesk.feedback.AgentAliases;
import com.certdesk.feedback.RatingRules;
import com.certdesk.people.PeopleDirectory;
import com.certdesk.people.UserSummary;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The per-source agent ids administrators map to users (see {@link AgentAliases}). */
@Service
@Transactional
class AgentAliasService implements AgentAliases {

    private final JdbcTemplate jdbc;
    private final PeopleDirectory people;
    private final Clock clock;

    AgentAliasService(JdbcTemplate jdbc, PeopleDirectory people, Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AgentAlias> aliases(Pageable pageable) {
        Long total = jdbc.queryForObject("select count(*) from feedback_agent_alias", Long.class);
        List<AgentAlias> rows = jdbc.query("""
                select a.id, a.source_system, a.external_agent, a.user_id, a.created_at from feedback_agent_alias a
                order by a.source_system, a.external_agent offset %d rows fetch next %d rows only"""
                .formatted(pageable.getOffset(), pageable.getPageSize()),
                (rs, i) -> new AgentAlias(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), "",
                        rs.getObject(5, OffsetDateTime.class).toInstant()));
        // the page's names in one question, not one per row
        Map<Long, String> names = people.names(rows.stream().map(AgentAlias::userId).distinct().toList());
        List<AgentAlias> page = rows.stream().map(a -> new AgentAlias(a.id(), a.sourceSystem(), a.externalAgent(),
                a.userId(), names.getOrDefault(a.userId(), "(unknown user)"), a.createdAt())).toList();
        return new PageImpl<>(page, pageable, total == null ? 0 : total);
    }

    @Override
    public AgentAlias map(String sourceSystem, String externalAgent, long userId) {
        String source = sourceSystem.strip().toLowerCase(Locale.ROOT);
        String external = externalAgent.strip().toLowerCase(Locale.ROOT);
        if (source.isEmpty() || source.length() > RatingRules.MAX_SOURCE_SYSTEM) {
            throw new ValidationException("Give the source system (at most " + RatingRules.MAX_SOURCE_SYSTEM
                    + " characters).");
        }
        if (external.isEmpty() || external.length() > RatingRules.MAX_EMAIL) {
            throw new ValidationException("Give the agent id or e-mail as the source names it.");
        }
        UserSummary user = people.person(userId);
        jdbc.update("delete from feedback_agent_alias where source_system = ? and external_agent = ?", source,
                external);
        jdbc.update("insert into feedback_agent_alias (source_system, external_agent, user_id, created_at) "
                + "values (?, ?, ?, ?)", source, external, userId,
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Long id = jdbc.queryForObject("select id from feedback_agent_alias where source_system = ? "
                + "and external_agent = ?", Long.class, source, external);
        return new AgentAlias(id == null ? 0 : id, source, external, userId, user.displayName(), clock.instant());
    }

    @Override
    public void remove(long aliasId) {
        if (jdbc.update("delete from feedback_agent_alias where id = ?", aliasId) == 0) {
            throw new NotFoundException("There is no agent id mapping " + aliasId + ".");
        }
    }
}
