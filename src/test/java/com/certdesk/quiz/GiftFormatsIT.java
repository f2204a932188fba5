package com.certdesk.quiz;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.certdesk.BrowserTest;
import com.certdesk.Fixtures;
import com.certdesk.catalog.LearningService;
import com.certdesk.catalog.SkillArea;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Questions imported from GIFT in HTML and in Moodle's auto-format are shown rendered in Chromium (production
 * mode): in the quiz, in the review and in the editor's preview; the import preview lists warnings and skipped
 * questions of a file with every construct Moodle's own test files use. Screenshots at 1280 and 390 px wide go
 * to target/screenshots/.
 */
class GiftFormatsIT extends BrowserTest {

    private static final String FILE = """
            ::Channels::[html]Which channel answers <b>fastest</b>?{
            =[html]<i>Chat</i>, usually within a minute#[html]<b>Yes.</b> Chat is the quickest.
            ~E-mail#Hours, often.
            ~A <u>letter</u>#Days.
            ####[html]Offer <b>chat</b> when speed matters.}

            ::Wrote in::The customer wrote:
            "My order never came."
            What do you do first?{=Apologise and check the order#Right. ~Ask for patience#Not first.}

            ::Order field::Which ticket field holds the order number?{=order*#Right =%50%*ref*#Close, that is the reference. =%0%*#Not quite}
            """;

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    GiftTransferService gift;
    @Autowired
    LearningService learning;

    private static void both(Page page, String name) {
        shot(page, name + "-1280");
        page.setViewportSize(390, 844);
        shot(page, name + "-390");
        page.setViewportSize(1280, 900);
    }

    @Test
    void html_and_moodle_format_questions_are_asked_reviewed_and_previewed_rendered() {
        String agent = fixtures.user("pw-gift", null, Roles.AGENT);
        String admin = fixtures.user("pw-gift-admin", null, Roles.ADMIN);
        long moduleId = fixtures.publishedModule("Channels and formats", 1);
        List<Long> ids = SystemAuthentication.callAsSystem(() -> gift.importFile(
                FILE.getBytes(StandardCharsets.UTF_8), QuestionCategory.of(SkillArea.WRITTEN_COMMUNICATION)));
        quizFixtures.quiz(moduleId, ids, s -> s);
        fixtures.signIn(agent);
        learning.markDone(moduleId, fixtures.lessonIds(moduleId).getFirst());
        fixtures.signOut();

        Page page = signedInPage(agent);
        page.navigate(url("modules/" + moduleId));
        page.locator("#start-quiz").click();
        assertThat(page.locator("#question-1 b").first()).hasText("fastest");
        assertThat(page.locator("#question-1 vaadin-radio-button i")).hasText("Chat");
        both(page, "30-gift-html-question");
        option(page, "vaadin-radio-button", "usually within a minute").click();
        page.locator("#next-question").click();
        assertThat(page.locator("#question-2 br").first()).isAttached();
        both(page, "31-gift-moodle-line-breaks");
        option(page, "vaadin-radio-button", "Apologise and check the order").click();
        page.locator("#next-question").click();
        page.locator("#question-3 input").fill("my reference");
        assertThat(page.locator("#answered-count")).hasText("3 of 3 answered");
        page.locator("#submit-attempt").click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#result-score")).containsText("83");
        assertThat(page.locator("#review-1 .review-options i")).hasText("Chat");
        assertThat(page.locator("#review-1 .answer-feedback b")).hasText("Yes.");
        assertThat(page.locator("#review-3")).containsText("Close, that is the reference.");
        both(page, "32-gift-review");
        page.context().close();

        Page editor = signedInPage(admin);
        editor.navigate(url("admin/questions/" + ids.getFirst() + "/edit"));
        assertThat(editor.locator("#question-preview vaadin-radio-button i")).hasText("Chat");
        both(editor, "33-gift-html-question-editor");

        editor.navigate(url("admin/questions"));
        editor.locator("#import-gift").click();
        editor.locator("#gift-upload input[type=file]").setInputFiles(
                Paths.get("src", "test", "resources", "gift", "moodle-constructs.gift"));
        assertThat(editor.locator("#gift-problems")).containsText("Warning");
        assertThat(editor.locator("#gift-import-confirm")).hasText("Import 18 questions");
        both(editor, "34-gift-import-moodle-constructs");
        editor.locator("#gift-problems").scrollIntoViewIfNeeded();
        both(editor, "35-gift-import-warnings");
        editor.context().close();
    }

    @Test
    void a_partly_right_single_choice_answer_earns_its_share_shows_partly_right_and_keeps_its_weights_in_the_editor() {
        String agent = fixtures.user("pw-gift-weights", null, Roles.AGENT);
        String admin = fixtures.user("pw-gift-weights-admin", null, Roles.ADMIN);
        long moduleId = fixtures.publishedModule("Weighted single choice", 1);
        String file = "::Refund::The parcel arrived broken. Which is best?{=Refund at once#Right. "
                + "~%50%Offer a voucher#Half way: a refund is what they asked for. ~%-25%Argue about the courier}\n";
        List<Long> ids = SystemAuthentication.callAsSystem(() -> gift.importFile(
                file.getBytes(StandardCharsets.UTF_8), QuestionCategory.of(SkillArea.WRITTEN_COMMUNICATION)));
        quizFixtures.quiz(moduleId, ids, s -> QuizFixtures.with(s, null, null, null, s.passMark(),
                ReviewOptions.everythingAtOnce()));
        fixtures.signIn(agent);
        learning.markDone(moduleId, fixtures.lessonIds(moduleId).getFirst());
        fixtures.signOut();

        Page page = signedInPage(agent);
        page.navigate(url("modules/" + moduleId));
        page.locator("#start-quiz").click();
        option(page, "vaadin-radio-button", "Offer a voucher").click();
        page.locator("#submit-attempt").click();
        page.locator("vaadin-button[slot=confirm-button]").click();
        assertThat(page.locator("#result-score")).containsText("50");
        assertThat(page.locator("#review-1 li.partial")).containsText("Offer a voucher");
        assertThat(page.locator("#review-1 li.partial")).containsText("Partly right");
        assertThat(page.locator("#review-1 li.right")).containsText("Refund at once");
        both(page, "36-gift-weighted-single-review");
        page.context().close();

        Page editor = signedInPage(admin);
        editor.navigate(url("admin/questions/" + ids.getFirst() + "/edit"));
        assertThat(editor.locator("#choice-weight-1")).containsText("50%");
        assertThat(editor.locator("#choice-weight-2")).containsText("-25%");
        both(editor, "37-gift-weighted-single-editor");
        editor.context().close();
    }
}
