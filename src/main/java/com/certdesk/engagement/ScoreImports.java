package com.certdesk.engagement;

import com.certdesk.base.NotFoundException;
import com.certdesk.base.OrganizationTime;
import com.certdesk.base.ValidationException;
import com.certdesk.engagement.ScoreImportCheck.SurveyCount;
import com.certdesk.engagement.internal.ScoreFile;
import com.certdesk.engagement.internal.ScoreStore;
import com.certdesk.engagement.internal.ScoreStore.NewScore;
import com.certdesk.engagement.internal.ScoreStore.Stored;
import com.certdesk.people.AgentMatcher;
import com.certdesk.people.ImportProblem;
import com.certdesk.people.ImportRejectedException;
import com.certdesk.people.TeamStay;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CurrentUser;
import com.certdesk.security.Roles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagement scores from an outside engagement tool, imported by HR and administrators from CSV: checked first
 * (every problem with its line), then imported all or nothing. Importing a file again changes nothing: a score
 * already stored for the same person, measure and survey date is skipped whatever its value, never overwritten
 * (undo the earlier import to replace it) and never compared, since saying "a different score is stored" would let
 * whoever checks files read a stored score back by trying values. A measure is one whatever the case of its name. Each score is stored with the team its
 * person was in on the survey date, the slice its results are shown by ({@link ImportedScores}).
 */
@Service
@Transactional
public class ScoreImports {

    private static final Logger log = LoggerFactory.getLogger(ScoreImports.class);

    /** The columns a score file may have, in the order the help names them. */
    public static final List<String> COLUMNS = ScoreFile.COLUMNS;
    /** The most score rows one file may hold. */
    public static final int MAX_ROWS = 200_000;
    /**
     * What a row whose person, measure and survey date are stored comes to, whatever its score: skipped. Certdesk
     * does not say whether the stored score is the same, since that would read it back.
     */
    public static final String STORED_ARE_KEPT = "A score already stored for the same person, measure and survey "
            + "date is skipped, whatever its value: Certdesk neither replaces nor compares stored scores. To "
            + "correct scores, undo the import they came from and import the corrected file.";
    /** The longest file name kept with an import (the column's width). */
    static final int MAX_FILE_NAME = 255;
    /** The largest file accepted (the general upload limit may be smaller). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ScoreStore store;
    private final AgentMatcher matcher;
    private final CurrentUser currentUser;
    private final OrganizationTime time;
    private final Clock clock;

    private final AuditLog audit;

    ScoreImports(ScoreStore store, AgentMatcher matcher, CurrentUser currentUser, OrganizationTime time,
            Clock clock, AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.matcher = matcher;
        this.currentUser = currentUser;
        this.time = time;
        this.clock = clock;
    }

    /**
     * What importing the file would do, without importing anything.
     *
     * @param name the file's name as the person knows it, for messages
     * @throws ValidationException when the file cannot be read as a score file at all (header, encoding, size)
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional(readOnly = true)
    public ScoreImportCheck check(Path file, String name) {
        return plan(file, name).check(null);
    }

    /**
     * Checks the file again (the data may have changed since its check) and imports it as a whole.
     *
     * @return the check of what was imported, with the import's id
     * @throws ImportRejectedException with every problem when the file has any: nothing is imported
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public ScoreImportCheck importFile(Path file, String name) {
        Plan plan = plan(file, name);
        if (!plan.problems.isEmpty()) {
            throw new ImportRejectedException(plan.problems);
        }
        if (plan.scores.isEmpty()) {
            throw new ValidationException(plan.skipped > 0 ? "Every score in " + name + " is already stored: "
                    + "nothing to import. " + STORED_ARE_KEPT : "The file " + name + " has no scores below its "
                    + "header.");
        }
        long id;
        try {
            id = store.insert(shortened(name), currentUser.username(), clock.instant(), plan.scores, plan.skipped);
        } catch (DuplicateKeyException e) {
            throw new ValidationException("Another import stored some of these scores at the same moment. Check "
                    + "the file again: what is stored now is skipped.");
        }
        audit.record(AuditKind.IMPORT, "engagement import " + id + " of " + plan.scores.size() + " scores from '" + name + "'");
        return plan.check(id);
    }

    /** Every import, the latest first. */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<ScoreImportSummary> imports() {
        return store.imports().stream().map(i -> new ScoreImportSummary(i.id(), i.fileName(), i.importedBy(),
                i.importedAt(), i.scores(), i.skipped(), i.from(), i.to(), i.measures())).toList();
    }

