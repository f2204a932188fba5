package com.certdesk.feedback.internal;

import com.certdesk.feedback.ImportCheck;
import com.certdesk.people.AgentMatcher;
import com.certdesk.people.TeamStay;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the Certdesk user a rating names, and their team at rating time, for one import. The order is the one
 * {@link com.certdesk.feedback.AgentAliases} documents: an alias of the agent id (or e-mail) in that source, the
 * user's external helpdesk id, the user's e-mail. Answers are cached per agent for the import, so its memory grows
 * with the number of distinct agents in the file (thousands), never with the number of ratings.
 */
final class AgentResolver {

    /** The agent as a file names them: what is grouped in "unknown agents" and cached here. */
    static String agentKey(@Nullable String agentId, @Nullable String agentEmail) {
        String id = agentId == null ? "" : agentId.strip();
        String email = agentEmail == null ? "" : agentEmail.strip().toLowerCase(Locale.ROOT);
        return id.isEmpty() ? email : email.isEmpty() ? id : id + " / " + email;
    }

    private final JdbcTemplate jdbc;
    private final AgentMatcher matcher;
    private final Map<String, Optional<Long>> users = new HashMap<>();
    private final Map<Long, List<TeamStay>> stays = new HashMap<>();
    private static final int TICKETS_CACHED = 10_000;
    private final Map<String, List<long[]>> tickets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<long[]>> eldest) {
            return size() > TICKETS_CACHED;
        }
    };

    AgentResolver(JdbcTemplate jdbc, AgentMatcher matcher) {
        this.jdbc = jdbc;
        this.matcher = matcher;
    }

    /** The user this rating's agent is, if Certdesk knows them. */
    Optional<Long> user(String sourceSystem, @Nullable String agentId, @Nullable String agentEmail) {
        String key = sourceSystem + "\u0000" + agentKey(agentId, agentEmail);
        return users.computeIfAbsent(key, k -> find(sourceSystem, clean(agentId), clean(agentEmail)));
    }

    /** How {@link #byTicket} lists an agent it could not find, under "unknown agents". */
    static String ticketKey(String ticketId) {
        return ImportCheck.UnknownAgent.TICKET_PREFIX + ticketId.strip();
    }

    /**
     * The agent of a survey answer that names only its ticket: the user of the stored rating of the same ticket from
     * another source (the helpdesk's own survey) nearest in time to {@code at}; empty when no other source has rated
     * that ticket yet. Cached per ticket for the import, at most {@value #TICKETS_CACHED} tickets.
     */
    Optional<Long> byTicket(String sourceSystem, String ticketId, Instant at) {
        List<long[]> rated = tickets.computeIfAbsent(sourceSystem + "\u0000" + ticketId.strip(),
                k -> jdbc.query("select r.responded_at, r.user_id from feedback_record r join feedback_batch b "
                        + "on b.id = r.batch_id where r.ticket_id = ? and r.source_system <> ? "
                        + "and b.status = 'IMPORTED'", (rs, i) -> new long[] {
                            rs.getObject(1, OffsetDateTime.class).toInstant().getEpochSecond(), rs.getLong(2)},
                        ticketId.strip(), sourceSystem));
        long wanted = at.getEpochSecond();
        long[] nearest = null;
        for (long[] r : rated) {
            if (nearest == null || Math.abs(r[0] - wanted) < Math.abs(nearest[0] - wanted)
                    || Math.abs(r[0] - wanted) == Math.abs(nearest[0] - wanted) && r[1] < nearest[1]) {
                nearest = r;
            }
        }
        return nearest == null ? Optional.empty() : Optional.of(nearest[1]);
    }

    /** The team the user was in at that instant, or null. */
    @Nullable Long teamAt(long userId, Instant at) {
        List<TeamStay> history = stays.computeIfAbsent(userId,
                id -> matcher.stays(Set.of(id)).getOrDefault(id, List.of()));
        for (TeamStay stay : history) {
            if (stay.covers(at)) {
                return stay.teamId();
            }
        }
        return null;
    }

    private Optional<Long> find(String sourceSystem, @Nullable String agentId, @Nullable String agentEmail) {
        for (String external : new String[] {agentId, agentEmail}) {
            if (external != null) {
                List<Long> alias = jdbc.queryForList("select user_id from feedback_agent_alias "
                        + "where source_system = ? and external_agent = ?", Long.class, sourceSystem,
                        external.toLowerCase(Locale.ROOT));
                if (!alias.isEmpty()) {
                    return Optional.of(alias.getFirst());
                }
            }
        }
        if (agentId != null) {
            Long byId = matcher.byExternalIds(Set.of(agentId)).get(agentId);
            if (byId != null) {
                return Optional.of(byId);
            }
        }
        if (agentEmail != null) {
            return Optional.ofNullable(matcher.byEmails(Set.of(agentEmail)).get(agentEmail.toLowerCase(Locale.ROOT)));
        }
        return Optional.empty();
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
