package com.certdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.certification.CertificationFixtures;
import com.certdesk.quiz.QuizFixtures;
import com.certdesk.security.Roles;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The administrator's screens changed for issue 8, at desktop and phone width, in a real browser. */
class AdminScreensIT extends BrowserTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    AuthenticationManager authenticationManager;

    private void lockOut(String username) {
        for (int i = 0; i < 5; i++) {
            try {
                authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "x"));
            } catch (RuntimeException expected) {
                // wrong password, then locked
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void admin_screens_fit_and_say_what_they_do(int width) {
        String w = "-" + width;
        String admin = fixtures.user("screens-admin", null, Roles.ADMIN);
        String locked = fixtures.user("locked-agent", null, Roles.AGENT);
        lockOut(locked);
        List<Long> modules = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            modules.add(fixtures.publishedModule("Required module " + i, 1));
        }
        certs.program("zz six modules", 12, 30, null, modules.toArray(Long[]::new));
        quizFixtures.question(QuizFixtures.singleChoice("Screenshot question"));

        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Page page = newPage(width, 860);
        try {
            screens(page, w, admin, locked);
        } catch (AssertionError | RuntimeException e) {
            shot(page, "admin-FAILED" + w);
            throw e;
        } finally {
            page.context().close();
        }
    }

    private void screens(Page page, String w, String admin, String locked) {
        submitSignIn(page, admin, Fixtures.PASSWORD);
        assertThat(page.locator("#sign-out")).isVisible();

        // the favicon is linked in the head and served
        assertThat(page.locator("head link[rel=icon]").first()).hasAttribute("href", "icons/favicon.svg");
        APIResponse ico = page.request().get(url("favicon.ico"));
        assertThat(ico.status()).isEqualTo(200);
        assertThat(ico.body()).startsWith((byte) 0, (byte) 0, (byte) 1, (byte) 0);

        // Users: the locked badge
        page.navigate(url("admin/users"));
        page.locator("#user-search input").fill(locked);
        page.waitForTimeout(1500); // the search applies after a short pause in typing
        assertThat(page.locator("#users-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Test "
                + locked)).first()).isVisible();
        assertThat(page.locator("#users-grid vaadin-badge", new Page.LocatorOptions().setHasText("Locked")).first())
                .isVisible();
        shot(page, "admin-users-locked" + w);

        // New user: every wrong field at once
        page.locator("#new-user").click();
        page.locator("#user-save").click();
        assertThat(page.locator("#user-error")).containsText("Check the highlighted fields: username, name, email");
        assertThat(page.locator("#user-username[invalid]")).hasCount(1);
        assertThat(page.locator("#user-email[invalid]")).hasCount(1);
        shot(page, "admin-new-user-invalid" + w);

        // ... then created with a generated password, shown once with Copy
        String username = Fixtures.unique("shot").toLowerCase();
        page.locator("#user-username input").fill(username);
        page.locator("#user-name input").fill("Screen Shot");
        page.locator("#user-email input").fill(username + "@example.test");
        page.locator("#user-save").click();
        assertThat(page.locator("#temporary-password")).hasText(java.util.regex.Pattern.compile("\\w{12}"));
        assertThat(page.locator("#copy-temporary-password")).isVisible();
        shot(page, "admin-temporary-password" + w);
        page.getByText("Done").click();

        // CSV import: copy buttons and the CSV download
        String tag = Fixtures.unique("shots").replace("-", "");
        page.locator("#import-users").click();
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("people.csv", "text/csv",
                String.join("\n", "username,name,email,team,roles", tag + "a,Ana One," + tag + "a@example.test,,AGENT",
                        tag + "b,Ben Two," + tag + "b@example.test,,AGENT").getBytes(StandardCharsets.UTF_8)));
        page.locator("#import-confirm").click();
        assertThat(page.locator("#import-passwords-csv")).isVisible();
        shot(page, "admin-import-passwords" + w);
        var download = page.waitForDownload(() -> page.locator("#import-passwords-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("temporary-passwords.csv");
        page.keyboard().press("Escape");

        // Program dialog: every required module visible
        page.navigate(url("admin/programs"));
        // programs are listed by name, so "zz…" is the last row: bring it into the rendered rows first
        assertThat(page.locator("vaadin-grid-cell-content").first()).isVisible();
        page.evaluate("() => { const g = document.querySelector('vaadin-grid'); g.scrollToIndex(g.size - 1); }");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("zz six modules"))
                .first()).isVisible();
        // the Edit button of that program's row: the grid reuses row elements, so the order of buttons in the page
        // is not the order on screen; clicked from script because at phone width the grid scrolls sideways under a
        // real pointer click
        Object clicked = page.evaluate("""
                name => {
                  const content = [...document.querySelectorAll('vaadin-grid-cell-content')]
                      .find(c => c.textContent.includes(name));
                  const row = content && content.assignedSlot && content.assignedSlot.parentElement.parentElement;
                  for (const cell of row ? row.querySelectorAll('td') : []) {
                    const slot = cell.querySelector('slot');
                    const edit = slot && slot.assignedElements().flatMap(e => [...e.querySelectorAll('vaadin-button')])
                        .find(b => b.textContent.includes('Edit'));
                    if (edit) { edit.click(); return true; }
                  }
                  return false;
                }""", "zz six modules");
        org.assertj.core.api.Assertions.assertThat(clicked).as("Edit of the six-module program").isEqualTo(true);
        assertThat(page.locator("#program-modules vaadin-multi-select-combo-box-chip:not([slot=overflow])"))
                .hasCount(6);
        assertThat(page.locator("#program-modules vaadin-multi-select-combo-box-chip[slot=overflow]")).isHidden();
        shot(page, "admin-program-dialog" + w);
        page.keyboard().press("Escape");

        // Question bank: export only what has questions; the editor's heading
        page.navigate(url("admin/questions"));
        page.locator("#export-gift").click();
        assertThat(page.locator("#gift-export-category input")).hasValue(java.util.regex.Pattern.compile("\\(\\d+ questions?\\)"));
        shot(page, "admin-gift-export" + w);
        page.keyboard().press("Escape");
        page.navigate(url("admin/questions/new"));
        assertThat(page.locator("h2")).hasText("New question");
        assertThat(page).hasTitle("New question");
        shot(page, "admin-question-new" + w);
    }
}
