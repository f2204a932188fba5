package com.certdesk.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The Training impact page with the demo's data in a real browser, at a laptop's 1280 px and a phone's 390 px: the
 * sentence with its interval and sample sizes, the month-by-month chart drawn by Chart.js, the table, and the CSV.
 * Screenshots go to {@code target/screenshots/97-impact-*}.
 */
@TestPropertySource(properties = {"certdesk.demo.enabled=true", "certdesk.impact.replicates=400"})
class TrainingImpactScreensIT extends BrowserTest {

    @Test
    void hr_reads_the_demo_effect_of_de_escalation_training_on_a_laptop_and_a_phone() throws Exception {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        for (int width : new int[] {1280, 390}) {
            Page page = newPage(width, width < 500 ? 844 : 900);
            submitSignIn(page, "hr", "demo");
            assertInApplication(page);
            page.navigate(url("impact"));
            assertThat(page.locator("#impact-program")).containsText("De-escalation Specialist");
            assertThat(page.locator("#impact-sentence")).containsText("CSAT of certified agents rose");
            assertThat(page.locator("#impact-sentence")).containsText("95% interval");
            assertThat(page.locator("#impact-sentence")).containsText("not-yet-certified agents");
            page.waitForFunction("() => window.Chart && document.querySelector('#impact-chart canvas')"
                    + " && window.Chart.getChart(document.querySelector('#impact-chart canvas'))");
            shot(page, "97-impact-" + width);
            page.waitForFunction("() => window.Chart.getChart(document.querySelector('#impact-groups-chart canvas'))");
            page.locator("#impact-groups-chart").scrollIntoViewIfNeeded();
            shot(page, "97-impact-groups-" + width);
            page.locator("#impact-table").scrollIntoViewIfNeeded();
            assertThat(page.locator("#impact-table")).containsText("0 (reference)");
            shot(page, "97-impact-table-" + width);
            if (width > 500) {
                page.locator("#impact-within-channel").click();
                assertThat(page.locator("#impact-sentence")).containsText("compared within each channel");
                page.mouse().move(0, 0);
                shot(page, "97-impact-within-channel-" + width);
                Download download = page.waitForDownload(() -> page.locator("#impact-download").click());
                String csv = Files.readString(download.path());
                org.assertj.core.api.Assertions.assertThat(csv).startsWith("training,measure,")
                        .contains("De-escalation Specialist,CSAT,whole organization,overall,");
            }
            page.context().close();
        }
    }
}
