package com.certdesk.people;

import com.certdesk.people.internal.TeamMembership;
import com.certdesk.people.internal.TeamMembershipRepository;
import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the users that imported records name (by their external helpdesk id or their e-mail) and their team
 * history, in bulk, for features that attribute records to the person at the time of the record (customer
 * feedback, engagement scores). For administrators, callers allowed to write feedback and HR; deactivated users are
 * found too, since their past records stay theirs.
 */
@Service
@Transactional(readOnly = true)
public class AgentMatcher {

    private static final int CHUNK = 500;

    private final UserRepository users;
    private final TeamMembershipRepository memberships;
    private final Clock clock;

    AgentMatcher(UserRepository users, TeamMembershipRepository memberships, Clock clock) {
        this.users = users;
        this.memberships = memberships;
        this.clock = clock;
    }

    /** User id by external helpdesk id, for those of the given ids that belong to a user (exact match). */
    @PreAuthorize(Roles.IS_RECORD_IMPORTER)
    public Map<String, Long> byExternalIds(Collection<String> externalIds) {
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : chunks(List.copyOf(externalIds))) {
            for (Object[] row : users.findIdsByExternalIds(chunk)) {
                found.put((String) row[1], (Long) row[0]);
            }
        }
        return found;
    }

    /** User id by lower-case e-mail, for those of the given e-mails (any case) that belong to a user. */
    @PreAuthorize(Roles.IS_RECORD_IMPORTER)
    public Map<String, Long> byEmails(Collection<String> emails) {
        List<String> lower = emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList();
        Map<String, Long> found = new HashMap<>();
        for (List<String> chunk : chunks(lower)) {
            for (Object[] row : users.findIdsByLowerEmails(chunk)) {
                found.put((String) row[1], (Long) row[0]);
            }
        }
        return found;
    }

    /** Every stay in a team of each of these users, oldest first; users never in a team are absent. */
    @PreAuthorize(Roles.IS_RECORD_IMPORTER)
    public Map<Long, List<TeamStay>> stays(Collection<Long> userIds) {
        Map<Long, List<TeamStay>> result = new HashMap<>();
        for (List<Long> chunk : chunks(List.copyOf(userIds))) {
            for (TeamMembership m : memberships.findHistories(chunk)) {
                result.computeIfAbsent(m.getUserId(), id -> new ArrayList<>())
                        .add(TeamStay.of(m.getUserId(), m.getTeamId(), m.getValidFrom(), m.getValidTo(),
                                clock.getZone()));
            }
        }
        return result;
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
