package com.certdesk.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.NotFoundException;
import com.certdesk.base.ValidationException;
import com.certdesk.engagement.ScoreResults.Group;
import com.certdesk.people.ImportProblem;
import com.certdesk.people.ImportRejectedException;
import com.certdesk.security.Roles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Engagement scores imported from an outside tool: checked and imported all or nothing with every problem by line,
 * idempotent, undoable; their results per team obey the threshold and the differencing protection; only HR and
 * administrators import, and nobody reads a person's score back.
 */
@ServiceTest
class ScoreImportsTest {

    private static final String HEADER = "person_email,survey_date,measure,score,scale_min,scale_max\n";

    @Autowired
    Fixtures fixtures;
    @Autowired
    ScoreImports imports;
    @Autowired
    ImportedScores scores;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    com.certdesk.people.UserAdminService users;

    @TempDir
    Path dir;

    private String hr;
    private String manager;
    private long big;
    private long five;
    private long four;
    private final List<String> bigAgents = new ArrayList<>();
    private final List<String> fiveAgents = new ArrayList<>();
    private final List<String> fourAgents = new ArrayList<>();
    private String measure;
    private final LocalDate date = LocalDate.now().minusDays(10);

    @BeforeEach
    void threeTeams() {
        hr = fixtures.user("scores-hr", null, Roles.HR);
        manager = fixtures.user("scores-manager", null, Roles.MANAGER);
        big = fixtures.team("Scores big", fixtures.userId(manager));
        five = fixtures.team("Scores five");
        four = fixtures.team("Scores four", fixtures.userId(manager));
        for (int i = 0; i < 7; i++) {
            bigAgents.add(fixtures.user("scores-big", big, Roles.AGENT));
        }
        for (int i = 0; i < 5; i++) {
            fiveAgents.add(fixtures.user("scores-five", five, Roles.AGENT));
        }
        for (int i = 0; i < 4; i++) {
            fourAgents.add(fixtures.user("scores-four", four, Roles.AGENT));
        }
        measure = Fixtures.unique("Engagement");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private Path file(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rows(List<String> agents, double score) {
        StringBuilder csv = new StringBuilder();
        for (String agent : agents) {
            csv.append(agent.toUpperCase(Locale.ROOT)).append("@example.test,").append(date).append(',')
                    .append(measure).append(',').append(score).append(",1,5\n");
        }
        return csv.toString();
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from engagement_score where measure = ?", Long.class, measure);
    }

    @Test
    void a_valid_file_is_checked_imported_once_and_can_be_undone() {
        Path path = file("scores.csv", HEADER + rows(bigAgents, 4.2) + rows(fiveAgents, 3.0));
        fixtures.signIn(hr);
        ScoreImportCheck check = imports.check(path, "scores.csv");
        assertThat(check.problems()).isEmpty();
        assertThat(check.newScores()).isEqualTo(12);
        assertThat(check.people()).isEqualTo(12);
        assertThat(check.surveys()).singleElement().satisfies(s -> {
            assertThat(s.measure()).isEqualTo(measure);
            assertThat(s.scores()).isEqualTo(12);
        });
        assertThat(stored()).as("a check stores nothing").isZero();

        ScoreImportCheck done = imports.importFile(path, "scores.csv");
        assertThat(done.importId()).isNotNull();
        assertThat(stored()).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from engagement_score where measure = ? and team_id = ?",
                Long.class, measure, big)).as("each with the team on the survey date").isEqualTo(7);

        ScoreImportCheck again = imports.check(path, "scores.csv");
        assertThat(again.newScores()).isZero();
        assertThat(again.alreadyStored()).isEqualTo(12);
        assertThatThrownBy(() -> imports.importFile(path, "scores.csv")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already stored");
        assertThat(stored()).as("importing twice changes nothing").isEqualTo(12);

        assertThat(imports.imports()).anySatisfy(i -> {
            assertThat(i.id()).isEqualTo(done.importId());
            assertThat(i.scores()).isEqualTo(12);
            assertThat(i.measures()).containsExactly(measure);
            assertThat(i.from()).isEqualTo(date);
        });
        imports.delete(done.importId());
        assertThat(stored()).isZero();
        assertThatThrownBy(() -> imports.delete(done.importId())).isInstanceOf(NotFoundException.class);
        assertThat(imports.importFile(path, "scores.csv").newScores()).as("and imported again").isEqualTo(12);
    }

    @Test
    void a_file_with_any_problem_is_rejected_whole_with_each_problem_on_its_line() {
        String content = HEADER + rows(bigAgents.subList(0, 2), 4.0)
                + "nobody@example.test," + date + "," + measure + ",4,1,5\n"
                + bigAgents.get(2) + "@example.test," + date + "," + measure + ",6,1,5\n"
                + bigAgents.get(3) + "@example.test,2026-13-01," + measure + ",4,1,5\n"
                + bigAgents.get(4) + "@example.test," + LocalDate.now().plusDays(3) + "," + measure + ",4,1,5\n"
                + bigAgents.get(0) + "@example.test," + date + "," + measure + ",3,1,5\n"
                + bigAgents.get(5) + "@example.test," + date + "," + measure + ",\"4,5\",1,5\n"
                + bigAgents.get(6) + "@example.test," + date.minusDays(1) + "," + measure + ",8,0,10\n";
        Path path = file("bad.csv", content);
        fixtures.signIn(hr);
        ScoreImportCheck check = imports.check(path, "bad.csv");
        assertThat(check.problems()).extracting(ImportProblem::line).containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(check.problems()).extracting(ImportProblem::reason).satisfiesExactly(
                r -> assertThat(r).contains("nobody@example.test matches no user"),
                r -> assertThat(r).contains("score 6 is outside the scale 1-5"),
                r -> assertThat(r).contains("not a date as YYYY-MM-DD"),
                r -> assertThat(r).contains("is in the future"),
                r -> assertThat(r).contains("also on line 2"),
                r -> assertThat(r).contains("decimals with a point"),
                r -> assertThat(r).contains("one measure keeps one scale"));
        assertThatThrownBy(() -> imports.importFile(path, "bad.csv")).isInstanceOf(ImportRejectedException.class)
                .satisfies(e -> assertThat(((ImportRejectedException) e).problems()).hasSize(7));
        assertThat(stored()).as("nothing of it, not even the good rows").isZero();

        assertThatThrownBy(() -> imports.check(file("header.csv", "email,score\nx@y,3\n"), "header.csv"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("unknown column \"email\"");
        assertThatThrownBy(() -> imports.check(file("empty.csv", ""), "empty.csv"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("is empty");
        assertThatThrownBy(() -> imports.check(file("binary.csv", "\u0000\u00ff\u00fe garbage"), "binary.csv"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void checking_guessed_scores_for_a_stored_key_does_not_tell_which_one_is_stored() {
        fixtures.signIn(hr);
        imports.importFile(file("first.csv", HEADER + rows(bigAgents, 4.0)), "first.csv");
        // an administrator without the file tries values for one person: the right guess and a wrong one must
        // come back alike, or the check reads the stored score back
        ScoreImportCheck right = imports.check(file("right.csv", HEADER + rows(bigAgents.subList(0, 1), 4.0)),
                "right.csv");
        ScoreImportCheck wrong = imports.check(file("wrong.csv", HEADER + rows(bigAgents.subList(0, 1), 2.5)),
                "wrong.csv");
        assertThat(wrong.problems()).isEqualTo(right.problems()).isEmpty();
        assertThat(wrong.alreadyStored()).isEqualTo(right.alreadyStored()).isEqualTo(1);
        assertThat(wrong.newScores()).isEqualTo(right.newScores()).isZero();
        assertThatThrownBy(() -> imports.importFile(file("wrong.csv", HEADER + rows(bigAgents.subList(0, 1), 2.5)),
                "wrong.csv")).isInstanceOf(ValidationException.class).hasMessageContaining("already stored")
                .hasMessageContaining("undo");
        assertThat(jdbc.queryForObject("select score from engagement_score where measure = ? and user_id = ?",
                Double.class, measure, fixtures.userId(bigAgents.getFirst()))).as("nothing overwritten")
                .isEqualTo(4.0);
        ScoreImportCheck otherScale = imports.check(file("scale.csv", HEADER + bigAgents.getFirst()
                + "@example.test," + date.minusDays(30) + "," + measure.toUpperCase(Locale.ROOT) + ",7,0,10\n"),
                "scale.csv");
        assertThat(otherScale.problems()).singleElement().extracting(ImportProblem::reason).asString()
                .contains("is stored on the scale 1-5");
    }

    @Test
    void one_measure_spelt_in_two_cases_in_one_file_is_stored_as_one_measure() {
        fixtures.signIn(hr);
        String lower = measure.toLowerCase(Locale.ROOT);
        String content = HEADER + rows(bigAgents.subList(0, 3), 4.0) + rows(bigAgents.subList(3, 7), 3.0)
                .replace(measure, lower);
        imports.importFile(file("cases.csv", content), "cases.csv");
        assertThat(jdbc.queryForList("select distinct measure from engagement_score where lower(measure) = ?",
                String.class, lower)).containsExactly(measure);
        ScoreResults r = scores.results(measure, date);
        assertThat(r.organization().people()).as("all seven in one result").isEqualTo(7);
        assertThat(scores.results(lower, date).survey().measure()).as("found in any case").isEqualTo(measure);
    }

    @Test
    void an_email_and_an_external_id_naming_different_people_is_a_problem() {
        String other = "ext-" + Fixtures.unique("x");
        long otherId = fixtures.agentWithExternalId("scores-ext", big, other);
        fixtures.signIn(hr);
        String header = "person_email,person_external_id,survey_date,measure,score,scale_min,scale_max\n";
        ScoreImportCheck check = imports.check(file("both.csv", header + bigAgents.getFirst() + "@example.test,"
                + other + "," + date + "," + measure + ",4,1,5\n" + fixtures.userName(otherId) + "@EXAMPLE.test,"
                + other + "," + date + "," + measure + ",4,1,5\n"), "both.csv");
        assertThat(check.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).contains("different people");
        });
    }

    @Test
    void a_file_name_longer_than_the_column_is_imported_under_a_shortened_name() {
        fixtures.signIn(hr);
        String name = "x".repeat(300) + ".csv";
        ScoreImportCheck done = imports.importFile(file("long.csv", HEADER + rows(bigAgents, 4.0)), name);
        assertThat(stored()).isEqualTo(7);
        assertThat(imports.imports()).filteredOn(i -> i.id() == done.importId()).singleElement()
                .satisfies(i -> assertThat(i.fileName()).hasSizeLessThanOrEqualTo(255).startsWith("xxx"));
    }

    @Test
    void two_imports_of_one_file_at_once_store_each_score_once_and_tell_the_loser_why() throws Exception {
        Path path = file("twice.csv", HEADER + rows(bigAgents, 4.0) + rows(fiveAgents, 3.0));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    fixtures.signIn(hr);
                    start.await();
                    try {
                        imports.importFile(path, "twice.csv");
                        return "imported";
                    } catch (ValidationException e) {
                        return e.getMessage();
                    } finally {
                        fixtures.signOut();
                    }
                }));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (Future<String> f : outcomes) {
                got.add(f.get());
            }
            assertThat(got).contains("imported").hasSize(2)
                    .anySatisfy(m -> assertThat(m).satisfiesAnyOf(
                            x -> assertThat(x).contains("at the same moment"),
                            x -> assertThat(x).contains("already stored")));
        } finally {
            pool.shutdown();
        }
        assertThat(stored()).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from engagement_import i where exists (select 1 from "
                + "engagement_score s where s.import_id = i.id and s.measure = ?)", Long.class, measure)).isEqualTo(1);
    }

    @Test
    void odd_but_readable_files_import_and_unreadable_values_are_problems_on_their_lines() {
        fixtures.signIn(hr);
        String a = bigAgents.get(0) + "@example.test";
        String content = "\uFEFFPerson_Email,Survey Date,MEASURE,score,scale_min,scale_max\r\n"
                + a + "," + date + ",\"" + measure + "\",4.5,1,5\r\n"
                + "\r\n,,,,,\r\n"
                + bigAgents.get(1) + "@example.test," + date + "," + measure + ",NaN,1,5\r\n"
                + bigAgents.get(2) + "@example.test," + date + "," + measure + ",Infinity,1,5\r\n"
                + bigAgents.get(3) + "@example.test," + date + "," + measure + ",1e309,1,5\r\n"
                + bigAgents.get(4) + "@example.test," + date + "," + measure + ",4f,1,5\r\n"
                + bigAgents.get(5) + "@example.test," + date + "," + measure + ",0x1p2,1,5\r\n"
                + bigAgents.get(6) + "@example.test," + date + "," + measure + ",  ,1,5\r\n";
        ScoreImportCheck check = imports.check(file("odd.csv", content), "odd.csv");
        assertThat(check.problems()).extracting(ImportProblem::line).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(check.problems()).extracting(ImportProblem::reason).satisfiesExactly(
                r -> assertThat(r).contains("\"NaN\" is not a number"),
                r -> assertThat(r).contains("\"Infinity\" is not a number"),
                r -> assertThat(r).contains("\"1e309\" is not a number"),
                r -> assertThat(r).contains("\"4f\" is not a number"),
                r -> assertThat(r).contains("\"0x1p2\" is not a number"),
                r -> assertThat(r).contains("score is required"));
        assertThat(check.newScores()).isEqualTo(1);

        ScoreImportCheck negative = imports.check(file("neg.csv", HEADER + a + "," + date + "," + measure
                + "2,-0,-2,2\n" + bigAgents.get(1) + "@example.test," + date + "," + measure + "2,3,3,3\n"),
                "neg.csv");
        assertThat(negative.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).contains("must be below scale_max");
        });
        imports.importFile(file("zero.csv", HEADER + a + "," + date + "," + measure + "3,-0,-2,2\n"), "zero.csv");
        assertThat(Double.compare(jdbc.queryForObject("select score from engagement_score where measure = ?",
                Double.class, measure + "3"), 0.0)).as("-0 is stored as 0, never shown as -0.00").isZero();
        assertThatThrownBy(() -> imports.importFile(file("header.csv", HEADER), "header.csv"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no scores below its header");
        assertThatThrownBy(() -> imports.check(file("dup.csv", "person_email,Person-Email,survey_date,measure,"
                + "score,scale_min,scale_max\n"), "dup.csv")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("twice");
        try {
            Files.write(dir.resolve("latin1.csv"), (HEADER + a + "," + date + ",Zufriedenheit f\u00fcr,4,1,5\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThatThrownBy(() -> imports.check(dir.resolve("latin1.csv"), "latin1.csv"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not UTF-8");
    }

    @Test
    void a_file_of_more_rows_than_allowed_is_refused_with_the_limit_in_the_message() {
        StringBuilder csv = new StringBuilder(HEADER);
        String row = bigAgents.getFirst() + "@example.test," + date + ",";
        for (int i = 0; i <= ScoreImports.MAX_ROWS; i++) {
            csv.append(row).append('m').append(i).append(",4,1,5\n");
        }
        Path path = file("huge.csv", csv.toString());
        fixtures.signIn(hr);
        assertThatThrownBy(() -> imports.check(path, "huge.csv")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("more than 200000 scores");
    }

    @Test
    void a_score_stays_with_the_team_of_its_survey_date_after_a_move_and_a_deactivated_person_is_found() {
        long mover = fixtures.userId(fiveAgents.getFirst());
        fixtures.moveToTeam(mover, big);
        long leaver = fixtures.userId(fiveAgents.get(1));
        com.certdesk.security.SystemAuthentication.runAsSystem(() -> users.setActive(leaver, false));
        fixtures.signIn(hr);
        imports.importFile(file("moved.csv", HEADER + rows(fiveAgents, 3.0)), "moved.csv");
        assertThat(jdbc.queryForObject("select count(*) from engagement_score where measure = ? and team_id = ?",
                Long.class, measure, five)).as("the mover and the deactivated person too").isEqualTo(5);
        assertThat(group(scores.results(measure, date), five).people()).isEqualTo(5);
    }

    @Test
    void the_change_from_the_previous_date_shows_only_where_the_same_people_were_scored_or_many_changed() {
        fixtures.signIn(hr);
        LocalDate earlier = date.minusDays(30);
        // the team of 7 was scored as 6 on the earlier date: its change would be mostly the seventh's score
        imports.importFile(file("before.csv", HEADER + rows(bigAgents.subList(0, 6), 3.0).replace(date.toString(),
                earlier.toString()) + rows(fiveAgents, 3.0).replace(date.toString(), earlier.toString())), "before.csv");
        imports.importFile(file("now.csv", HEADER + rows(bigAgents, 4.0) + rows(fiveAgents, 2.0)), "now.csv");
        ScoreResults r = scores.results(measure, date);
        assertThat(group(r, big).mean()).isNotNull();
        assertThat(group(r, big).previous()).as("one person more: no change shown").isNull();
        assertThat(r.organization().previous()).as("one person more in everyone too").isNull();
        assertThat(group(r, five).previous()).as("the same five: the change is theirs together").isNotNull()
                .satisfies(p -> assertThat(p.value()).isEqualTo(3.0));
    }

    @Test
    void only_hr_and_administrators_import_and_nobody_else_reaches_an_import() {
        Path path = file("scores.csv", HEADER + rows(bigAgents, 4.0));
        for (String who : List.of(manager, bigAgents.getFirst())) {
            fixtures.signIn(who);
            assertThatThrownBy(() -> imports.check(path, "scores.csv")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.importFile(path, "scores.csv")).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.imports()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.delete(1)).isInstanceOf(AccessDeniedException.class);
        }
        fixtures.signIn(bigAgents.getFirst());
        assertThatThrownBy(() -> scores.surveys()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scores.results(measure, date)).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(fixtures.user("scores-admin", null, Roles.ADMIN));
        assertThat(imports.importFile(path, "scores.csv").newScores()).isEqualTo(7);
    }

    @Test
    void results_show_teams_at_the_threshold_and_hide_smaller_ones_and_what_would_reveal_them() {
        fixtures.signIn(hr);
        // 7, 5 and 4 people: the team of 4 is hidden; the rest is then 4, below 5, so the smallest team shown
        // (the 5) is hidden too and the rest (9) is shown rolled up to HR only
        imports.importFile(file("all.csv", HEADER + rows(bigAgents, 4.0) + rows(fiveAgents, 3.0)
                + rows(fourAgents, 2.0)), "all.csv");
        ScoreResults forHr = scores.results(measure, date);
        assertThat(forHr.organization().people()).isEqualTo(16);
        assertThat(forHr.organization().mean().value()).isEqualTo((7 * 4.0 + 5 * 3.0 + 4 * 2.0) / 16);
        assertThat(group(forHr, big).shown()).isEqualTo(Visibility.SHOWN);
        assertThat(group(forHr, big).mean().value()).isEqualTo(4.0);
        assertThat(group(forHr, five).shown()).isEqualTo(Visibility.PROTECTS_ANOTHER_GROUP);
        assertThat(group(forHr, five).mean()).isNull();
        assertThat(group(forHr, four).shown()).isEqualTo(Visibility.TOO_FEW);
        assertThat(group(forHr, four).mean()).isNull();
        assertThat(group(forHr, four).people()).as("not even how many were scored").isNull();
        assertThat(forHr.others()).isNotNull();
        assertThat(forHr.others().people()).isEqualTo(9);

        fixtures.signIn(manager);
        ScoreResults forManager = scores.results(measure, date);
        assertThat(forManager.teams()).extracting(Group::teamId).containsExactlyInAnyOrder(big, four);
        assertThat(forManager.others()).as("the roll-up is for those who see every team").isNull();
        assertThat(forManager.organization().people()).isEqualTo(16);

        String stranger = fixtures.user("scores-stranger", null, Roles.MANAGER);
        fixtures.team("Scores stranger team", fixtures.userId(stranger));
        fixtures.signIn(stranger);
        assertThat(scores.surveys()).noneMatch(s -> s.measure().equals(measure));
        assertThatThrownBy(() -> scores.results(measure, date)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void suppression_holds_at_one_below_the_threshold_at_it_and_one_above() {
        fixtures.signIn(hr);
        for (int n : new int[] {4, 5, 6}) {
            measure = Fixtures.unique("Wellbeing");
            imports.importFile(file("n" + n + ".csv", HEADER + rows(bigAgents.subList(0, n), 3.5)), "n" + n + ".csv");
            ScoreResults r = scores.results(measure, date);
            if (n < 5) {
                assertThat(r.organization().shown()).isEqualTo(Visibility.TOO_FEW);
                assertThat(r.organization().mean()).isNull();
                assertThat(group(r, big).mean()).isNull();
            } else {
                assertThat(r.organization().people()).isEqualTo(n);
                assertThat(group(r, big).people()).isEqualTo(n);
                assertThat(group(r, big).mean().value()).isEqualTo(3.5);
            }
        }
    }

    @Test
    void a_person_reads_their_own_scores_and_nobody_reads_anyone_elses() {
        fixtures.signIn(hr);
        imports.importFile(file("own.csv", HEADER + rows(bigAgents, 4.4)), "own.csv");
        assertThat(scores.mine()).as("HR has none of their own, and no way to ask for another's")
                .noneMatch(s -> s.measure().equals(measure));
        fixtures.signIn(bigAgents.getFirst());
        assertThat(scores.mine()).filteredOn(s -> s.measure().equals(measure)).singleElement().satisfies(s -> {
            assertThat(s.score()).isEqualTo(4.4);
            assertThat(s.surveyDate()).isEqualTo(date);
        });
        fixtures.signIn(fiveAgents.getFirst());
        assertThat(scores.mine()).noneMatch(s -> s.measure().equals(measure));
    }

    private static Group group(ScoreResults results, long teamId) {
        return results.teams().stream().filter(g -> g.teamId() != null && g.teamId() == teamId).findFirst()
                .orElseThrow();
    }
}
