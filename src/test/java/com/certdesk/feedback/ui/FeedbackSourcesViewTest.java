package com.certdesk.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.feedback.AgentAliases;
import com.certdesk.feedback.BatchStatus;
import com.certdesk.feedback.BatchSummary;
import com.certdesk.feedback.ImportProgress;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportCheck;
import com.certdesk.people.UserSummary;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The administrator's Feedback sources page driven as a user would: upload, check in the background, preview,
 * import, skip unknown agents, map an agent id, delete a batch. Every file uses its own source system name, so the
 * tests sharing this context never see each other's ratings.
 */
class FeedbackSourcesViewTest extends UiTest {

    static final String HEADER = "source_system,source_record_id,metric,scale_min,scale_max,source_score_raw,score,"
            + "responded_at,ticket_id,agent_id,agent_email,team_id,channel,survey_id,question_id,comment,reason,language";

    @Autowired
    FeedbackImports imports;
    @Autowired
    AgentAliases aliases;

    /** A canonical row: a rating of {@code agent} in {@code source}. */
    static String row(String source, String id, String metric, int min, int max, String score, String agent) {
        return String.join(",", source, id, metric, String.valueOf(min), String.valueOf(max), score, score,
                "2025-03-04T10:15:00Z", "T" + id, agent, "", "g-1", "email", "s-1", "q1", "\"Fine, thanks\"", "", "en");
    }

