package com.certdesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the real-browser tests ({@code *IT}): the application on a random port in production mode (failsafe
 * leaves the Vaadin development jars off the classpath), one headless Debian Chromium per test class
 * ({@code CHROMIUM_PATH} to use another), and the steps every journey needs. Screenshots go to
 * {@code target/screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.springframework.test.context.TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public abstract class BrowserTest {

    protected static final Path SHOTS = Paths.get("target", "screenshots");
    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() {
        // assertions wait as long as page actions do: a cold first page on a loaded machine takes over 5 s
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        playwright = Playwright.create();
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable)).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** A page in a fresh browser context (its own cookies, so its own session) of this viewport size. */
    protected static Page newPage(int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setAcceptDownloads(true)).newPage();
        page.setDefaultTimeout(20_000);
        return page;
    }

    /** Fills in the sign-in form and submits it, without waiting for the result. */
    protected void submitSignIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /** A new 1280 x 900 page signed in as this fixture user, showing the application's menu. */
    protected Page signedInPage(String username) {
        Page page = newPage(1280, 900);
        submitSignIn(page, username, Fixtures.PASSWORD);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        return page;
    }

    /**
     * Waits until the sign-in has led into the application's layout. On a phone the menu sits in a closed drawer,
     * which Vaadin hides (visibility: hidden) once it has laid out as an overlay: wait for the layout, not the menu.
     */
    protected static void assertInApplication(Page page) {
        assertThat(page.locator("vaadin-app-layout")).isVisible();
    }

    /** Clicks a download link and returns the downloaded file, once it is complete. */
    protected static java.nio.file.Path download(Page page, String link) {
        com.microsoft.playwright.Download download = page.waitForDownload(() -> page.locator(link).click());
        org.assertj.core.api.Assertions.assertThat(download.failure()).as("the download of %s", link).isNull();
        return download.path();
    }

    /** The page is no wider than the window: nothing scrolls sideways. */
    protected static void assertNoSidewaysScrolling(Page page) {
        java.util.List<?> widths = (java.util.List<?>) page.evaluate(
                "() => [document.documentElement.scrollWidth, window.innerWidth]");
        org.assertj.core.api.Assertions.assertThat(((Number) widths.get(0)).intValue())
                .as("the page's scroll width at a window %s px wide", widths.get(1))
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue() + 1);
    }

    protected static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Each header cell of the grid starts and ends where the cells of its first row do (a column width in em is
     * resolved against each cell's font, and a header's is smaller: such headers drift off their columns).
     */
    protected static void assertHeadersAlignWithCells(Page page, String grid) {
        @SuppressWarnings("unchecked")
        var boxes = (java.util.List<java.util.List<Object>>) page.evaluate("""
                grid => {
                  const root = document.querySelector(grid).shadowRoot;
                  const box = c => { const r = c.getBoundingClientRect(); return [Math.round(r.x), Math.round(r.width)]; };
                  const visible = c => !c.hidden && c.getBoundingClientRect().width > 0;
                  const heads = [...root.querySelectorAll('thead tr:last-child th')].filter(visible).map(box);
                  const cells = [...root.querySelectorAll('tbody tr:first-child td')].filter(visible).map(box);
                  return [heads, cells];
                }""", grid);
        org.assertj.core.api.Assertions.assertThat(boxes.get(1)).as("the first row's cells of %s", grid).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(boxes.get(0)).as("the header cells of %s, as [x, width]", grid)
                .isEqualTo(boxes.get(1));
    }

    /** The elements with this tag whose text contains this text, e.g. a radio button by its label. */
    protected static Locator option(Page page, String tag, String text) {
        return page.locator(tag).filter(new Locator.FilterOptions().setHasText(text));
    }
}
