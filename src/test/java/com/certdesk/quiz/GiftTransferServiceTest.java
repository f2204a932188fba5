package com.certdesk.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.base.ValidationException;
import com.certdesk.catalog.ModuleDirectory;
import com.certdesk.catalog.SkillArea;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@ServiceTest
class GiftTransferServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    QuizFixtures quizFixtures;
    @Autowired
    GiftTransferService gift;
    @Autowired
    QuestionBankService bank;
    @Autowired
    ModuleDirectory modules;
    @Autowired
    QuizTakingService taking;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private long countIn(QuestionCategory category) {
        return bank.find(new QuestionFilter(category, null, ""), PageRequest.of(0, 1)).getTotalElements();
    }

    @Test
    void categories_are_matched_to_modules_and_skill_areas_by_name_and_the_rest_go_to_the_fallback() {
        long moduleId = fixtures.publishedModule("Gift target", 1);
        String title = SystemAuthentication.callAsSystem(() -> modules.find(moduleId).orElseThrow().title());
        String file = "$CATEGORY: $course$/top/" + title + "\n\n::A::Is a warm greeting useful?{T}\n\n"
                + "$CATEGORY: Empathy\n\n::B::Name a feeling word.{=frustrated =annoyed}\n\n"
                + "$CATEGORY: Nowhere known\n\n::C::Silence is golden.{F}\n";

        SystemAuthentication.runAsSystem(() -> {
            var preview = gift.preview(bytes(file), QuestionCategory.of(SkillArea.PHONE_ETIQUETTE));
            assertThat(preview.importable()).isTrue();
            assertThat(preview.rows()).extracting(GiftTransferService.PreviewRow::categoryLabel)
                    .containsExactly("Module · " + title, "Skill area · Empathy", "Skill area · Phone etiquette");
            assertThat(preview.notes()).singleElement().asString().contains("Nowhere known");

            long phoneBefore = countIn(QuestionCategory.of(SkillArea.PHONE_ETIQUETTE));
            List<Long> ids = gift.importFile(bytes(file), QuestionCategory.of(SkillArea.PHONE_ETIQUETTE));
            assertThat(ids).hasSize(3);
            assertThat(bank.question(ids.get(0)).category()).isEqualTo(QuestionCategory.ofModule(moduleId));
            assertThat(bank.question(ids.get(1)).category()).isEqualTo(QuestionCategory.of(SkillArea.EMPATHY));
            assertThat(countIn(QuestionCategory.of(SkillArea.PHONE_ETIQUETTE))).isEqualTo(phoneBefore + 1);
        });
    }

    @Test
    void a_file_with_one_bad_question_imports_nothing() {
        String file = "::Good::Fine question?{T}\n\n::Bad::Choose{~%45%a ~%55%b ~c}\n"; // weights Moodle refuses
        SystemAuthentication.runAsSystem(() -> {
            long before = countIn(QuestionCategory.of(SkillArea.DE_ESCALATION));
            var preview = gift.preview(bytes(file), QuestionCategory.of(SkillArea.DE_ESCALATION));
            assertThat(preview.importable()).isFalse();
            assertThat(preview.problems()).anySatisfy(p -> {
                assertThat(p.severity()).isEqualTo(GiftProblem.Severity.ERROR);
                assertThat(p.line()).isEqualTo(3);
            });

            assertThatThrownBy(() -> gift.importFile(bytes(file), QuestionCategory.of(SkillArea.DE_ESCALATION)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("Line 3");
            assertThat(countIn(QuestionCategory.of(SkillArea.DE_ESCALATION))).isEqualTo(before);
        });
    }

    @Test
    void unsupported_questions_are_reported_and_skipped_while_the_rest_import() {
        String file = "::Essay::Describe your best call.{}\n\n::Num::How many rings?{#3}\n\n::Ok::Be kind.{T}\n";
        SystemAuthentication.runAsSystem(() -> {
            var preview = gift.preview(bytes(file), QuestionCategory.of(SkillArea.EMPATHY));
            assertThat(preview.importable()).isTrue();
            assertThat(preview.rows()).hasSize(1);
            assertThat(preview.problems()).hasSize(2).allSatisfy(p ->
                    assertThat(p.severity()).isEqualTo(GiftProblem.Severity.SKIPPED));
            assertThat(preview.problems()).extracting(GiftProblem::title).containsExactly("Essay", "Num");
        });
    }

    @Test
    void an_exported_quiz_imports_back_to_the_same_questions() {
        long moduleId = fixtures.publishedModule("Round trip", 1);
        List<Long> ids = quizFixtures.oneOfEach();
        quizFixtures.quiz(moduleId, ids, s -> s);
        SystemAuthentication.runAsSystem(() -> {
            String exported = gift.exportQuiz(moduleId);
            List<Long> imported = gift.importFile(bytes(exported), QuestionCategory.of(SkillArea.EMPATHY));
            assertThat(imported).hasSize(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                assertThat(bank.question(imported.get(i)).draft()).isEqualTo(bank.question(ids.get(i)).draft());
            }
        });
    }

    @Test
    void only_administrators_may_import_or_export() {
        String agent = fixtures.user("gifty", null, Roles.AGENT);
        fixtures.signIn(agent);
        assertThatThrownBy(() -> gift.preview(bytes("::A::B{T}"), QuestionCategory.of(SkillArea.EMPATHY)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> gift.exportCategory(QuestionCategory.of(SkillArea.EMPATHY)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Objects.requireNonNull(GiftTransferServiceTest.class.getResourceAsStream("/gift/" + name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private QuestionDraft importedTitled(List<Long> ids, String title) {
        return ids.stream().map(id -> bank.question(id).draft()).filter(d -> d.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("not imported: " + title));
    }

    @Test
    void a_file_with_every_construct_moodle_saves_imports_with_its_answers_fractions_and_warnings() {
        byte[] file = resource("moodle-constructs.gift");
        SystemAuthentication.runAsSystem(() -> {
            var preview = gift.preview(file, QuestionCategory.of(SkillArea.FIRST_IMPRESSIONS));
            assertThat(preview.importable()).isTrue();
            assertThat(preview.rows()).hasSize(18);
            assertThat(preview.problems()).extracting(GiftProblem::severity, GiftProblem::title).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.SKIPPED, "Shift"),
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.SKIPPED, "Hold minutes"),
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.SKIPPED, "Backslashes"),
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.SKIPPED, "Macro"),
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.SKIPPED, "Tagged"),
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.WARNING, "Two greetings"),
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.WARNING, "Same situation"),
                    org.assertj.core.groups.Tuple.tuple(GiftProblem.Severity.WARNING, "Long chats"));

            List<Long> ids = gift.importFile(file, QuestionCategory.of(SkillArea.FIRST_IMPRESSIONS));

            assertThat(ids).hasSize(18);
            QuestionDraft channels = importedTitled(ids, "Support channels");
            assertThat(channels.format()).isEqualTo(TextFormat.HTML);
            assertThat(channels.choices()).extracting(ChoiceDraft::text).startsWith(
                    "Problems that need a <i>screenshot</i>.");
            assertThat(importedTitled(ids, "Best channel").choices()).extracting(ChoiceDraft::text,
                    ChoiceDraft::fraction).containsExactly(org.assertj.core.groups.Tuple.tuple("Phone", 1.0),
                    org.assertj.core.groups.Tuple.tuple("Chat", 0.5), org.assertj.core.groups.Tuple.tuple("*", 0.0));
            assertThat(importedTitled(ids, "Two greetings").choices()).extracting(ChoiceDraft::fraction)
                    .containsExactly(1.0, 1.0, 0.0);
            assertThat(importedTitled(ids, "Long chats").choices()).extracting(ChoiceDraft::fraction)
                    .containsExactly(0.5, 0.25, -0.5);
            assertThat(importedTitled(ids, "Same situation").choices()).hasSize(3);
            assertThat(importedTitled(ids, "Two lines").format()).isEqualTo(TextFormat.MOODLE);
            assertThat(importedTitled(ids, "Short & clear").type()).isEqualTo(QuestionType.TRUE_FALSE);
        });
    }

    @Test
    void an_imported_html_question_is_asked_and_reviewed_in_html_and_a_wildcard_answer_earns_its_share() {
        String file = "::Channels::[html]Which channel is <b>fastest</b>?{=[html]<i>Chat</i> ~E-mail ~Letter}\n\n"
                + "::Order::Which field holds the order number?{=order*#Right =%50%*ref*#Close =%0%*#Not quite}\n";
        long moduleId = fixtures.publishedModule("Imported quiz", 1);
        List<Long> ids = SystemAuthentication.callAsSystem(() ->
                gift.importFile(bytes(file), QuestionCategory.of(SkillArea.EMPATHY)));
        // a practice quiz that shows its feedback at once, so the review carries the matched answer's feedback
        quizFixtures.quiz(moduleId, ids, s -> s.withReview(com.certdesk.quiz.ReviewOptions.everythingAtOnce()));
        String agent = fixtures.user("htmlquizzer", null, Roles.AGENT);
        fixtures.signIn(agent);

        long attemptId = taking.startOrResume(moduleId);
        AttemptPaper paper = taking.paper(attemptId);
        assertThat(paper.questions().getFirst().format()).isEqualTo(TextFormat.HTML);
        assertThat(paper.questions().getFirst().options()).extracting(PaperQuestion.PaperOption::text)
                .contains("<i>Chat</i>");
        assertThat(paper.questions().get(1).format()).isEqualTo(TextFormat.MOODLE);
        taking.saveAnswer(attemptId, 0, Response.choice(0));
        taking.saveAnswer(attemptId, 1, Response.text("my reference"));
        AttemptSummary graded = taking.submit(attemptId);

        assertThat(graded.score()).isEqualTo(1.5);
        AttemptResult result = taking.result(attemptId);
        assertThat(result.review()).extracting(ReviewItem::format).containsExactly(TextFormat.HTML, TextFormat.MOODLE);
        assertThat(result.review().get(1).answerFeedback()).isEqualTo("Close");
    }

    @Test
    void a_single_choice_question_with_partial_weights_imports_earns_the_chosen_share_and_reviews_partly_right() {
        String file = "::Refund::Which is best?{=Refund at once ~%50%Offer a voucher#Half way ~%-25%Argue}\n\n"
                + "::Worse::Which is best again?{=Refund at once ~%50%Offer a voucher ~%-25%Argue}\n";
        long moduleId = fixtures.publishedModule("Weighted single", 1);
        var preview = SystemAuthentication.callAsSystem(() ->
                gift.preview(bytes(file), QuestionCategory.of(SkillArea.EMPATHY)));
        assertThat(preview.importable()).isTrue();
        assertThat(preview.problems()).isEmpty();
        List<Long> ids = SystemAuthentication.callAsSystem(() ->
                gift.importFile(bytes(file), QuestionCategory.of(SkillArea.EMPATHY)));
        QuestionDraft refund = SystemAuthentication.callAsSystem(() -> importedTitled(ids, "Refund"));
        assertThat(refund.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(refund.choices()).extracting(ChoiceDraft::fraction).containsExactly(1.0, 0.5, -0.25);
        quizFixtures.quiz(moduleId, ids, s -> QuizFixtures.with(s, null, null, null, s.passMark(),
                ReviewOptions.everythingAtOnce()));
        String agent = fixtures.user("weightedsingle", null, Roles.AGENT);
        fixtures.signIn(agent);

        long attemptId = taking.startOrResume(moduleId);
        AttemptPaper paper = taking.paper(attemptId);
        for (PaperQuestion question : paper.questions()) {
            String wanted = question.stem().contains("again") ? "Argue" : "Offer a voucher";
            int key = question.options().stream().filter(o -> o.text().equals(wanted)).findFirst().orElseThrow().key();
            taking.saveAnswer(attemptId, question.slot(), Response.choice(key));
        }
        AttemptSummary graded = taking.submit(attemptId);

        assertThat(graded.score()).isEqualTo(0.5);
        AttemptResult result = taking.result(attemptId);
        ReviewItem half = result.review().stream().filter(r -> !r.stem().contains("again")).findFirst().orElseThrow();
        assertThat(half.earned()).isEqualTo(0.5);
        assertThat(half.options()).filteredOn(ReviewItem.ReviewOption::right).extracting(ReviewItem.ReviewOption::text)
                .containsExactly("Refund at once");
        assertThat(half.options()).filteredOn(ReviewItem.ReviewOption::selected)
                .extracting(ReviewItem.ReviewOption::text).containsExactly("Offer a voucher");
        ReviewItem negative = result.review().stream().filter(r -> r.stem().contains("again")).findFirst()
                .orElseThrow();
        assertThat(negative.earned()).isZero();
    }

    @Test
    void an_html_question_exports_with_its_format_and_imports_back_the_same() {
        String file = "::Tone::[html]Which tone <b>helps</b>?{=<i>Warm</i>#[plain]Yes <b> ~Cold}\n\n"
                + "::Lines::First line\nsecond line{T}\n";
        QuestionCategory module = QuestionCategory.ofModule(fixtures.publishedModule("Export formats", 1));
        SystemAuthentication.runAsSystem(() -> {
            List<Long> ids = gift.importFile(bytes(file), module);
            String exported = gift.exportCategory(module);
            assertThat(exported).contains("::Tone::[html]").contains("::Lines::[moodle]");

            List<Long> again = gift.importFile(bytes(exported), QuestionCategory.of(SkillArea.EMPATHY));
            for (long id : ids) {
                QuestionDraft original = bank.question(id).draft();
                assertThat(again.stream().map(i -> bank.question(i).draft())).contains(original);
            }
        });
    }

    @Test
    void a_gift_upload_of_400_mb_is_refused_naming_the_limit_without_being_read_whole() {
        var huge = com.certdesk.base.CountingInput.fourHundredMegabytes("::Q::Is this big?{T}\n\n");
        SystemAuthentication.runAsSystem(() -> {
            assertThatThrownBy(() -> gift.preview(huge, QuestionCategory.of(SkillArea.EMPATHY)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("larger than the limit of 2 MB");
            assertThat(huge.consumed()).as("bytes read of 400 MB").isLessThanOrEqualTo(GiftTransferService.MAX_BYTES + 1L);
            long before = countIn(QuestionCategory.of(SkillArea.EMPATHY));
            var within = new java.io.ByteArrayInputStream(bytes("::Streamed::Streams import.{T}\n"));
            assertThat(gift.importFile(within, QuestionCategory.of(SkillArea.EMPATHY))).hasSize(1);
            assertThat(countIn(QuestionCategory.of(SkillArea.EMPATHY))).isEqualTo(before + 1);
        });
    }
}
