package com.certdesk.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 11's screens with the demo's data in a real browser: a manager plans and registers an evaluation and finds it
 * in the list and on its page (1280 px, and the list's one-column layout at 390 px); the Team dashboard's Training
 * suggestions on a phone, with the Assign dialog, without sideways scrolling; an administrator maps a feedback reason
 * to a skill area (after a refused empty form). Screenshots go to {@code target/screenshots/98-plans-*}.
 */
@TestPropertySource(properties = {"certdesk.demo.enabled=true", "certdesk.impact.replicates=400"})
class ImpactPlansScreensIT extends BrowserTest {

    @Test
    void a_manager_plans_an_evaluation_and_finds_it_in_the_list_and_on_its_page() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String title = "Written support rollout, Billing Support";
        Page page = newPage(1280, 900);
        submitSignIn(page, "manager", "demo");
        assertInApplication(page);
        page.navigate(url("impact"));
        page.locator("#evaluations-link").click();
        assertThat(page).hasURL(Pattern.compile(".*/impact/evaluations$"));
        page.locator("#evaluations-plan").click();
        assertThat(page.locator("#plan-evaluation")).isVisible();

        page.locator("#plan-title input").fill(title);
        page.locator("#plan-program").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions()
                .setHasText("Written Support Essentials")).click();
        page.locator("#plan-teams vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("Billing Support")).click();
        page.locator("#plan-preview-button").click();
        assertThat(page.locator("#plan-preview-counts")).containsText("agents take part");
        assertThat(page.locator("#plan-preview-waves")).containsText("Billing Support");
        assertThat(page.locator("#plan-fixed-warning")).containsText("cannot be changed");
        assertNoSidewaysScrolling(page);
        shot(page, "98-plans-preview-1280");

        page.locator("#plan-register").click();
        assertThat(page).hasURL(Pattern.compile(".*/impact/evaluations/[0-9]+$"));
        String detail = page.url();
        assertThat(page.locator("#evaluation h1")).hasText(title);
        assertThat(page.locator("#evaluation-registered")).containsText("Rolling out.");
        assertThat(page.locator("#evaluation-plan")).containsText("Written Support Essentials");
        assertThat(page.locator("#evaluation-waves")).containsText("Billing Support");
        assertThat(page.locator("#impact-sentence")).containsText("The first result can be expected from");
        shot(page, "98-plans-evaluation-1280");

        page.navigate(url("impact/evaluations"));
        Locator row = page.locator("#evaluations-grid .evaluation-title").filter(new Locator.FilterOptions()
                .setHasText(title));
        assertThat(row).isVisible();
        assertThat(page.locator("#evaluations-grid")).containsText("Rolling out");
        shot(page, "98-plans-list-1280");
        row.click();
        assertThat(page).hasURL(detail);
        page.context().close();

        Page phone = newPage(390, 844);
        submitSignIn(phone, "manager", "demo");
        assertInApplication(phone);
        phone.navigate(url("impact/evaluations"));
        assertThat(phone.locator("#evaluations-grid .evaluation-compact").filter(new Locator.FilterOptions()
                .setHasText(title))).containsText("Rolling out");
        assertNoSidewaysScrolling(phone);
        shot(phone, "98-plans-list-390");
        phone.context().close();
    }

    @Test
    void the_team_dashboards_training_suggestions_fit_a_phone() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = newPage(390, 844);
        submitSignIn(page, "manager", "demo");
        assertInApplication(page);
        page.navigate(url("dashboard"));
        // the demo's last full quarter has suggestions (TrainingSuggestionsDemoTest); the current month may have none
        page.locator("#period-kind").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Quarter")).click();
        assertThat(page.locator("#period-label")).containsText("Q");
        String current = page.locator("#period-label").innerText();
        page.locator("#period-previous").click();
        // the dashboard redraws for the new period: wait for it before touching the section
        assertThat(page.locator("#period-label")).not().hasText(current);
        Locator section = page.locator("#training-suggestions");
        assertThat(section.locator(".suggestion-card").first()).isVisible();
        section.locator("h3").scrollIntoViewIfNeeded();
        assertThat(section.locator("h3")).hasText("Training suggestions");
        assertThat(page.locator("#suggestions-note")).containsText("not a verdict");
        assertNoSidewaysScrolling(page);
        shot(page, "98-plans-suggestions-390");

        Locator assign = section.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Assign"))
                .first();
        assign.scrollIntoViewIfNeeded();
        assign.click();
        assertThat(page.locator("#new-due-date")).isVisible();
        assertThat(page.locator("#save-due-date")).hasText("Assign");
        // the shot once the dialog has faded in, not half transparent over the page
        page.waitForFunction("() => !document.querySelector('#due-date-dialog').hasAttribute('opening')");
        assertNoSidewaysScrolling(page);
        shot(page, "98-plans-assign-dialog-390");
        page.locator("vaadin-button").filter(new Locator.FilterOptions().setHasText("Cancel")).click();
        assertThat(page.locator("#new-due-date")).isHidden();
        page.context().close();
    }

    @Test
    void an_administrator_maps_a_feedback_reason_to_a_skill_area() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        String reason = "Kept on hold too long";
        Page page = newPage(1280, 900);
        submitSignIn(page, "admin", "demo");
        assertInApplication(page);
        page.navigate(url("admin/feedback/skill-areas"));
        assertThat(page.locator("#mappings-grid")).containsText("Had to repeat myself");

        page.locator("#add-mapping").click();
        // the refusal shows on the field it is about: no skill area chosen
        assertThat(page.locator("#mapping-area[invalid]")).isVisible();
        assertThat(page.locator("#mapping-area")).containsText("Choose the skill area it points at.");
        shot(page, "98-plans-skill-areas-error-1280");

        page.locator("#mapping-reason input").fill(reason);
        page.locator("#mapping-area").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Empathy")).click();
        page.locator("#add-mapping").click();
        assertThat(page.locator("#mapping-area[invalid]")).hasCount(0);
        assertThat(page.locator("#mappings-grid")).containsText(reason);
        assertThat(page.locator("#mapping-reason input")).hasValue("");
        shot(page, "98-plans-skill-areas-1280");
        page.context().close();
    }

}