    /**
     * Undoes an import: its scores are deleted (the same file can then be imported again, corrected).
     *
     * @throws NotFoundException when there is no such import (deleted already, in another tab)
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public void delete(long importId) {
        if (!store.delete(importId)) {
            throw new NotFoundException("There is no engagement import " + importId + ": it may have been deleted "
                    + "already.");
        }
        audit.record(AuditKind.IMPORT_DELETED, "engagement import " + importId + " deleted");
    }

    /** What a file would import and its problems. */
    private record Plan(String name, int rows, List<NewScore> scores, int skipped, List<ImportProblem> problems) {

        ScoreImportCheck check(@Nullable Long importId) {
            Map<String, SurveyCount> counts = new LinkedHashMap<>();
            for (NewScore s : scores) {
                counts.merge(s.measure() + "|" + s.surveyDate(),
                        new SurveyCount(s.measure(), s.surveyDate(), s.scaleMin(), s.scaleMax(), 1),
                        (a, b) -> new SurveyCount(a.measure(), a.surveyDate(), a.scaleMin(), a.scaleMax(),
                                a.scores() + 1));
            }
            List<SurveyCount> surveys = counts.values().stream()
                    .sorted(Comparator.comparing(SurveyCount::measure).thenComparing(SurveyCount::surveyDate))
                    .toList();
            int people = (int) scores.stream().map(NewScore::userId).distinct().count();
            return new ScoreImportCheck(name, rows, scores.size(), skipped, people, surveys, problems, importId);
        }
    }

