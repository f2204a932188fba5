package com.certdesk.feedback.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.feedback.FeedbackFormat;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.ImportProgress;
import com.certdesk.feedback.Metric;
import com.certdesk.feedback.TestRatings;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The Feedback sources page in a real browser at desktop and phone width: every state, as screenshots. */
class FeedbackSourcesScreensIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    UserAdminService users;
    @Autowired
    FeedbackImports imports;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void agent(String externalId) {
        String username = Fixtures.unique("shotagent").toLowerCase(Locale.ROOT);
        SystemAuthentication.runAsSystem(() -> users.create(new UserDraft(username, "Ana Agent " + externalId,
                username + "@example.test", Set.of(Roles.AGENT), null, null, externalId, true), Fixtures.PASSWORD));
    }

    /** A checked (not imported) batch of one rating, through the service. */
    private long checkedBatch(String recordId, String agentId) {
        return SystemAuthentication.callAsSystem(() -> imports.check(FeedbackFormat.CANONICAL_CSV, recordId + ".csv",
                TestRatings.readerOf(java.util.List.of(TestRatings.rating(recordId, Metric.CSAT, 1, 5, 4, agentId))),
                ImportProgress.NONE)).batchId();
    }

    private static FilePayload csv(String name, String... rows) {
        return new FilePayload(name, "text/csv", FeedbackSourcesViewTest.csv(rows));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void every_state_of_the_feedback_sources_page(int width) throws java.sql.SQLException {
        String w = "-" + width;
        String src = Fixtures.unique("shotsrc").toLowerCase(Locale.ROOT);
        agent(src + "-a1");
        String admin = fixtures.user("fb-shots", null, Roles.ADMIN);
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = newPage(width, width < 600 ? 1500 : 1100);
        try {
            submitSignIn(page, admin, Fixtures.PASSWORD);
            assertThat(page.locator("#sign-out")).isVisible();
            page.navigate(url("admin/feedback"));
            assertThat(page.locator("#feedback-upload")).isVisible();
            shot(page, "feedback-empty" + w);

            // problems
            page.locator("#feedback-upload input[type=file]").setInputFiles(csv("ratings-march.csv",
                    FeedbackSourcesViewTest.row(src, "1", "CSAT", 1, 5, "5", src + "-a1"),
                    FeedbackSourcesViewTest.row(src, "2", "CSAT", 1, 5, "7", src + "-a1"),
                    FeedbackSourcesViewTest.row(src, "3", "ENPS", 0, 10, "9", src + "-a1")));
            page.locator("#feedback-check:not([disabled])").click();
            assertThat(page.locator("#preview-problems")).isVisible();
            shot(page, "feedback-preview-problems" + w);

            // OK, with unknown agents
            page.locator("#feedback-upload input[type=file]").setInputFiles(csv("ratings-april.csv",
                    FeedbackSourcesViewTest.row(src, "11", "CSAT", 1, 5, "5", src + "-a1"),
                    FeedbackSourcesViewTest.row(src, "12", "NPS", 0, 10, "9", src + "-a1"),
                    FeedbackSourcesViewTest.row(src, "13", "CES", 1, 7, "6", src + "-a1"),
                    FeedbackSourcesViewTest.row(src, "14", "CSAT", 1, 5, "2", "fd-agent-1"),
                    FeedbackSourcesViewTest.row(src, "15", "CSAT", 1, 5, "4", "fd-agent-1")));
            page.locator("#feedback-check:not([disabled])").click();
            assertThat(page.locator("#preview-unknown-agents")).isVisible();
            shot(page, "feedback-preview-unknown-agents" + w);
            page.locator("#skip-unknown input").check();
            assertThat(page.locator("#feedback-import:not([disabled])")).isVisible();
            page.locator("#feedback-import").click();
            assertThat(page.locator("#import-result")).isVisible();
            shot(page, "feedback-imported" + w);

            // a clean file
            page.locator("#feedback-upload input[type=file]").setInputFiles(csv("ratings-may.csv",
                    FeedbackSourcesViewTest.row(src, "21", "CSAT", 1, 5, "5", src + "-a1"),
                    FeedbackSourcesViewTest.row(src, "22", "CSAT_BINARY", 0, 1, "1", src + "-a1")));
            page.locator("#feedback-check:not([disabled])").click();
            assertThat(page.locator("#feedback-import:not([disabled])")).isVisible();
            shot(page, "feedback-preview-ok" + w);
            page.locator("#feedback-import").click();
            assertThat(page.locator("#import-result")).isVisible();

            // batches and the delete dialog
            page.locator("#tab-batches").click();
            assertThat(page.locator("#batches-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("ratings-may.csv")).first()).isVisible();
            shot(page, "feedback-batches" + w);
            assertHeadersAlignWithCells(page, "#batches-grid");
            page.evaluate("() => { const b = [...document.querySelectorAll('#batches-grid vaadin-button')]"
                    + ".find(b => b.textContent.includes('Delete')); b.click(); }");
            assertThat(page.getByText("Delete this batch?")).isVisible();
            shot(page, "feedback-delete-dialog" + w);
            // held at the figures' lock for a moment, as a batch of a million ratings is for minutes
            try (java.sql.Connection hold = java.util.Objects.requireNonNull(jdbc.getDataSource()).getConnection()) {
                hold.setAutoCommit(false);
                hold.createStatement().execute("select id from feedback_lock where id = 1 for update");
                page.locator("vaadin-button[slot='confirm-button']").click();
                assertThat(page.locator("#batch-deletion #feedback-progress-stage"))
                        .hasText(java.util.regex.Pattern.compile("Deleting batch \\d+ \\(ratings-may\\.csv\\): "
                                + "Taking 2 ratings out of the figures"));
                assertThat(page.locator("#batches-grid vaadin-button.batch-delete").first()).isDisabled();
                shot(page, "feedback-batch-deleting" + w);
                hold.rollback();
            }
            // the batch stays listed as deleted, saying by whom
            assertThat(page.locator("#batches-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("by " + admin)).first()).isVisible();
            shot(page, "feedback-batches-deleted" + w);

            // an import under way, and one whose server stopped mid-import (ADR 008)
            long running = checkedBatch(src + "-run", src + "-a1");
            long interrupted = checkedBatch(src + "-int", src + "-a1");
            jdbc.update("update feedback_batch set status = 'IMPORTING', heartbeat_at = ? where id = ?",
                    java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusHours(1), running);
            jdbc.update("update feedback_batch set status = 'DISCARDED', note = ? where id = ?",
                    "The import was interrupted (its server stopped); nothing was kept. Upload the file again.", interrupted);
            page.reload();
            page.locator("#tab-batches").click();
            assertThat(page.locator("#batches-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("stored so far")).first()).isVisible();
            assertThat(page.locator("#batches-grid vaadin-grid-cell-content", new Page.LocatorOptions()
                    .setHasText("interrupted")).first()).isVisible();
            shot(page, "feedback-batches-importing" + w);

            page.locator("#tab-agent-ids").click();
            assertThat(page.locator("#aliases-grid")).isVisible();
            shot(page, "feedback-agent-ids" + w);

            // a mapping editor: SurveyMonkey's answer texts and its required time zone
            page.locator("#tab-import").click();
            page.locator("#feedback-format").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("SurveyMonkey")).first().click();
            assertThat(page.locator("#format-help")).containsText("SurveyMonkey");
            page.waitForTimeout(500); // the upload is replaced for the new format
            page.locator("#feedback-upload input[type=file]").setInputFiles(new FilePayload(
                    "surveymonkey_export_2header.csv", "text/csv",
                    FeedbackMappingEditorsTest.sample("surveymonkey_export_2header.csv")));
            assertThat(page.locator("#mapping-editor")).isVisible();
            shot(page, "feedback-mapping-surveymonkey" + w);
            page.locator("#feedback-format").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Freshdesk")).first().click();
            assertThat(page.locator("#format-help")).containsText("Freshdesk");
            page.waitForTimeout(500);
            page.locator("#feedback-upload input[type=file]").setInputFiles(new FilePayload(
                    "freshdesk_satisfaction_ratings.json", "application/json",
                    FeedbackMappingEditorsTest.sample("freshdesk_satisfaction_ratings.json")));
            assertThat(page.locator("#mapping-editor")).isVisible();
            shot(page, "feedback-mapping-freshdesk" + w);

            // Qualtrics: the sample names no agent, so the ticket column finds it; unrated tickets are unknown agents
            page.locator("#feedback-format").click();
            page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText("Qualtrics")).first().click();
            assertThat(page.locator("#format-help")).containsText("Qualtrics");
            page.waitForTimeout(500);
            page.locator("#feedback-upload input[type=file]").setInputFiles(new FilePayload(
                    "qualtrics_export_3header.csv", "text/csv",
                    FeedbackMappingEditorsTest.sample("qualtrics_export_3header.csv")));
            assertThat(page.locator("#mapping-editor")).isVisible();
            assertThat(page.locator("#mapping-editor")).containsText("same ticket");
            shot(page, "feedback-mapping-qualtrics" + w);
            page.locator("#feedback-check:not([disabled])").click();
            assertThat(page.locator("#preview-unknown-agents")).isVisible();
            assertThat(page.locator("#preview-unknown-agents")).containsText("ticket 120");
            page.locator("#preview-unknown-agents").scrollIntoViewIfNeeded();
            shot(page, "feedback-preview-qualtrics" + w);
        } catch (AssertionError | RuntimeException e) {
            shot(page, "feedback-FAILED" + w);
            throw e;
        } finally {
            page.context().close();
        }
    }
}
