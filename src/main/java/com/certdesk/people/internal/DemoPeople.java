package com.certdesk.people.internal;

import com.certdesk.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo organization: teams with a manager each, agents, one HR user and one administrator. The fixed logins
 * {@code agent}, {@code manager}, {@code hr} and {@code admin} all use the password {@code demo}. Generated
 * from a fixed seed; runs once (it does nothing when the {@code admin} user already exists).
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("certdesk.demo.enabled")
class DemoPeople implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";
    /** The demo's small team, and from how many agents on it exists. */
    static final String SMALL_TEAM = "Escalations";
    static final int SMALL_TEAM_SIZE = 3;
    static final int SMALL_TEAM_FROM = 12;
    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final List<String> TEAM_NAMES = List.of("Billing Support", "Technical Support", "Customer Care",
            "Returns & Refunds", "Onboarding", "Retention", "Business Accounts", "Social & Chat");
    private static final String[] FIRST = {"Aisha", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hugo",
        "Ines", "Jonas", "Keiko", "Liam", "Maya", "Noah", "Olga", "Pablo", "Quinn", "Rosa", "Samir", "Tara",
        "Umar", "Vera", "Wes", "Ximena", "Yusuf", "Zoe", "Priya", "Mateo", "Hana", "Oscar", "Leila", "Tomás"};
    private static final String[] LAST = {"Okafor", "Lindqvist", "Moreau", "Nakamura", "Haddad", "Kowalski",
        "O'Brien", "Fernandes", "Schmidt", "Varga", "Nguyen", "Petrov", "Costa", "Mensah", "Jensen", "Rahman",
        "Dubois", "Alvarez", "Novak", "Brennan", "Sato", "Ibrahim", "Rossi", "Keller"};

    /**
     * The first demo agents are the agents the sample feedback files name (shared/samples/feedback: helpdesk ids
     * 9001-9004, Freshdesk agent 1, and the e-mails next to them), so that importing a sample file in the demo puts
     * its ratings on real agents. The first one is the fixed login {@code agent}.
     */
    static final List<SampleAgent> SAMPLE_AGENTS = List.of(
            new SampleAgent("Ana Rivera", "9001", "ana@example.com"),
            new SampleAgent("Bo Lindqvist", "9002", "bo@example.com"),
            new SampleAgent("Cara Moreau", "1", "cara@example.com"),
            new SampleAgent("Dmitri Nakamura", "9003", null),
            new SampleAgent("Elena Haddad", "9004", null));

    record SampleAgent(String name, String externalId, @Nullable String email) {
    }

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int teamCount;
    private final int agentCount;
    private final long seed;

    DemoPeople(UserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder, TransactionTemplate tx,
            Clock clock, @Value("${certdesk.demo.teams:3}") int teamCount,
            @Value("${certdesk.demo.agents:30}") int agentCount, @Value("${certdesk.demo.seed:20261122}") long seed) {
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
        this.teamCount = Math.max(1, teamCount);
        this.agentCount = Math.max(1, agentCount);
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.existsByUsername("admin")) {
            log.info("Demo people already present; nothing to add");
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> create());
        log.info("Demo people created: {} teams, {} agents in {} ms",
                teamCount + (agentCount >= SMALL_TEAM_FROM ? 1 : 0), agentCount, (System.nanoTime() - started) / 1_000_000);
    }

    private void create() {
        var random = new Random(seed);
        Instant now = clock.instant();
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Set<String> taken = new HashSet<>();

        List<Team> teamList = new ArrayList<>();
        for (int i = 0; i < teamCount; i++) {
            String name = i < TEAM_NAMES.size() ? TEAM_NAMES.get(i) : "Service Team %03d".formatted(i + 1);
            teamList.add(teams.save(new Team(name, now)));
        }
        for (int i = 0; i < teamCount; i++) {
            String username = i == 0 ? "manager" : "manager" + (i + 1);
            User manager = user(username, i == 0 ? "Morgan Ellis" : randomName(random), hash, now, Roles.MANAGER);
            manager.setHireDate(LocalDate.now(clock).minusYears(3 + random.nextInt(6)));
            users.save(manager);
            teamList.get(i).getManagers().add(manager);
        }
        // a team of three, managed by the demo manager too: engagement results hide it (and enough of the others
        // that it cannot be worked out by subtraction), so the demo shows what confidentiality does
        Team small = null;
        if (agentCount >= SMALL_TEAM_FROM) {
            small = teams.save(new Team(SMALL_TEAM, now));
            small.getManagers().add(teamList.getFirst().getManagers().iterator().next());
        }
        users.save(user("hr", "Harper Reyes", hash, now, Roles.HR));
        users.save(user("admin", "Adrian Mills", hash, now, Roles.ADMIN));
        taken.addAll(List.of("agent", "hr", "admin"));

        List<User> batch = new ArrayList<>();
        for (int i = 0; i < agentCount; i++) {
            SampleAgent sample = i < SAMPLE_AGENTS.size() ? SAMPLE_AGENTS.get(i) : null;
            // the random draw is made as before, so the other agents keep the names and dates they had
            String drawn = i == 0 ? "" : randomName(random);
            String name = sample != null ? sample.name() : drawn;
            String username = i == 0 ? "agent" : uniqueUsername(name, taken);
            User agent = user(username, name, hash, now, Roles.AGENT);
            if (sample != null && sample.email() != null) {
                agent.setEmail(sample.email());
            }
            LocalDate hired = LocalDate.now(clock).minusDays(30 + random.nextInt(5 * 365));
            agent.setHireDate(hired);
            // in their team since they were hired, so the team history matches the hire dates
            // the small team's three come from the last team, so that the teams differ in size
            boolean toSmall = small != null && i % teamCount == teamCount - 1
                    && i >= agentCount - SMALL_TEAM_SIZE * teamCount;
            Team team = toSmall ? small : teamList.get(i % teamCount);
            agent.setTeam(team, hired.atStartOfDay(clock.getZone()).toInstant());
            agent.setExternalId(sample != null ? sample.externalId() : "zd-" + (100_000 + i));
            batch.add(agent);
            if (batch.size() == 500) {
                users.saveAll(batch);
                users.flush();
                batch.clear();
            }
        }
        users.saveAll(batch);
    }

    private static User user(String username, String displayName, String hash, Instant now, String role) {
        var user = new User(username, displayName, username + "@northwind.example", hash, now);
        user.setRoles(Set.of(role));
        return user;
    }

    private static String randomName(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    private static String uniqueUsername(String name, Set<String> taken) {
        String base = name.toLowerCase(Locale.ROOT).replace("'", "").replace("á", "a").replace("é", "e")
                .replace("ó", "o").replace(' ', '.');
        String candidate = base;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = base + n;
        }
        return candidate;
    }
}