    private Plan plan(Path file, String name) {
        ScoreFile.Read read = ScoreFile.read(file, name, MAX_ROWS, time.today());
        List<ImportProblem> problems = new ArrayList<>(read.problems());
        List<ScoreFile.Row> rows = read.rows();
        Map<String, Long> byEmail = matcher.byEmails(rows.stream().map(ScoreFile.Row::email)
                .filter(Objects::nonNull).toList());
        Map<String, Long> byExternalId = matcher.byExternalIds(rows.stream().map(ScoreFile.Row::externalId)
                .filter(Objects::nonNull).toList());
        Set<Long> userIds = new HashSet<>();
        Map<Long, Long> userOfLine = new HashMap<>();
        for (ScoreFile.Row row : rows) {
            Long byMail = row.email() == null ? null : byEmail.get(row.email());
            Long byId = row.externalId() == null ? null : byExternalId.get(row.externalId());
            Long user = row.email() != null ? byMail : byId;
            if (user == null) {
                problems.add(new ImportProblem(row.line(), row.person() + " matches no user (by "
                        + (row.email() != null ? "e-mail" : "external id") + ")"));
            } else if (row.email() != null && row.externalId() != null && !user.equals(byId)) {
                // both columns given: a score must not go to one of two people the file may mean
                problems.add(new ImportProblem(row.line(), byId == null ? "external id " + row.externalId()
                        + " matches no user, while " + row.email() + " does: the row must name one person"
                        : row.email() + " and external id " + row.externalId() + " are different people: "
                        + "the row must name one person"));
            } else {
                userOfLine.put(row.line(), user);
                userIds.add(user);
            }
        }
        Map<String, ScoreStore.Survey> scales = store.measureScales();
        Map<String, Stored> stored = new HashMap<>();
        for (Stored s : store.storedOf(userIds)) {
            stored.put(key(s.userId(), s.measure(), s.surveyDate()), s);
        }
        Map<Long, List<TeamStay>> stays = matcher.stays(userIds);
        Map<String, Long> lineOfKey = new HashMap<>();
        Map<String, ScoreFile.Row> scaleInFile = new HashMap<>();
        // a measure new to Certdesk keeps the spelling of its first row: "Engagement" and "engagement" are one
        Map<String, String> spelling = new HashMap<>();
        List<NewScore> scores = new ArrayList<>();
        int skipped = 0;
        for (ScoreFile.Row row : rows) {
            Long user = userOfLine.get(row.line());
            if (user == null) {
                continue;
            }
            String lower = row.measure().toLowerCase(Locale.ROOT);
            ScoreStore.Survey known = scales.get(lower);
            String measure = known != null ? known.measure() : spelling.computeIfAbsent(lower, k -> row.measure());
            String key = key(user, measure, row.surveyDate());
            Long first = lineOfKey.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(new ImportProblem(row.line(), row.person() + " is the person of line " + first
                        + " too, with the same measure and survey date"));
                continue;
            }
            if (known != null && (known.scaleMin() != row.scaleMin() || known.scaleMax() != row.scaleMax())) {
                problems.add(new ImportProblem(row.line(), "the measure " + measure + " is stored on the scale "
                        + known.scaleMin() + "-" + known.scaleMax() + ", this row says " + row.scaleMin() + "-"
                        + row.scaleMax() + ": scores on different scales cannot be compared; use another measure "
                        + "name"));
                continue;
            }
            ScoreFile.Row sameMeasure = scaleInFile.putIfAbsent(lower, row);
            if (sameMeasure != null && (sameMeasure.scaleMin() != row.scaleMin()
                    || sameMeasure.scaleMax() != row.scaleMax())) {
                problems.add(new ImportProblem(row.line(), "the measure " + measure + " has the scale "
                        + sameMeasure.scaleMin() + "-" + sameMeasure.scaleMax() + " on line " + sameMeasure.line()
                        + " and " + row.scaleMin() + "-" + row.scaleMax() + " here: one measure keeps one scale"));
                continue;
            }
            if (stored.containsKey(key)) {
                // skipped whatever its score: telling a different score from the same one would let anyone who may
                // check a file read a stored score back by trying values (the check stores nothing, so it costs
                // nothing to try); a stored score is never replaced unseen either: undo its import to replace it
                skipped++;
                continue;
            }
            scores.add(new NewScore(user, teamOn(stays.getOrDefault(user, List.of()), row), row.surveyDate(), measure,
                    row.score(), row.scaleMin(), row.scaleMax()));
        }
        problems.sort(Comparator.comparingLong(ImportProblem::line));
        return new Plan(name, rows.size() + (int) read.problems().stream().map(ImportProblem::line).distinct()
                .count(), scores, skipped, problems);
    }

    /**
     * The team the person was in at midday of the survey date (organization time); for a date before Certdesk knew
     * any team of theirs (scores from before the portal was set up), their first team; null when in none then.
     */
    private @Nullable Long teamOn(List<TeamStay> stays, ScoreFile.Row row) {
        Instant midday = time.startOf(row.surveyDate()).plusSeconds(12 * 3600);
        for (TeamStay stay : stays) {
            if (stay.covers(midday)) {
                return stay.teamId();
            }
        }
        return !stays.isEmpty() && midday.isBefore(stays.getFirst().from()) ? stays.getFirst().teamId() : null;
    }

    /** The file's name as stored with the import: a browser may send a longer one than the column holds. */
    private static String shortened(String name) {
        if (name.length() <= MAX_FILE_NAME) {
            return name;
        }
        int end = MAX_FILE_NAME - 1;
        return name.substring(0, Character.isHighSurrogate(name.charAt(end - 1)) ? end - 1 : end) + "…";
    }

    private static String key(long userId, String measure, java.time.LocalDate date) {
        return userId + "|" + measure.toLowerCase(Locale.ROOT) + "|" + date;
    }
}
