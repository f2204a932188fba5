package com.certdesk.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.GiftExportItem;
import com.certdesk.quiz.GiftParseResult;
import com.certdesk.quiz.GiftQuestion;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionRules;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class GiftWriterTest {

    private static QuestionDraft draft(QuestionType type, String title, String stem, String general,
            ChoiceDraft... choices) {
        return new QuestionDraft(type, title, stem, general, 1, List.of(choices));
    }

    private static QuestionDraft trueFalse(String title, boolean answer, String trueFeedback, String falseFeedback) {
        return draft(QuestionType.TRUE_FALSE, title, "Is it so?", "",
                ChoiceDraft.of("True", answer ? 1.0 : 0.0, trueFeedback),
                ChoiceDraft.of("False", answer ? 0.0 : 1.0, falseFeedback));
    }

    private static String write(QuestionDraft... drafts) {
        return GiftWriter.write(List.of(drafts).stream().map(d -> new GiftExportItem(null, d)).toList());
    }

    private static QuestionDraft reread(QuestionDraft draft) {
        GiftParseResult result = GiftParser.parse(write(draft));
        assertThat(result.problems()).isEmpty();
        return result.questions().getFirst().draft();
    }

    // ---------------------------------------------------------------- the written form

    @Test
    void a_choice_question_is_written_with_title_format_answers_feedback_and_general_feedback() {
        QuestionDraft draft = draft(QuestionType.SINGLE_CHOICE, "Greeting", "How do you *open* a call?",
                "Warmth first.",
                ChoiceDraft.of("Greet and offer help", 1.0, "Friendly."),
                ChoiceDraft.of("Ask for the account number", 0.0, ""));

        assertThat(write(draft)).isEqualTo("""
                ::Greeting::[markdown]How do you *open* a call?{
                \t=Greet and offer help#Friendly.
                \t~Ask for the account number
                \t####Warmth first.
                }

                """);
    }

    @Test
    void multiple_response_weights_are_written_as_percentages() {
        QuestionDraft draft = draft(QuestionType.MULTIPLE_RESPONSE, "Proof", "Which prove a purchase?", "",
                ChoiceDraft.of("Receipt", 0.3333333, ""),
                ChoiceDraft.of("Statement", 0.6666667, ""),
                ChoiceDraft.of("Screenshot", -0.5, "No."),
                ChoiceDraft.of("Rumour", 0.0, ""));

        assertThat(write(draft)).contains("\t~%33.33333%Receipt\n", "\t~%66.66667%Statement\n",
                "\t~%-50%Screenshot#No.\n", "\t~Rumour\n").doesNotContain("=");
    }

    @Test
    void true_false_is_written_with_the_wrong_answer_feedback_first_as_moodle_expects() {
        assertThat(write(trueFalse("T", true, "Right.", "Wrong.")))
                .isEqualTo("::T::[markdown]Is it so?{TRUE#Wrong.#Right.}\n\n");
        assertThat(write(trueFalse("F", false, "Wrong.", "Right.")))
                .isEqualTo("::F::[markdown]Is it so?{FALSE#Wrong.#Right.}\n\n");
        assertThat(write(trueFalse("Only right", true, "Right.", "")))
                .isEqualTo("::Only right::[markdown]Is it so?{TRUE##Right.}\n\n");
        assertThat(write(trueFalse("None", false, "", ""))).isEqualTo("::None::[markdown]Is it so?{FALSE}\n\n");
    }

    @Test
    void short_answers_always_carry_their_weight() {
        QuestionDraft draft = draft(QuestionType.SHORT_ANSWER, "Prefix", "Ticket prefix?", "",
                ChoiceDraft.of("ESC", 1.0, "Yes."), ChoiceDraft.of("ES", 0.5, ""));

        assertThat(write(draft)).contains("\t=%100%ESC#Yes.\n", "\t=%50%ES\n");
    }

    @Test
    void matching_pairs_are_written_with_an_arrow() {
        QuestionDraft draft = draft(QuestionType.MATCHING, "Channels", "Match the channels.", "",
                ChoiceDraft.pair("Phone", "30 s"), ChoiceDraft.pair("Chat", "2 min"), ChoiceDraft.pair("", "1 day"));

        assertThat(write(draft)).contains("{\n\t=Phone -> 30 s\n\t=Chat -> 2 min\n\t= -> 1 day\n}\n");
    }

    @Test
    void every_special_character_is_escaped() {
        assertThat(GiftWriter.escape("a\\b:c#d=e{f}g~h\r\ni")).isEqualTo("a\\\\b\\:c\\#d\\=e\\{f\\}g\\~h\\ni");
    }

    @Test
    void line_breaks_in_a_stem_are_escaped_so_the_question_stays_one_block() {
        QuestionDraft draft = draft(QuestionType.TRUE_FALSE, "Paragraphs", "First paragraph.\n\nSecond\nline.", "",
                ChoiceDraft.of("True", 1.0, ""), ChoiceDraft.of("False", 0.0, ""));

        String gift = write(draft);

        assertThat(gift).contains("First paragraph.\\n\\nSecond\\nline.{TRUE}").doesNotContain("\n\n\n");
        assertThat(reread(draft)).isEqualTo(draft);
    }

    @Test
    void a_blank_line_follows_every_question() {
        String gift = write(trueFalse("One", true, "", ""), trueFalse("Two", false, "", ""));

        assertThat(gift).isEqualTo("::One::[markdown]Is it so?{TRUE}\n\n::Two::[markdown]Is it so?{FALSE}\n\n");
    }

    @Test
    void a_category_line_is_written_only_when_the_category_changes() {
        QuestionDraft q = trueFalse("Q", true, "", "");
        String gift = GiftWriter.write(List.of(new GiftExportItem(null, q), new GiftExportItem("Billing", q),
                new GiftExportItem("Billing", q), new GiftExportItem("Returns\nand exchanges", q),
                new GiftExportItem(null, q)));

        assertThat(gift).isEqualTo("""
                ::Q::[markdown]Is it so?{TRUE}

                $CATEGORY: Billing

                ::Q::[markdown]Is it so?{TRUE}

                ::Q::[markdown]Is it so?{TRUE}

                $CATEGORY: Returns and exchanges

                ::Q::[markdown]Is it so?{TRUE}

                $CATEGORY:

                ::Q::[markdown]Is it so?{TRUE}

                """);
        assertThat(GiftParser.parse(gift).questions()).extracting(GiftQuestion::category)
                .containsExactly(null, "Billing", "Billing", "Returns and exchanges", null);
    }

    @Test
    void an_invalid_draft_is_refused() {
        QuestionDraft noCorrect = draft(QuestionType.SINGLE_CHOICE, "Broken", "Pick", "",
                ChoiceDraft.of("A", 0.0, ""), ChoiceDraft.of("B", 0.0, ""));

        assertThatThrownBy(() -> write(noCorrect)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Broken").hasMessageContaining("exactly one correct answer");
    }

    // ---------------------------------------------------------------- texts GIFT cannot say directly

    @Test
    void texts_starting_with_a_bracket_or_a_percent_sign_are_not_taken_for_a_format_or_a_weight() {
        QuestionDraft draft = draft(QuestionType.SINGLE_CHOICE, "Offers", "[plain] is not a format here", "[x] done",
                ChoiceDraft.of("[html] tag", 1.0, "[markdown] also text"),
                ChoiceDraft.of("%50% off", 0.0, ""),
                ChoiceDraft.of("%10% off", 0.0, "[note]"));

        assertThat(reread(draft)).isEqualTo(draft);
    }

    @Test
    void an_arrow_in_a_single_short_answer_is_written_without_the_equals_sign() {
        QuestionDraft draft = draft(QuestionType.SHORT_ANSWER, "Menu", "Menu path to refunds?", "Menus -> help",
                ChoiceDraft.of("Orders -> Refund", 1.0, "Yes -> done"));

        assertThat(write(draft)).contains("\t%100%Orders -> Refund#Yes -> done\n").doesNotContain("=");
        assertThat(reread(draft)).isEqualTo(draft);
    }

    @Test
    void an_arrow_in_one_of_several_short_answers_cannot_be_written() {
        QuestionDraft draft = draft(QuestionType.SHORT_ANSWER, "Menu", "Menu path?", "",
                ChoiceDraft.of("Orders -> Refund", 1.0, ""), ChoiceDraft.of("Refund", 0.5, ""));

        assertThatThrownBy(() -> write(draft)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"Menu\"").hasMessageContaining("->");
    }

    @Test
    void an_arrow_in_the_feedback_of_several_short_answers_is_written_as_an_entity() {
        QuestionDraft draft = draft(QuestionType.SHORT_ANSWER, "Menu", "Refund menu?", "",
                ChoiceDraft.of("Orders", 1.0, "Then -> Refund"), ChoiceDraft.of("Order", 0.5, ""));

        QuestionDraft back = reread(draft);

        assertThat(back.type()).isEqualTo(QuestionType.SHORT_ANSWER);
        assertThat(back.choices().getFirst().feedback()).isEqualTo("Then -&gt; Refund");
    }

    @Test
    void an_arrow_in_the_item_of_a_matching_pair_is_written_as_an_entity() {
        QuestionDraft draft = draft(QuestionType.MATCHING, "Paths", "Match the paths.", "",
                ChoiceDraft.pair("Orders -> Refund", "Money back"), ChoiceDraft.pair("Help", "FAQ -> Contact"));

        assertThat(reread(draft).choices()).containsExactly(ChoiceDraft.pair("Orders -&gt; Refund", "Money back"),
                ChoiceDraft.pair("Help", "FAQ -> Contact"));
    }

    // ---------------------------------------------------------------- round trip

    @Test
    void drafts_of_every_type_with_awkward_characters_survive_write_and_parse_unchanged() {
        List<GiftExportItem> items = List.of(
                new GiftExportItem(null, draft(QuestionType.SINGLE_CHOICE,
                        "Refunds: who {decides}? #1 ~ = \\ ::",
                        "Customer says: \"I want my money back!\" \\ what now?\n\nPick **one** of `these`:\n"
                                + "    indented ~ line\n// not a comment\n$CATEGORY: not a category\n\n"
                                + "::not a title:: {not a block} #### not feedback",
                        "Policy §4 = \"refund within 14 days\" {always} ~ #### \\n stays",
                        ChoiceDraft.of("Escalate -> team lead", 1.0, "Right: it's #1 {policy}.\nSee C:\\refunds"),
                        ChoiceDraft.of("[urgent] flag ~ it", 0.0, "Never \\ never = no"),
                        ChoiceDraft.of("%50% discount", 0.0, ""))),
                new GiftExportItem("$course$/top/Service: basics", draft(QuestionType.MULTIPLE_RESPONSE,
                        "Proof #2", "Which prove a purchase? (pick *all*)", "",
                        ChoiceDraft.of("Receipt {paper}", 0.3333333, "Yes = proof"),
                        ChoiceDraft.of("Statement: bank", 0.3333333, ""),
                        ChoiceDraft.of("E-mail #confirmation", 0.3333333, "Yes\\no"),
                        ChoiceDraft.of("C:\\path\\new", -0.5, "A path \\n is no proof"),
                        ChoiceDraft.of("Nothing", 0.0, "~"))),
                new GiftExportItem("$course$/top/Service: basics", draft(QuestionType.TRUE_FALSE,
                        "Threats", "A threat *may* be handled alone {never}.", "#### safety ####",
                        ChoiceDraft.of("True", 0.0, "No # never."),
                        ChoiceDraft.of("False", 1.0, "Right: escalate ~ always."))),
                new GiftExportItem("Escalation/Tickets", draft(QuestionType.SHORT_ANSWER,
                        "Prefix", "Type the ticket prefix: ___", "Prefixes = {ESC, BIL}",
                        ChoiceDraft.of("ESC-42", 1.0, "Yes: {ESC}"),
                        ChoiceDraft.of("esc#42", 0.5, ""),
                        ChoiceDraft.of("[ESC]", 0.25, "Brackets \\ are extra"))),
                new GiftExportItem(null, draft(QuestionType.MATCHING,
                        "Channels ☕", "Match each channel = its target.\nCafé rules apply.", "Targets ~ goals",
                        ChoiceDraft.pair("Phone = voice", "≤ 30 s"),
                        ChoiceDraft.pair("Chat ~ text #1", "2 min -> first reply {fast}"),
                        ChoiceDraft.pair("[VIP] line", "\\ backslash: yes"),
                        ChoiceDraft.pair("", "1 day"))));
        assertThat(items).allSatisfy(item -> assertThat(QuestionRules.problems(item.draft())).isEmpty());

        GiftParseResult result = GiftParser.parse(GiftWriter.write(items));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::draft)
                .containsExactlyElementsOf(items.stream().map(GiftExportItem::draft).toList());
        assertThat(result.questions()).extracting(GiftQuestion::category)
                .containsExactlyElementsOf(items.stream().map(GiftExportItem::category).toList());
    }

    @Test
    void a_parsed_sample_bank_written_again_parses_to_the_same_questions() {
        GiftParseResult first = GiftParser.parse(GiftParserTest.fixture("service-basics.gift"));
        List<GiftExportItem> items = first.questions().stream()
                .map(q -> new GiftExportItem(q.category(), q.draft())).toList();

        GiftParseResult second = GiftParser.parse(GiftWriter.write(items));

        assertThat(second.problems()).isEmpty();
        assertThat(second.questions()).extracting(GiftQuestion::category, GiftQuestion::draft)
                .containsExactlyElementsOf(first.questions().stream()
                        .map(q -> org.assertj.core.groups.Tuple.tuple(q.category(), q.draft())).toList());
    }

    // ---------------------------------------------------------------- formats and what Moodle saves

    @Test
    void an_imported_html_question_is_written_with_its_format_and_reads_back_the_same() {
        QuestionDraft html = new QuestionDraft(QuestionType.SINGLE_CHOICE, "Tone", "Which tone <b>helps</b>?",
                "Be <i>warm</i>.", 1, List.of(ChoiceDraft.of("<i>Warm</i>", 1.0, "Yes &lt;b&gt;"),
                        ChoiceDraft.of("[Cold]", 0.0, "")), TextFormat.HTML);

        assertThat(write(html)).contains("::Tone::[html]Which tone <b>helps</b>?").contains("~[html][Cold]");
        assertThat(reread(html)).isEqualTo(html);
    }

    @Test
    void a_moodle_auto_format_question_keeps_its_line_breaks_through_a_file() {
        QuestionDraft moodle = new QuestionDraft(QuestionType.TRUE_FALSE, "Lines", "The customer wrote:\nWhere is it?",
                "", 1, List.of(ChoiceDraft.of("True", 1.0, ""), ChoiceDraft.of("False", 0.0, "")), TextFormat.MOODLE);

        assertThat(write(moodle)).contains("::Lines::[moodle]The customer wrote\\:\\nWhere is it?{TRUE}");
        assertThat(reread(moodle)).isEqualTo(moodle);
    }

    @Test
    void what_moodle_saves_although_its_editor_asks_for_more_is_written_too() {
        QuestionDraft shortOf100 = draft(QuestionType.MULTIPLE_RESPONSE, "Long chats", "Which help?", "",
                ChoiceDraft.of("Summarise", 0.5, ""), ChoiceDraft.of("Check in", 0.25, ""),
                ChoiceDraft.of("Paste scripts", -0.5, ""));
        QuestionDraft catchAll = draft(QuestionType.SHORT_ANSWER, "Best channel", "Which channel?", "",
                ChoiceDraft.of("Phone", 1.0, "Good"), ChoiceDraft.of("*", 0.0, "Not quite"));

        GiftParseResult result = GiftParser.parse(write(shortOf100, catchAll));

        assertThat(result.questions()).extracting(GiftQuestion::draft).containsExactly(shortOf100, catchAll);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("75%"));
    }

    @Test
    void a_single_choice_question_with_partial_weights_is_written_as_it_was_imported_and_reads_back_the_same() {
        String file = """
                ::Refund::Which is best?{
                	=Refund at once#Right.
                	~%50%Offer a voucher#Half way.
                	~%-25%Argue
                	~Hang up
                }

                """;
        GiftParseResult imported = GiftParser.parse(file);
        assertThat(imported.problems()).isEmpty();
        QuestionDraft draft = imported.questions().getFirst().draft();

        assertThat(write(draft)).isEqualTo(file.replace("::Refund::", "::Refund::[moodle]"));
        assertThat(reread(draft)).isEqualTo(draft);
        assertThat(draft.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    }
}
