package com.certdesk.people;

import static com.certdesk.people.PeopleRules.normalizeEmail;
import static com.certdesk.people.PeopleRules.normalizeUsername;

import com.certdesk.base.BoundedInput;
import com.certdesk.base.CsvInput;
import com.certdesk.base.ValidationException;
import com.certdesk.people.internal.PasswordGenerator;
import com.certdesk.people.internal.Team;
import com.certdesk.people.internal.TeamRepository;
import com.certdesk.people.internal.User;
import com.certdesk.people.internal.UserRepository;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of users from CSV: columns {@code username, name, email, team, roles} (and optionally
 * {@code hire_date, external_id}). All or nothing: a file with any bad row is rejected whole, and every bad
 * row is reported with its line number and reason.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class UserImportService {

    public static final List<String> REQUIRED_COLUMNS = List.of("username", "name", "email", "team", "roles");
    public static final List<String> OPTIONAL_COLUMNS = List.of("hire_date", "external_id");
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 10_000;
    private static final Logger log = LoggerFactory.getLogger(UserImportService.class);

    private final UserRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final AuditLog audit;

    UserImportService(UserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, Clock clock, AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Checks a file without changing anything. */
    @Transactional(readOnly = true)
    public UserImportCheck check(byte[] file) {
        return parseAndValidate(file);
    }

    /**
     * Checks an uploaded file without changing anything; reads at most {@link #MAX_BYTES} of it, so a larger
     * stream is refused with one problem naming the limit and never held in memory whole. The stream stays open.
     */
    @Transactional(readOnly = true)
    public UserImportCheck check(InputStream file) {
        try {
            return parseAndValidate(BoundedInput.readAtMost(file, MAX_BYTES));
        } catch (BoundedInput.TooLargeException e) {
            return new UserImportCheck(List.of(), List.of(new ImportProblem(0, e.getMessage())));
        }
    }

    /** Imports an uploaded file, reading at most {@link #MAX_BYTES} of it; see {@link #importUsers(byte[])}. */
    @Transactional
    public List<CreatedAccount> importUsers(InputStream file) {
        return importUsers(BoundedInput.readAtMost(file, MAX_BYTES));
    }

    /** Imports a file whole, or throws {@link ImportRejectedException} and imports nothing. */
    @Transactional
    public List<CreatedAccount> importUsers(byte[] file) {
        UserImportCheck check = parseAndValidate(file);
        if (!check.acceptable()) {
            throw new ImportRejectedException(check.problems().isEmpty()
                    ? List.of(new ImportProblem(0, "The file has no user rows."))
                    : check.problems());
        }
        Map<String, Team> teamsByName = teamsByLowerName();
        List<CreatedAccount> created = new ArrayList<>();
        List<User> toSave = new ArrayList<>();
        for (UserImportRow row : check.rows()) {
            String password = PasswordGenerator.temporaryPassword();
            var user = new User(row.username(), row.displayName(), row.email(), passwordEncoder.encode(password),
                    clock.instant());
            user.setRoles(row.roles());
            user.setTeam(teamsByName.get(row.teamName().toLowerCase(Locale.ROOT)), clock.instant());
            user.setHireDate(row.hireDate());
            user.setExternalId(row.externalId());
            toSave.add(user);
            created.add(new CreatedAccount(row.username(), row.displayName(), password));
        }
        users.saveAll(toSave);
        audit.record(AuditKind.IMPORT, created.size() + " users imported");
        return created;
    }

    private UserImportCheck parseAndValidate(byte[] file) {
        List<ImportProblem> problems = new ArrayList<>();
        if (file.length > MAX_BYTES) {
            return new UserImportCheck(List.of(), List.of(new ImportProblem(0,
                    new BoundedInput.TooLargeException(MAX_BYTES).getMessage())));
        }
        List<CsvInput.Row> records = new ArrayList<>();
        try (CsvInput reader = CsvInput.of(new ByteArrayInputStream(file), "you chose")) {
            for (CsvInput.Row record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
                if (records.size() > MAX_ROWS + 1) {
                    return new UserImportCheck(List.of(), List.of(new ImportProblem(0,
                            "The file has more than " + MAX_ROWS + " rows; split it into smaller files.")));
                }
            }
        } catch (ValidationException e) {
            return new UserImportCheck(List.of(), List.of(new ImportProblem(0, e.getMessage())));
        }
        if (records.isEmpty()) {
            return new UserImportCheck(List.of(), List.of(new ImportProblem(0,
                    "The file is empty. The first line must be the header: " + String.join(",", REQUIRED_COLUMNS))));
        }
        Map<String, Integer> columns = header(records.getFirst(), problems);
        if (!problems.isEmpty()) {
            return new UserImportCheck(List.of(), problems);
        }
        Map<String, Team> teamsByName = teamsByLowerName();
        List<UserImportRow> rows = new ArrayList<>();
        Map<String, Long> usernamesInFile = new HashMap<>();
        Map<String, Long> emailsInFile = new HashMap<>();
        Map<String, Long> externalIdsInFile = new HashMap<>();
        for (CsvInput.Row record : records.subList(1, records.size())) {
            long line = record.line();
            List<String> rowProblems = new ArrayList<>();
            if (record.size() != records.getFirst().size()) {
                problems.add(new ImportProblem(line, "expected " + records.getFirst().size()
                        + " fields like the header, found " + record.size()));
                continue;
            }
            String username = normalizeUsername(field(record, columns, "username"));
            String name = field(record, columns, "name").trim();
            String email = normalizeEmail(field(record, columns, "email"));
            String teamName = field(record, columns, "team").trim();
            Set<String> roles = parseRoles(field(record, columns, "roles"));
            addIfProblem(rowProblems, PeopleRules.usernameProblem(username));
            addIfProblem(rowProblems, PeopleRules.displayNameProblem(name));
            addIfProblem(rowProblems, PeopleRules.emailProblem(email));
            addIfProblem(rowProblems, PeopleRules.rolesProblem(roles));
            if (!teamName.isEmpty() && !teamsByName.containsKey(teamName.toLowerCase(Locale.ROOT))) {
                rowProblems.add("team '" + teamName + "' does not exist (create it under Teams first)");
            }
            LocalDate hireDate = null;
            String hire = field(record, columns, "hire_date").trim();
            if (!hire.isEmpty()) {
                try {
                    hireDate = LocalDate.parse(hire);
                } catch (DateTimeParseException e) {
                    rowProblems.add("hire_date '" + hire + "' is not a date like 2024-03-31");
                }
            }
            String externalId = field(record, columns, "external_id").trim();
            duplicateInFile(usernamesInFile, username, line, "username", rowProblems);
            duplicateInFile(emailsInFile, email, line, "email", rowProblems);
            if (!externalId.isEmpty()) {
                duplicateInFile(externalIdsInFile, externalId, line, "external_id", rowProblems);
            }
            if (rowProblems.isEmpty()) {
                rows.add(new UserImportRow(line, username, name, email, teamName, roles, hireDate,
                        externalId.isEmpty() ? null : externalId));
            } else {
                rowProblems.forEach(p -> problems.add(new ImportProblem(line, p)));
            }
        }
        checkAgainstStoredUsers(rows, problems);
        problems.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new UserImportCheck(problems.isEmpty() ? rows : List.of(), problems);
    }

    private void checkAgainstStoredUsers(List<UserImportRow> rows, List<ImportProblem> problems) {
        if (rows.isEmpty()) {
            return;
        }
        Set<String> takenUsernames = new HashSet<>(users.findExistingUsernames(
                rows.stream().map(UserImportRow::username).toList()));
        Set<String> takenEmails = users.findExistingEmails(rows.stream().map(UserImportRow::email).toList())
                .stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (UserImportRow row : rows) {
            if (takenUsernames.contains(row.username())) {
                problems.add(new ImportProblem(row.line(), "username '" + row.username() + "' already exists"));
            }
            if (takenEmails.contains(row.email())) {
                problems.add(new ImportProblem(row.line(), "email " + row.email() + " already belongs to a user"));
            }
            if (row.externalId() != null && users.existsByExternalId(row.externalId())) {
                problems.add(new ImportProblem(row.line(), "external_id " + row.externalId() + " already belongs to a user"));
            }
        }
    }

    private static Map<String, Integer> header(CsvInput.Row header, List<ImportProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.field(i).trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (columns.containsKey(name)) {
                problems.add(new ImportProblem(header.line(), "column '" + name + "' appears twice"));
            }
            columns.put(name, i);
        }
        List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(header.line(), "the header lacks the column"
                    + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
                    + "; expected: " + String.join(",", REQUIRED_COLUMNS)
                    + " (optional: " + String.join(",", OPTIONAL_COLUMNS) + ")"));
        }
        return columns;
    }

    private static String field(CsvInput.Row record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : record.field(index);
    }

    static Set<String> parseRoles(String value) {
        return Arrays.stream(value.split("[;|, ]+"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static void duplicateInFile(Map<String, Long> seen, String value, long line, String column,
            List<String> problems) {
        if (value.isEmpty()) {
            return;
        }
        Long first = seen.putIfAbsent(value, line);
        if (first != null) {
            problems.add(column + " '" + value + "' also appears on line " + first);
        }
    }

    private static void addIfProblem(List<String> problems, @Nullable String problem) {
        if (problem != null) {
            problems.add(problem);
        }
    }

    private Map<String, Team> teamsByLowerName() {
        return teams.findAll().stream().collect(Collectors.toMap(t -> t.getName().toLowerCase(Locale.ROOT), t -> t));
    }
}