    static byte[] csv(String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** An agent with this external helpdesk id; returns their user id. */
    long agentWithExternalId(String externalId) {
        String username = Fixtures.unique("fbagent").toLowerCase(Locale.ROOT);
        SystemAuthentication.runAsSystem(() -> users().create(new com.certdesk.people.UserDraft(username,
                "Agent " + externalId, username + "@example.test", java.util.Set.of(Roles.AGENT), null, null,
                externalId, true), Fixtures.PASSWORD));
        return fixtures.userId(username);
    }

    @Autowired
    com.certdesk.people.UserAdminService userAdmin;

    com.certdesk.people.UserAdminService users() {
        return userAdmin;
    }

    static String source() {
        return Fixtures.unique("uisrc").toLowerCase(Locale.ROOT);
    }

    void signInAdmin() {
        signIn(fixtures.user("fb-admin", null, Roles.ADMIN));
    }

    void upload(String name, byte[] content) {
        test(find(Upload.class).withId("feedback-upload").single()).upload(name, "text/csv", content);
        roundTrip();
    }

    /** Clicks and waits for the background work it started to finish (the progress bar hides again). */
    void clickAndWait(String buttonId) {
        test(find(Button.class).withId(buttonId).single()).click();
        awaitIdle();
    }

    void awaitIdle() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        do {
            roundTrip();
            var progress = find(BackgroundRun.class).all();
            if (progress.stream().noneMatch(Component::isVisible)) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("the background work did not finish within 30 s");
    }

    String countOf(String id) {
        return text(find(Component.class).withId("count-" + id).single());
    }

    /**
     * The batch this test stored last: the highest id, not the first of the list, which is ordered by creation time,
     * and other tests in the shared context store batches with the test clock moved months ahead.
     */
    BatchSummary lastBatch() {
        return SystemAuthentication.callAsSystem(() -> {
            BatchSummary newest = null;
            for (int page = 0;; page++) {
                var batches = imports.batches(PageRequest.of(page, 200)).getContent();
                for (BatchSummary b : batches) {
                    if (newest == null || b.id() > newest.id()) {
                        newest = b;
                    }
                }
                if (batches.size() < 200) {
                    return java.util.Objects.requireNonNull(newest, "no feedback batch stored");
                }
            }
        });
    }

    @Test
    void admin_checks_a_file_and_sees_counts_and_every_problem_with_its_line_before_anything_is_stored() {
        String src = source();
        agentWithExternalId(src + "-a1");
        signInAdmin();
        open("admin/feedback");
        upload(src + ".csv", csv(
                row(src, "1", "CSAT", 1, 5, "5", src + "-a1"),
                row(src, "2", "NPS", 0, 10, "9", src + "-a1"),
                row(src, "3", "CSAT", 1, 5, "9", src + "-a1"),
                row(src, "4", "ENPS", 0, 10, "9", src + "-a1"),
                row(src, "5", "CES", 1, 7, "6", src + "-a1")));

        clickAndWait("feedback-check");

        assertThat(countOf("rows-read")).contains("5");
        Component problems = find(Component.class).withId("preview-problems").single();
        assertThat(text(problems)).contains("2 problems");
        @SuppressWarnings("unchecked")
        Grid<ImportCheck.LineProblem> grid = find(Grid.class).withId("problems-grid").single();
        List<ImportCheck.LineProblem> listed = java.util.stream.IntStream.range(0, test(grid).size())
                .mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(listed).extracting(ImportCheck.LineProblem::line).containsExactly(4L, 5L);
        assertThat(listed.get(0).reason()).contains("outside");
        assertThat(listed.get(1).reason()).contains("engagement");

        Button importButton = find(Button.class).withId("feedback-import").single();
        assertThat(importButton.isEnabled()).isFalse();
        assertThat(text(find(Component.class).withId("import-why-not").single()))
                .containsIgnoringCase("nothing is imported while any row is bad; fix the file and upload it again");
        assertThat(lastBatch().status()).isEqualTo(BatchStatus.CHECKED);
        assertThat(lastBatch().stored()).isZero();
    }

    @Test
    void a_good_file_imports_and_the_same_file_again_is_all_duplicates_and_adds_nothing() {
        String src = source();
        agentWithExternalId(src + "-a1");
        byte[] file = csv(row(src, "1", "CSAT", 1, 5, "5", src + "-a1"),
                row(src, "2", "CSAT_BINARY", 0, 1, "1", src + "-a1"),
                row(src, "3", "NPS", 0, 10, "3", src + "-a1"));
        signInAdmin();
        open("admin/feedback");
        upload(src + ".csv", file);
        clickAndWait("feedback-check");
        assertThat(countOf("new-ratings")).contains("3");
        assertThat(countOf("metric-nps")).contains("1");
        assertThat(find(Component.class).withId("preview-problems").all()).isEmpty();

        clickAndWait("feedback-import");

        assertThat(text(find(Component.class).withId("import-result").single())).contains("Imported 3 new ratings");
        BatchSummary first = lastBatch();
        assertThat(first.status()).isEqualTo(BatchStatus.IMPORTED);
        assertThat(first.imported()).isEqualTo(3);

        upload(src + ".csv", file);
        clickAndWait("feedback-check");
        assertThat(countOf("duplicates")).contains("3");
        assertThat(countOf("new-ratings")).contains("0");
        clickAndWait("feedback-import");

        BatchSummary second = lastBatch();
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.imported()).isZero();
        assertThat(second.duplicates()).isEqualTo(3);
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(first.id())).stored()).isEqualTo(3);
    }

    @Test
    void unknown_agents_are_listed_with_counts_and_skipping_them_imports_the_rest_and_records_the_choice() {
        String src = source();
        agentWithExternalId(src + "-known");
        signInAdmin();
        open("admin/feedback");
        upload(src + ".csv", csv(row(src, "1", "CSAT", 1, 5, "5", src + "-known"),
                row(src, "2", "CSAT", 1, 5, "4", src + "-ghost"),
                row(src, "3", "CSAT", 1, 5, "2", src + "-ghost"),
                row(src, "4", "NPS", 0, 10, "10", src + "-phantom")));
        clickAndWait("feedback-check");

        @SuppressWarnings("unchecked")
        Grid<ImportCheck.UnknownAgent> unknown = find(Grid.class).withId("unknown-agents-grid").single();
        assertThat(test(unknown).size()).isEqualTo(2);
        var rows = java.util.stream.IntStream.range(0, 2).mapToObj(i -> test(unknown).getRow(i)).toList();
        assertThat(rows).extracting(ImportCheck.UnknownAgent::agent, ImportCheck.UnknownAgent::ratings)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(src + "-ghost", 2L),
                        org.assertj.core.groups.Tuple.tuple(src + "-phantom", 1L));
        Button importButton = find(Button.class).withId("feedback-import").single();
        assertThat(importButton.isEnabled()).isFalse();
        Checkbox skip = find(Checkbox.class).withId("skip-unknown").single();
        assertThat(skip.getLabel()).isEqualTo("Import the rest and skip the 3 ratings of the 2 unknown agents");

        test(skip).click();
        assertThat(importButton.isEnabled()).isTrue();
        clickAndWait("feedback-import");

        BatchSummary batch = lastBatch();
        assertThat(batch.status()).isEqualTo(BatchStatus.IMPORTED);
        assertThat(batch.imported()).isEqualTo(1);
        assertThat(batch.skipUnknownAgents()).isTrue();
        assertThat(batch.unknownAgentRatings()).isEqualTo(3);
        assertThat(text(find(Component.class).withId("import-result").single())).contains("3 of unknown agents");
    }

    @Test
    void mapping_an_unknown_agent_id_to_a_user_checks_again_and_the_agent_is_known_and_listed_under_agent_ids() {
        String src = source();
        long userId = agentWithExternalId(src + "-other-id");
        UserSummary user = SystemAuthentication.callAsSystem(() -> userAdmin.get(userId));
        signInAdmin();
        open("admin/feedback");
        upload(src + ".csv", csv(row(src, "1", "CSAT", 1, 5, "5", "fd-agent-1"),
                row(src, "2", "CSAT", 1, 5, "4", "fd-agent-1")));
        clickAndWait("feedback-check");
        long firstBatch = lastBatch().id();
        assertThat(countOf("unknown-ratings")).contains("2");

        @SuppressWarnings("unchecked")
        Grid<ImportCheck.UnknownAgent> unknown = find(Grid.class).withId("unknown-agents-grid").single();
        test((Button) test(unknown).getCellComponent(0, "map")).click();
        @SuppressWarnings("unchecked")
        ComboBox<UserSummary> users = find(ComboBox.class).withId("map-agent-user").single();
        test(users).setFilter(user.username());
        test(users).selectItem(user.displayName() + " (" + user.username() + ")");
        clickAndWait("map-agent-save");

        assertThat(find(Component.class).withId("preview-unknown-agents").all()).isEmpty();
        assertThat(countOf("new-ratings")).contains("2");
        assertThat(find(Button.class).withId("feedback-import").single().isEnabled()).isTrue();
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(firstBatch)).status())
                .isEqualTo(BatchStatus.DISCARDED);

        find(TabSheet.class).single().setSelectedIndex(2);
        roundTrip();
        @SuppressWarnings("unchecked")
        Grid<com.certdesk.feedback.AgentAlias> aliasGrid = find(Grid.class).withId("aliases-grid").single();
        var mapped = java.util.stream.IntStream.range(0, test(aliasGrid).size()).mapToObj(i -> test(aliasGrid)
                .getRow(i)).filter(a -> a.sourceSystem().equals(src)).toList();
        assertThat(mapped).singleElement().satisfies(a -> {
            assertThat(a.externalAgent()).isEqualTo("fd-agent-1");
            assertThat(a.userId()).isEqualTo(userId);
        });
    }

    @Test
    void deleting_an_imported_batch_after_confirming_removes_exactly_its_ratings() {
        String src = source();
        agentWithExternalId(src + "-a1");
        signInAdmin();
        open("admin/feedback");
        upload(src + "-one.csv", csv(row(src, "1", "CSAT", 1, 5, "5", src + "-a1"),
                row(src, "2", "CSAT", 1, 5, "4", src + "-a1")));
        clickAndWait("feedback-check");
        clickAndWait("feedback-import");
        long keep = lastBatch().id();
        upload(src + "-two.csv", csv(row(src, "3", "NPS", 0, 10, "5", src + "-a1")));
        clickAndWait("feedback-check");
        clickAndWait("feedback-import");
        long remove = lastBatch().id();

        find(TabSheet.class).single().setSelectedIndex(1);
        roundTrip();
        @SuppressWarnings("unchecked")
        Grid<BatchSummary> batches = find(Grid.class).withId("batches-grid").single();
        int rowOfRemove = java.util.stream.IntStream.range(0, Math.min(50, test(batches).size()))
                .filter(i -> test(batches).getRow(i).id() == remove).findFirst().orElseThrow();
        test((Button) test(batches).getCellComponent(rowOfRemove, "actions")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).withId("confirm-delete-batch").single();
        assertThat(test(confirm).getText())
                .contains("removes exactly the 1 rating this batch added", "ratings from other batches stay");
        test(confirm).confirm();
        awaitIdle(); // the deletion runs in the background, as a large one takes minutes

        BatchSummary removed = SystemAuthentication.callAsSystem(() -> imports.batch(remove));
        assertThat(removed.status()).isEqualTo(com.certdesk.feedback.BatchStatus.DELETED);
        assertThat(removed.stored()).isZero();
        assertThat(SystemAuthentication.callAsSystem(() -> imports.batch(keep)).stored()).isEqualTo(2);
        // still listed, as deleted, with who deleted it and without a delete button
        int row = java.util.stream.IntStream.range(0, Math.min(50, test(batches).size()))
                .filter(i -> test(batches).getRow(i).id() == remove).findFirst().orElseThrow();
        assertThat(text(test(batches).getCellComponent(row, "status"))).startsWith("Deleted").contains("by fb-admin");
        assertThat(test(batches).getCellComponent(row, "actions").getChildren()).isEmpty();
    }

    @Test
    void people_other_than_administrators_cannot_open_the_page_or_use_the_services() {
        for (String role : List.of(Roles.AGENT, Roles.MANAGER, Roles.HR)) {
            signIn(fixtures.user("fb-" + role.toLowerCase(Locale.ROOT), null, role));
            assertThat(open("admin/feedback")).isInstanceOf(AccessDeniedView.class);
            assertThatThrownBy(() -> imports.batches(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> aliases.aliases(PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.deleteBatch(1)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.deleteBatch(1, ImportProgress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
