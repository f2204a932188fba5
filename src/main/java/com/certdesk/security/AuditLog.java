package com.certdesk.security;

import com.certdesk.base.OrganizationTime;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The audit log (issue 12): a persistent, append-only record of who did what, when and from which address. Features
 * call {@link #record} where the event happens, in their own transaction (so an action that is rolled back leaves no
 * entry); sign-ins and failed sign-ins are recorded from Spring Security's authentication events. Each entry is also
 * written to the application log as an {@code AUDIT} line. Administrators read it ({@link #page}, {@link #forEach});
 * a daily job deletes the entries older than {@code certdesk.audit.retention-days} (two years by default).
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    static final int MAX_DETAIL = 2000;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final com.certdesk.security.spi.AccountStore accounts;
    private final OrganizationTime time;
    private final Clock clock;
    private final int retentionDays;

    AuditLog(JdbcTemplate jdbc, CurrentUser currentUser, com.certdesk.security.spi.AccountStore accounts,
            OrganizationTime time, Clock clock,
            @Value("${certdesk.audit.retention-days:730}") int retentionDays) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("certdesk.audit.retention-days must be at least 1 (it is "
                    + retentionDays + ").");
        }
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.time = time;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    /** Records what the caller (the signed-in user, an API token or the system) just did. */
    public void record(AuditKind kind, String detail) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String name = auth == null || auth.getName() == null ? "anonymous" : auth.getName();
        Long id = auth == null ? null : currentUser.userId().orElse(null);
        write(kind, id, name, detail, requestAddress());
    }

    /** Records an event of someone not signed in (yet): a failed sign-in, a lock-out. */
    public void recordFor(AuditKind kind, @Nullable Long actorId, String actorName, String detail,
            @Nullable String address) {
        write(kind, actorId, actorName, detail, address != null ? address : requestAddress());
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth.getPrincipal() instanceof CertdeskPrincipal principal) {
            recordFor(AuditKind.SIGN_IN, principal.id(), principal.getUsername(), "signed in with a password",
                    address(auth.getDetails()));
        }
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        // the name of an account only: text typed that names none may be a password typed in the wrong field
        var account = Usernames.canonical(auth.getName() == null ? "" : auth.getName())
                .flatMap(accounts::findByUsername);
        String typed = account.map(com.certdesk.security.spi.Account::username).orElse("(no such account)");
        String why = event.getException() instanceof LockedException ? "refused: the account is locked"
                : event.getException() instanceof org.springframework.security.authentication.DisabledException
                        ? "refused: the account is deactivated" : "refused: wrong username or password";
        recordFor(AuditKind.SIGN_IN_FAILED, account.map(com.certdesk.security.spi.Account::id).orElse(null), typed,
                why, address(auth.getDetails()));
    }

    /**
     * Entries in the filter, newest first, a page at a time.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<AuditEntry> page(AuditFilter filter, int offset, int limit) {
        Where where = where(filter);
        List<Object> args = new ArrayList<>(where.args());
        args.add(offset);
        args.add(limit);
        return jdbc.query("select id, at, actor_id, actor_name, kind, detail, address from audit_event" + where.sql()
                + " order by id desc offset ? rows fetch next ? rows only", (rs, n) -> entry(rs), args.toArray());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public long count(AuditFilter filter) {
        Where where = where(filter);
        Long n = jdbc.queryForObject("select count(*) from audit_event" + where.sql(), Long.class,
                where.args().toArray());
        return n == null ? 0 : n;
    }

    /**
     * Every entry in the filter, newest first, {@code chunk} at a time, each chunk after the last id of the one
     * before (entries written meanwhile are newer and not included).
     *
     * @return how many were handed over
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public long forEach(AuditFilter filter, int chunk, Consumer<AuditEntry> each) {
        Where where = where(filter);
        long before = Long.MAX_VALUE;
        long count = 0;
        while (true) {
            List<Object> args = new ArrayList<>(where.args());
            args.add(before);
            args.add(chunk);
            List<AuditEntry> rows = jdbc.query("select id, at, actor_id, actor_name, kind, detail, address from "
                    + "audit_event" + where.sql() + (where.sql().isEmpty() ? " where" : " and") + " id < ? "
                    + "order by id desc fetch first ? rows only", (rs, n) -> entry(rs), args.toArray());
            rows.forEach(each);
            count += rows.size();
            if (rows.size() < chunk) {
                return count;
            }
            before = rows.getLast().id();
        }
    }

    /** The daily retention: on one node, once (the lock row {@code audit.retention}). */
    @Scheduled(cron = "${certdesk.audit.retention-cron:0 40 3 * * *}")
    @SchedulerLock(name = "audit.retention", lockAtMostFor = "PT1H", lockAtLeastFor = "PT10M")
    void dailyRetention() {
        applyRetention();
    }

    /** Deletes the entries older than the retention period; daily, and at no other time. */
    public int applyRetention() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
        int deleted = jdbc.update("delete from audit_event where at < ?", Timestamp.from(cutoff));
        if (deleted > 0) {
            log.info("AUDIT retention: {} entries older than {} days deleted", deleted, retentionDays);
        }
        return deleted;
    }

    public int retentionDays() {
        return retentionDays;
    }

    private void write(AuditKind kind, @Nullable Long actorId, String actorName, String detail,
            @Nullable String address) {
        String text = detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL - 1) + "\u2026" : detail;
        String who = actorName.length() > 200 ? actorName.substring(0, 200) : actorName;
        jdbc.update("insert into audit_event (at, actor_id, actor_name, kind, detail, address) values (?, ?, ?, ?, "
                + "?, ?)", Timestamp.from(clock.instant()), actorId, who, kind.name(), text, address);
        log.info("AUDIT {} by '{}'{}: {}", kind, who, address == null ? "" : " from " + address, text);
    }

    private record Where(String sql, List<Object> args) {
    }

    private Where where(AuditFilter filter) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (!filter.actor().isEmpty()) {
            parts.add("lower(actor_name) like ? escape '\\'");
            args.add("%" + filter.actor().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (filter.kind() != null) {
            parts.add("kind = ?");
            args.add(filter.kind().name());
        }
        if (filter.from() != null) {
            parts.add("at >= ?");
            args.add(Timestamp.from(time.startOf(filter.from())));
        }
        if (filter.to() != null) {
            parts.add("at < ?");
            args.add(Timestamp.from(time.startOf(filter.to().plusDays(1))));
        }
        return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), args);
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        long actor = rs.getLong("actor_id");
        Long actorId = rs.wasNull() ? null : actor;
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), actorId,
                rs.getString("actor_name"), AuditKind.valueOf(rs.getString("kind")), rs.getString("detail"),
                rs.getString("address"));
    }

    private static @Nullable String address(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : requestAddress();
    }

    private static @Nullable String requestAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
