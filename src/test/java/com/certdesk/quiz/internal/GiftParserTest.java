package com.certdesk.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.GiftParseResult;
import com.certdesk.quiz.GiftProblem;
import com.certdesk.quiz.GiftProblem.Severity;
import com.certdesk.quiz.GiftQuestion;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.TextFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    // ---------------------------------------------------------------- helpers

    static String gift(String... lines) {
        return String.join("\n", lines);
    }

    static byte[] fixture(String name) {
        try (InputStream in = Objects.requireNonNull(GiftParserTest.class.getResourceAsStream("/gift/" + name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The only question of a file that must parse without any problem. */
    static QuestionDraft only(String text) {
        GiftParseResult result = GiftParser.parse(text);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst().draft();
    }

    /** The only problem of a file. */
    static GiftProblem problem(String text) {
        GiftParseResult result = GiftParser.parse(text);
        assertThat(result.problems()).hasSize(1);
        return result.problems().getFirst();
    }

    // ---------------------------------------------------------------- file structure

    @Nested
    class Structure {

        @Test
        void a_sample_bank_yields_every_supported_type_in_file_order() {
            GiftParseResult result = GiftParser.parse(fixture("service-basics.gift"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.questions()).extracting(q -> q.draft().title(), q -> q.draft().type())
                    .containsExactly(
                            tuple("Greeting", QuestionType.SINGLE_CHOICE),
                            tuple("Refund evidence", QuestionType.MULTIPLE_RESPONSE),
                            tuple("Escalate threats", QuestionType.TRUE_FALSE),
                            tuple("Ticket prefix", QuestionType.SHORT_ANSWER),
                            tuple("Channels", QuestionType.MATCHING));
            assertThat(result.questions()).extracting(GiftQuestion::number).containsExactly(1, 2, 3, 4, 5);
            assertThat(result.questions()).extracting(GiftQuestion::line).containsExactly(6, 15, 23, 25, 30);
            assertThat(result.questions()).allSatisfy(q -> assertThat(q.draft().points()).isEqualTo(1));
        }

        @Test
        void questions_are_separated_by_blank_lines_and_may_span_several_lines() {
            GiftParseResult result = GiftParser.parse(gift(
                    "::First::Is a refund",
                    "always possible?",
                    "{F}",
                    "",
                    "",
                    "::Second::Is a smile audible on the phone?{T}"));

            assertThat(result.questions()).hasSize(2);
            assertThat(result.questions().getFirst().draft().stem()).isEqualTo("Is a refund\nalways possible?");
            assertThat(result.questions().get(1).line()).isEqualTo(6);
        }

        @Test
        void lines_of_only_whitespace_separate_questions_like_empty_lines() {
            GiftParseResult result = GiftParser.parse(gift(
                    "::One::Apologise first?{T}",
                    " \t ",
                    "::Two::Blame a colleague?{F}"));

            assertThat(result.questions()).extracting(q -> q.draft().title()).containsExactly("One", "Two");
        }

        @Test
        void comment_lines_between_and_inside_questions_are_ignored() {
            GiftParseResult result = GiftParser.parse(gift(
                    "// before everything",
                    "::Queue::Who is served first?",
                    "  // an indented comment inside the question",
                    "{",
                    "// between answers",
                    "=The customer who waited longest",
                    "~The loudest customer",
                    "}",
                    "// a comment block between questions",
                    "",
                    "// only comments here",
                    "// and here",
                    "",
                    "::Notes::Write notes after every call.{T}"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.questions()).hasSize(2);
            QuestionDraft queue = result.questions().getFirst().draft();
            assertThat(queue.stem()).isEqualTo("Who is served first?");
            assertThat(queue.choices()).extracting(ChoiceDraft::text)
                    .containsExactly("The customer who waited longest", "The loudest customer");
            assertThat(result.questions().getFirst().line()).isEqualTo(2);
            assertThat(result.questions().get(1).number()).isEqualTo(2);
        }

        @Test
        void category_lines_set_the_category_of_the_questions_after_them() {
            GiftParseResult result = GiftParser.parse(fixture("service-basics.gift"));

            assertThat(result.questions()).extracting(GiftQuestion::category).containsExactly(
                    "$course$/top/Service basics", "$course$/top/Service basics",
                    "$course$/top/Escalation", "$course$/top/Escalation", "$course$/top/Escalation");
        }

        @Test
        void questions_before_any_category_have_none_and_an_empty_category_line_returns_to_none() {
            GiftParseResult result = GiftParser.parse(gift(
                    "::A::Listen actively?{T}",
                    "",
                    "// switch",
                    "$CATEGORY:   Complaints  ",
                    "",
                    "::B::Interrupt often?{F}",
                    "",
                    "$CATEGORY:",
                    "",
                    "::C::Confirm the solution?{T}"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.questions()).extracting(GiftQuestion::category)
                    .containsExactly(null, "Complaints", null);
            assertThat(result.questions()).extracting(GiftQuestion::number).containsExactly(1, 2, 3);
        }

        @Test
        void a_question_right_under_a_category_line_is_an_error() {
            GiftProblem problem = problem(gift(
                    "$CATEGORY: Billing",
                    "::Invoice::Can an invoice be changed after payment?{F}"));

            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("blank line after the $CATEGORY");
        }

        @Test
        void crlf_line_endings_and_a_byte_order_mark_are_understood() {
            String lf = new String(fixture("service-basics.gift"), StandardCharsets.UTF_8);
            byte[] crlf = lf.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[crlf.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(crlf, 0, withBom, 3, crlf.length);

            GiftParseResult windows = GiftParser.parse(withBom);

            assertThat(windows.problems()).isEmpty();
            assertThat(windows.questions()).isEqualTo(GiftParser.parse(lf).questions());
            assertThat(windows.questions().getFirst().draft().choices().getFirst().feedback())
                    .isEqualTo("That sets a friendly tone.");
        }

        @Test
        void a_byte_order_mark_in_front_of_a_category_line_does_not_hide_it() {
            byte[] file = ("\uFEFF$CATEGORY: Returns\n\n::R::Keep the receipt?{T}").getBytes(StandardCharsets.UTF_8);

            assertThat(GiftParser.parse(file).questions().getFirst().category()).isEqualTo("Returns");
        }

        @Test
        void old_mac_line_endings_also_separate_lines() {
            GiftParseResult result = GiftParser.parse("::A::Smile?{T}\r\r::B::Shout?{F}");

            assertThat(result.questions()).extracting(GiftQuestion::line).containsExactly(1, 3);
        }

        @Test
        void invalid_utf8_is_one_error_naming_its_line() {
            byte[] good = "::A::Smile?{T}\n\n::B::Caf".getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[good.length + 8];
            System.arraycopy(good, 0, file, 0, good.length);
            file[good.length] = (byte) 0xE9; // Latin-1 "é", not UTF-8
            System.arraycopy("?{T}\n\n\n".getBytes(StandardCharsets.UTF_8), 0, file, good.length + 1, 7);

            GiftParseResult result = GiftParser.parse(file);

            assertThat(result.questions()).isEmpty();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.ERROR);
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).contains("UTF-8");
            });
        }

        @Test
        void a_truncated_multibyte_character_at_the_end_is_invalid_too() {
            byte[] good = "::A::Smile?{T}".getBytes(StandardCharsets.UTF_8);
            byte[] file = new byte[good.length + 1];
            System.arraycopy(good, 0, file, 0, good.length);
            file[good.length] = (byte) 0xC3;

            assertThat(GiftParser.parse(file).problems()).singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("UTF-8"));
        }

        @Test
        void a_file_without_questions_is_an_error() {
            assertThat(problem("// nothing but a comment\n\n").message()).contains("no questions");
            assertThat(problem("").severity()).isEqualTo(Severity.ERROR);
        }
    }

    // ---------------------------------------------------------------- titles

    @Nested
    class Titles {

        @Test
        void a_title_stands_between_double_colons_and_is_not_part_of_the_text() {
            QuestionDraft draft = only("::  Empathy  first ::  Name the feeling before the fix.{T}");

            assertThat(draft.title()).isEqualTo("Empathy first");
            assertThat(draft.stem()).isEqualTo("Name the feeling before the fix.");
        }

        @Test
        void without_a_title_the_name_is_the_start_of_the_text_as_plain_text() {
            QuestionDraft plain = only("Should you **always** read back the <b>order number</b>?{T}");
            assertThat(plain.title()).isEqualTo("Should you always read back the order number?");
            assertThat(only("[html]<p>Greet.</p><p>Then listen.</p>{T}").title()).isEqualTo("Greet. Then listen.");

            QuestionDraft longer = only("When a customer calls for the third time about the same delayed parcel and"
                    + " is clearly upset, what do you do first?{=Apologise and own the case ~Transfer the call}");
            assertThat(longer.title())
                    .isEqualTo("When a customer calls for the third time about the same delayed parcel and is...")
                    .hasSizeLessThanOrEqualTo(80);
        }

        @Test
        void an_overlong_title_is_cut_to_what_the_question_bank_allows() {
            String title = "Refund ".repeat(40).strip();

            QuestionDraft draft = only("::" + title + "::May you refund without a receipt?{F}");

            assertThat(draft.title()).hasSizeLessThanOrEqualTo(200).startsWith("Refund Refund").endsWith("...");
        }

        @Test
        void nothing_after_the_title_is_an_error() {
            GiftProblem problem = problem("// lonely\n::Forgotten question::");

            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.title()).isEqualTo("Forgotten question");
            assertThat(problem.message()).contains("Nothing follows the title");
        }

        @Test
        void title_colons_that_are_never_closed_are_dropped_as_moodle_does() {
            QuestionDraft draft = only("::Callbacks are promised with a time window.{T}");

            assertThat(draft.stem()).isEqualTo("Callbacks are promised with a time window.");
            assertThat(draft.title()).isEqualTo("Callbacks are promised with a time window.");
        }
    }

    // ---------------------------------------------------------------- escapes

    @Nested
    class Escapes {

        @Test
        void escaped_special_characters_are_text_and_never_syntax() {
            QuestionDraft draft = only(gift(
                    "::Ratio 1\\:2 \\{draft\\}::Reply time 1\\:2 \\= half? Use \\~ and \\# freely \\{ok\\}.{",
                    "=Yes \\= 50\\% \\~ roughly # Right \\# \\{fine\\} \\~ \\=",
                    "~No \\#1 # Wrong\\: see \\{rules\\}",
                    "}"));

            assertThat(draft.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(draft.title()).isEqualTo("Ratio 1:2 {draft}");
            assertThat(draft.stem()).isEqualTo("Reply time 1:2 = half? Use ~ and # freely {ok}.");
            assertThat(draft.choices()).containsExactly(
                    ChoiceDraft.of("Yes = 50\\% ~ roughly", 1.0, "Right # {fine} ~ ="),
                    ChoiceDraft.of("No #1", 0.0, "Wrong: see {rules}"));
        }

        @Test
        void an_escaped_tilde_does_not_make_a_short_answer_multiple_choice() {
            QuestionDraft draft = only("Which key is the tilde?{=\\~ =tilde}");

            assertThat(draft.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(draft.choices()).extracting(ChoiceDraft::text).containsExactly("~", "tilde");
        }

        @Test
        void an_escaped_equals_sign_does_not_make_multiple_response_single_choice() {
            QuestionDraft draft = only("Pick the true ones{~%50%2+2\\=4 ~%50%1+1\\=2 ~%-100%1\\=2}");

            assertThat(draft.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
            assertThat(draft.choices()).extracting(ChoiceDraft::text).containsExactly("2+2=4", "1+1=2", "1=2");
        }

        @Test
        void escaped_double_colons_in_the_text_do_not_end_the_title() {
            QuestionDraft draft = only("::Scope\\:\\: rules::Write Team\\:\\:Lead as shown.{=Team\\:\\:Lead}");

            assertThat(draft.title()).isEqualTo("Scope:: rules");
            assertThat(draft.stem()).isEqualTo("Write Team::Lead as shown.");
            assertThat(draft.choices().getFirst().text()).isEqualTo("Team::Lead");
        }

        @Test
        void an_escaped_colon_just_before_the_closing_colons_stays_in_the_title() {
            assertThat(only("::Note\\:::Read the note.{T}").title()).isEqualTo("Note:");
        }

        @Test
        void escaped_braces_in_the_stem_are_no_answer_block() {
            QuestionDraft draft = only("In templates write \\{name\\} for the customer's name.{T}");

            assertThat(draft.stem()).isEqualTo("In templates write {name} for the customer's name.");
        }

        @Test
        void a_double_backslash_is_one_backslash_and_backslash_n_is_a_line_break() {
            QuestionDraft draft = only("Save to C\\:\\\\tickets\\\\new.\\n\\nThen close.{=C\\:\\\\tickets}");

            assertThat(draft.stem()).isEqualTo("Save to C:\\tickets\\new.\n\nThen close.");
            assertThat(draft.choices().getFirst().text()).isEqualTo("C:\\tickets");
        }

        @Test
        void an_escaped_backslash_before_a_brace_leaves_the_brace_as_syntax() {
            QuestionDraft draft = only("Path ends in a backslash \\\\{T}");

            assertThat(draft.type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(draft.stem()).isEqualTo("Path ends in a backslash \\");
        }

        @Test
        void other_backslashes_are_kept_as_they_are() {
            assertThat(only("Type \\d or \\t?{=\\d}").stem()).isEqualTo("Type \\d or \\t?");
        }

        @Test
        void an_arrow_inside_the_answer_on_the_right_of_a_matching_pair_is_kept() {
            QuestionDraft draft = only("Match the menu paths{=Refund -> Orders -> Refund =Invoice -> Billing -> Print}");

            assertThat(draft.choices()).containsExactly(
                    ChoiceDraft.pair("Refund", "Orders -> Refund"),
                    ChoiceDraft.pair("Invoice", "Billing -> Print"));
        }

        @Test
        void escaped_hashes_in_a_true_false_answer_are_no_feedback_separator() {
            QuestionDraft draft = only("Ticket \\#1 comes first.{TRUE#Not \\#2.#Yes, \\#1.}");

            assertThat(draft.stem()).isEqualTo("Ticket #1 comes first.");
            assertThat(draft.choices()).containsExactly(ChoiceDraft.of("True", 1.0, "Yes, #1."),
                    ChoiceDraft.of("False", 0.0, "Not #2."));
        }
    }

    // ---------------------------------------------------------------- formats

    @Nested
    class Formats {

        @Test
        void markdown_moodle_and_html_text_is_kept_as_it_is() {
            assertThat(only("[markdown]Use **bold** sparingly.{T}").stem()).isEqualTo("Use **bold** sparingly.");
            assertThat(only("[moodle]Use *care*.{T}").stem()).isEqualTo("Use *care*.");
            assertThat(only("[html]<p>Say <em>sorry</em>.</p>{T}").stem()).isEqualTo("<p>Say <em>sorry</em>.</p>");
        }

        @Test
        void plain_text_is_escaped_so_that_markdown_shows_it_literally() {
            QuestionDraft draft = only("[plain]Is *urgent* the same as _urgent_ or <urgent>?\\n1. step\\n# tag{T}");

            assertThat(draft.stem())
                    .isEqualTo("Is \\*urgent\\* the same as \\_urgent\\_ or \\<urgent\\>?\\\n1\\. step\\\n\\# tag");
        }

        @Test
        void an_unknown_format_marker_is_ordinary_text() {
            assertThat(only("[note]Check the queue daily.{T}").stem()).isEqualTo("[note]Check the queue daily.");
        }

        @Test
        void feedback_inherits_the_question_format_unless_it_names_its_own() {
            QuestionDraft draft = only(gift(
                    "[plain]Pick one{",
                    "=*yes* # *plain feedback*",
                    "~no # [markdown]*markdown feedback*",
                    "####[html]<b>general</b>",
                    "}"));

            assertThat(draft.choices()).extracting(ChoiceDraft::feedback)
                    .containsExactly("\\*plain feedback\\*", "*markdown feedback*");
            assertThat(draft.generalFeedback()).isEqualTo("<b>general</b>");
            assertThat(draft.choices().getFirst().text()).as("plain answers show literally, like the stem")
                    .isEqualTo("\\*yes\\*");
        }

        @Test
        void a_format_marker_in_front_of_an_answer_is_removed() {
            QuestionDraft draft = only("Pick{=[html]<i>this</i> ~[plain]that}");

            assertThat(draft.choices()).extracting(ChoiceDraft::text).containsExactly("<i>this</i>", "that");
        }
    }

    // ---------------------------------------------------------------- answer block

    @Nested
    class AnswerBlock {

        @Test
        void text_after_the_answer_block_is_kept_with_a_blank_where_the_block_was() {
            QuestionDraft draft = only("Always {=confirm ~guess} the customer's address.");

            assertThat(draft.stem()).isEqualTo("Always _____ the customer's address.");
            assertThat(draft.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        }

        @Test
        void an_answer_block_at_the_end_leaves_no_blank() {
            assertThat(only("Always confirm the address. {T}").stem()).isEqualTo("Always confirm the address.");
        }

        @Test
        void general_feedback_is_what_follows_four_hashes_at_the_end_of_the_block() {
            QuestionDraft draft = only(gift(
                    "Which greeting fits a chat?{",
                    "=Hi, I'm Sam. How can I help? # Friendly and clear.",
                    "~Yo",
                    "#### Keep greetings short in chat.",
                    "}"));

            assertThat(draft.generalFeedback()).isEqualTo("Keep greetings short in chat.");
            assertThat(draft.choices()).extracting(ChoiceDraft::feedback).containsExactly("Friendly and clear.", "");
        }

        @Test
        void an_unclosed_answer_block_is_an_error_at_its_brace_and_the_rest_still_parses() {
            GiftParseResult result = GiftParser.parse(fixture("unclosed-brace.gift"));

            assertThat(result.hasErrors()).isTrue();
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.number()).isEqualTo(1);
                assertThat(p.title()).isEqualTo("Callback");
                assertThat(p.message()).contains("never closed");
            });
            assertThat(result.questions()).extracting(q -> q.draft().title()).containsExactly("Tone");
        }

        @Test
        void a_closing_brace_without_an_opening_one_is_an_error() {
            GiftProblem problem = problem(gift("::Stray::The SLA is", "24 hours}"));

            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("no {");
        }

        @Test
        void a_closing_brace_before_the_opening_one_is_an_error() {
            assertThat(problem("Close } then open {T}").message()).contains("comes before");
        }

        @Test
        void a_second_answer_block_is_an_error() {
            GiftProblem problem = problem(gift("Greet {=warmly ~coldly}", "and close {=politely ~abruptly}."));

            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("only one answer block");
        }

        @Test
        void a_brace_inside_the_answer_block_is_an_error() {
            assertThat(problem("Pick {=a {b} ~c}").message()).contains("second {");
        }
    }

    // ---------------------------------------------------------------- multiple choice

    @Nested
    class MultipleChoice {

        @Test
        void equals_marks_the_correct_answer_and_tilde_the_wrong_ones() {
            QuestionDraft draft = GiftParser.parse(fixture("service-basics.gift")).questions().getFirst().draft();

            assertThat(draft.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(draft.stem()).isEqualTo("How should you open a phone call with a customer?");
            assertThat(draft.choices()).containsExactly(
                    ChoiceDraft.of("Greet them, say your name and offer help", 1.0, "That sets a friendly tone."),
                    ChoiceDraft.of("Ask for their account number straight away", 0.0, "Greet first; details come after."),
                    ChoiceDraft.of("Wait for the customer to speak first", 0.0, ""));
            assertThat(draft.generalFeedback()).isEqualTo("A warm, clear opening builds trust from the first second.");
        }

        @Test
        void without_an_equals_sign_the_question_is_multiple_response_with_weights() {
            QuestionDraft draft = GiftParser.parse(fixture("service-basics.gift")).questions().get(1).draft();

            assertThat(draft.type()).isEqualTo(QuestionType.MULTIPLE_RESPONSE);
            assertThat(draft.choices()).containsExactly(
                    ChoiceDraft.of("The receipt", 0.5, ""),
                    ChoiceDraft.of("A bank statement showing the payment", 0.5, ""),
                    ChoiceDraft.of("A screenshot of the product page", -1.0, "That shows the product, not the purchase."));
        }

        @Test
        void a_written_third_is_matched_to_the_allowed_fraction() {
            QuestionDraft draft = only("Good closings{~%33.33333%Summary ~%33.333%Thanks ~%33.33333%Next steps ~Hang up}");

            assertThat(draft.choices()).extracting(ChoiceDraft::fraction)
                    .containsExactly(0.3333333, 0.3333333, 0.3333333, 0.0);
        }

        @Test
        void weights_that_do_not_add_up_to_100_are_imported_as_moodle_does_with_a_warning() {
            GiftParseResult result = GiftParser.parse(fixture("broken-weights.gift"));

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.questions()).singleElement().satisfies(q -> assertThat(q.draft().choices())
                    .extracting(ChoiceDraft::fraction).containsExactly(0.5, 0.25, -0.5));
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.line()).isEqualTo(1);
                assertThat(p.title()).isEqualTo("Good habits");
                assertThat(p.message()).contains("add up to 100%").contains("75%");
            });
        }

        @Test
        void a_weight_moodle_does_not_allow_is_an_error_at_its_line() {
            GiftProblem problem = problem(gift("Pick{", "~%35%Half-ish", "~%65%Rest", "}"));

            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("%35%").contains("not one Moodle allows");
        }

        @Test
        void a_weight_over_100_is_not_allowed() {
            assertThat(problem("Pick{~%150%All ~None}").message()).contains("%150%");
        }

        @Test
        void a_weight_with_two_minus_signs_is_not_a_number() {
            assertThat(problem("Pick{~%--50%A ~%100%B}").message()).contains("not a number");
        }

        @Test
        void percent_signs_that_are_no_weight_stay_in_the_answer() {
            QuestionDraft draft = only("Discount?{=%ten% off ~none}");

            assertThat(draft.choices().getFirst().text()).isEqualTo("%ten% off");
        }

        @Test
        void a_single_choice_question_with_partial_weights_imports_with_its_weights_and_no_warning() {
            GiftParseResult result = GiftParser.parse(gift(
                    "::Partial::Best first step?{=Listen ~%50%Take notes#Half way ~%-25%Argue ~Hang up}",
                    "",
                    "::Fine::Listen first?{T}"));

            assertThat(result.problems()).isEmpty();
            assertThat(result.questions()).extracting(GiftQuestion::number).containsExactly(1, 2);
            QuestionDraft draft = result.questions().getFirst().draft();
            assertThat(draft.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
            assertThat(draft.choices()).extracting(ChoiceDraft::text, ChoiceDraft::fraction, ChoiceDraft::feedback)
                    .containsExactly(tuple("Listen", 1.0, ""), tuple("Take notes", 0.5, "Half way"),
                            tuple("Argue", -0.25, ""), tuple("Hang up", 0.0, ""));
        }

        @Test
        void a_choice_question_with_a_single_answer_is_an_error() {
            GiftProblem problem = problem("::Lonely::Only one way{~Listen}");

            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message()).contains("at least two answers");
        }

        @Test
        void text_before_the_first_marker_is_an_answer_too_as_in_moodle() {
            QuestionDraft draft = only("Pick{Listen =Wait ~Shout}");

            assertThat(draft.choices()).extracting(ChoiceDraft::text, ChoiceDraft::fraction)
                    .containsExactly(tuple("Listen", 0.0), tuple("Wait", 1.0), tuple("Shout", 0.0));
        }

        @Test
        void rule_problems_of_the_draft_become_errors_of_the_question() {
            GiftProblem problem = problem(gift("", "::No match::Pair them{=Calm -> =Upset -> Angry}"));

            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("needs an answer on the right");
        }

        @Test
        void an_empty_answer_is_an_error() {
            assertThat(problem("Pick{=Listen ~ ~Shout}").message()).contains("An answer is empty");
        }
    }

    // ---------------------------------------------------------------- true/false

    @Nested
    class TrueFalse {

        @Test
        void t_true_f_and_false_set_the_correct_choice() {
            assertThat(only("A?{T}").choices()).extracting(ChoiceDraft::fraction).containsExactly(1.0, 0.0);
            assertThat(only("A?{TRUE}").choices()).extracting(ChoiceDraft::fraction).containsExactly(1.0, 0.0);
            assertThat(only("A?{F}").choices()).extracting(ChoiceDraft::fraction).containsExactly(0.0, 1.0);
            assertThat(only("A?{ FALSE }").choices()).extracting(ChoiceDraft::fraction).containsExactly(0.0, 1.0);
            assertThat(only("A?{T}").choices()).extracting(ChoiceDraft::text).containsExactly("True", "False");
            assertThat(only("A?{F}").type()).isEqualTo(QuestionType.TRUE_FALSE);
        }

        @Test
        void the_first_feedback_is_for_a_wrong_answer_and_the_second_for_the_right_one() {
            QuestionDraft isTrue = GiftParser.parse(fixture("service-basics.gift")).questions().get(2).draft();
            assertThat(isTrue.choices()).containsExactly(
                    ChoiceDraft.of("True", 1.0, "Right: safety first."),
                    ChoiceDraft.of("False", 0.0, "Threats are never handled alone."));

            QuestionDraft isFalse = only("Promise refunds before checking?{FALSE#Check first.#Correct.}");
            assertThat(isFalse.choices()).containsExactly(
                    ChoiceDraft.of("True", 0.0, "Check first."),
                    ChoiceDraft.of("False", 1.0, "Correct."));
        }

        @Test
        void only_right_feedback_after_an_empty_wrong_one() {
            QuestionDraft draft = only("Log every call?{T##Yes, always.####Logs protect you and the customer.}");

            assertThat(draft.choices()).extracting(ChoiceDraft::feedback).containsExactly("Yes, always.", "");
            assertThat(draft.generalFeedback()).isEqualTo("Logs protect you and the customer.");
        }

        @Test
        void lower_case_true_is_a_short_answer_as_in_moodle() {
            QuestionDraft draft = only("Spell the word{true}");

            assertThat(draft.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(draft.choices()).containsExactly(ChoiceDraft.of("true", 1.0, ""));
        }
    }

    // ---------------------------------------------------------------- short answer

    @Nested
    class ShortAnswer {

        @Test
        void accepted_answers_with_optional_weights_and_feedback() {
            QuestionDraft draft = GiftParser.parse(fixture("service-basics.gift")).questions().get(3).draft();

            assertThat(draft.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(draft.choices()).containsExactly(
                    ChoiceDraft.of("ESC", 1.0, "Correct."),
                    ChoiceDraft.of("ES", 0.5, "Almost: it has three letters."));
        }

        @Test
        void an_answer_without_equals_sign_is_accepted_in_full() {
            assertThat(only("Our support e-mail domain?{help.example}").choices())
                    .containsExactly(ChoiceDraft.of("help.example", 1.0, ""));
        }

        @Test
        void a_zero_weight_answer_is_accepted_for_its_feedback_as_in_moodle() {
            assertThat(only("Team name?{=Care =%0%Support#Not quite}").choices()).containsExactly(
                    ChoiceDraft.of("Care", 1.0, ""), ChoiceDraft.of("Support", 0.0, "Not quite"));
        }

        @Test
        void without_a_full_marks_answer_it_is_imported_with_a_warning() {
            GiftParseResult result = GiftParser.parse("Team name?{=%50%Care}");

            assertThat(result.questions()).singleElement().satisfies(q -> assertThat(q.draft().choices())
                    .containsExactly(ChoiceDraft.of("Care", 0.5, "")));
            assertThat(result.problems()).singleElement().satisfies(p -> {
                assertThat(p.severity()).isEqualTo(Severity.WARNING);
                assertThat(p.message()).contains("100%");
            });
        }
    }

    // ---------------------------------------------------------------- matching

    @Nested
    class Matching {

        @Test
        void pairs_with_an_arrow_and_an_empty_item_as_distractor() {
            QuestionDraft draft = GiftParser.parse(fixture("service-basics.gift")).questions().get(4).draft();

            assertThat(draft.type()).isEqualTo(QuestionType.MATCHING);
            assertThat(draft.choices()).containsExactly(
                    ChoiceDraft.pair("Phone", "30 seconds"),
                    ChoiceDraft.pair("Live chat", "2 minutes"),
                    ChoiceDraft.pair("E-mail", "1 working day"),
                    ChoiceDraft.pair("", "1 week"));
        }

        @Test
        void a_hash_in_a_pair_is_text_and_general_feedback_is_read() {
            QuestionDraft draft = only("Match{=Queue #1 -> VIP =Queue #2 -> Standard ####Queues follow priority.}");

            assertThat(draft.choices()).containsExactly(ChoiceDraft.pair("Queue #1", "VIP"),
                    ChoiceDraft.pair("Queue #2", "Standard"));
            assertThat(draft.generalFeedback()).isEqualTo("Queues follow priority.");
        }

        @Test
        void a_matching_question_with_one_pair_is_an_error() {
            GiftProblem problem = problem("::Solo::Match{=Phone -> 30 seconds}");

            assertThat(problem.severity()).isEqualTo(Severity.ERROR);
            assertThat(problem.message()).contains("at least two pairs");
        }

        @Test
        void a_pair_without_an_arrow_is_an_error_at_its_line() {
            GiftProblem problem = problem(gift("Match{", "=Phone -> 30 seconds", "=Chat 2 minutes", "}"));

            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.message()).contains("\"Chat 2 minutes\" has no ->");
        }

        @Test
        void two_distractors_and_one_pair_break_the_matching_rules() {
            assertThat(problem("Match{=Phone -> fast = -> slow = -> never}").message()).contains("two pairs");
        }
    }

    // ---------------------------------------------------------------- unsupported types

    @Nested
    class Unsupported {

        @Test
        void numerical_essay_and_description_items_are_skipped_by_number_and_title() {
            GiftParseResult result = GiftParser.parse(fixture("mixed-with-unsupported.gift"));

            assertThat(result.hasErrors()).isFalse();
            assertThat(result.problems()).extracting(GiftProblem::severity, GiftProblem::line, GiftProblem::number,
                    GiftProblem::title).containsExactly(
                            tuple(Severity.SKIPPED, 1, 1, "Hold time"),
                            tuple(Severity.SKIPPED, 3, 2, "Reflection"),
                            tuple(Severity.SKIPPED, 5, 3, "Welcome text"));
            assertThat(result.problems()).extracting(GiftProblem::message).satisfiesExactly(
                    m -> assertThat(m).startsWith("Numerical questions are not supported"),
                    m -> assertThat(m).startsWith("Essay questions are not supported"),
                    m -> assertThat(m).startsWith("Descriptions"));
            assertThat(result.questions()).extracting(GiftQuestion::number, q -> q.draft().title())
                    .containsExactly(tuple(4, "Apology"));
            assertThat(result.problems().getFirst().describe())
                    .isEqualTo("Line 1, question 1 \"Hold time\": Numerical questions are not supported; skipped.");
        }

        @Test
        void an_essay_with_only_general_feedback_is_still_an_essay() {
            assertThat(problem("Describe your best call.{####Be specific.}").message()).startsWith("Essay");
        }

        @Test
        void a_skipped_question_without_title_is_named_after_its_text() {
            assertThat(problem("How long is a typical call?{#5:2}").title()).isEqualTo("How long is a typical call?");
        }
    }

    // ---------------------------------------------------------------- what Moodle's own GIFT test files hold

    /**
     * {@code moodle-constructs.gift} uses, in its own words, every construct of Moodle's GIFT test files
     * ({@code questions.gift.txt}, {@code questions_in_category.gift.txt}, {@code giftformat_test.php}) and what
     * Moodle saves although its editor would ask for more. Moodle imports all of it; so does Certdesk, skipping
     * the types it cannot ask and warning where the editor will ask for more.
     */
    @Nested
    class AsMoodleReadsIt {

        private final GiftParseResult result = GiftParser.parse(fixture("moodle-constructs.gift"));

        private QuestionDraft titled(String title) {
            return result.questions().stream().map(GiftQuestion::draft).filter(d -> d.title().equals(title))
                    .findFirst().orElseThrow(() -> new AssertionError("no question titled " + title));
        }

        @Test
        void the_file_is_not_rejected_and_only_unsupported_types_are_skipped() {
            assertThat(result.hasErrors()).isFalse();
            assertThat(result.problems()).filteredOn(p -> p.severity() == Severity.SKIPPED)
                    .extracting(GiftProblem::number, GiftProblem::title)
                    .containsExactly(tuple(1, "Shift"), tuple(6, "Hold minutes"), tuple(15, "Backslashes"),
                            tuple(16, "Macro"), tuple(17, "Tagged"));
            assertThat(result.questions()).hasSize(18);
        }

        @Test
        void each_answer_and_feedback_may_name_its_own_format_and_is_shown_in_the_question_format() {
            QuestionDraft channels = titled("Support channels");
            assertThat(channels.format()).isEqualTo(TextFormat.HTML);
            assertThat(channels.stem()).isEqualTo("Match each <b>channel</b> to what it is best for.");
            assertThat(channels.choices()).extracting(ChoiceDraft::text, ChoiceDraft::match).containsExactly(
                    tuple("Problems that need a <i>screenshot</i>.", "E-mail"),
                    tuple("An upset customer who wants to be heard.", "Phone"),
                    tuple("Quick questions &lt;while&gt; browsing.", "Chat"),
                    tuple("Questions **many** customers ask.", "Help centre"),
                    tuple("", "Fax"));

            QuestionDraft greeting = titled("Greeting first");
            assertThat(greeting.format()).isEqualTo(TextFormat.MOODLE);
            assertThat(greeting.choices()).extracting(ChoiceDraft::text, ChoiceDraft::fraction, ChoiceDraft::feedback)
                    .containsExactly(tuple("your name", 1.0, "right; it builds trust!"),
                            tuple("the account number", 0.0, "not yet, <em>greet</em> first"),
                            tuple("the price", 0.0, "not yet, greet first"));
        }

        @Test
        void multiple_response_weights_with_their_negatives() {
            assertThat(titled("Empathy words").choices()).extracting(ChoiceDraft::fraction)
                    .containsExactly(0.5, -1.0, 0.5, -1.0);
            assertThat(titled("Escalate").choices()).extracting(ChoiceDraft::fraction)
                    .containsExactly(1.0, -0.5, -0.5);
        }

        @Test
        void short_answers_keep_partial_and_zero_weights_and_the_catch_all_wildcard() {
            QuestionDraft best = titled("Best channel");
            assertThat(best.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(best.choices()).containsExactly(ChoiceDraft.of("Phone", 1.0, "Good!"),
                    ChoiceDraft.of("Chat", 0.5, "Often, but not most."), ChoiceDraft.of("*", 0.0, "Not quite"));
            assertThat(titled("Best channel again").generalFeedback())
                    .isEqualTo("First-contact resolution is <b>highest</b> on the phone.");
            assertThat(titled("Order field").choices()).extracting(ChoiceDraft::text)
                    .containsExactly("order*", "*ref*");
            assertThat(titled("Agent word").choices()).containsExactly(ChoiceDraft.of("agent", 1.0, ""));
        }

        @Test
        void true_false_with_general_feedback_and_text_after_the_block_as_moodle_keeps_it() {
            QuestionDraft silence = titled("Silence");
            assertThat(silence.stem()).isEqualTo("A short silence on a call is always bad._____\";");
            assertThat(silence.generalFeedback()).isEqualTo("Pauses are part of active listening.");
            assertThat(silence.choices()).extracting(ChoiceDraft::fraction, ChoiceDraft::feedback).containsExactly(
                    tuple(0.0, "Silence gives the customer time to think."), tuple(1.0, "You gave the right answer."));
            assertThat(result.questions()).filteredOn(q -> q.draft().title().equals("3-12 NPS")).hasSize(2)
                    .allSatisfy(q -> assertThat(q.draft().choices().getFirst().fraction()).isEqualTo(1.0));
        }

        @Test
        void a_moodle_category_path_and_escaped_html_attributes() {
            assertThat(result.questions()).filteredOn(q -> q.draft().title().equals("Hold music")).singleElement()
                    .satisfies(q -> {
                        assertThat(q.category()).isEqualTo("$course$/Default for Support basics");
                        assertThat(q.draft().stem()).isEqualTo("<a href=\"https://example.com/hold.mp3\">Listen to"
                                + " this recording:</a><br /><br />Which tone does the agent use?");
                    });
            assertThat(titled("Acronym").stem())
                    .contains("<span style=\"font-style: italic;\">Customer Satisfaction</span>");
        }

        @Test
        void single_choice_with_two_right_answers_gives_each_full_marks_and_warns() {
            assertThat(titled("Two greetings").choices()).extracting(ChoiceDraft::fraction)
                    .containsExactly(1.0, 1.0, 0.0);
            assertThat(warningFor("Two greetings")).contains("exactly one correct answer (it has 2)");
        }

        @Test
        void an_item_twice_on_the_left_of_a_matching_question_is_asked_twice_and_warns() {
            assertThat(titled("Same situation").choices()).extracting(ChoiceDraft::text, ChoiceDraft::match)
                    .containsExactly(tuple("An upset customer", "Apologise"), tuple("An upset customer", "Listen"),
                            tuple("A happy customer", "Thank them"));
            assertThat(warningFor("Same situation")).contains("Two items on the left");
        }

        @Test
        void weights_short_of_100_percent_import_with_a_warning() {
            assertThat(titled("Long chats").choices()).extracting(ChoiceDraft::fraction)
                    .containsExactly(0.5, 0.25, -0.5);
            assertThat(warningFor("Long chats")).contains("add up to 75%");
        }

        @Test
        void a_title_loses_its_html_as_in_moodle() {
            assertThat(titled("Short & clear").stem()).isEqualTo("Short sentences help customers on the phone.");
        }

        @Test
        void moodle_auto_format_keeps_the_line_break() {
            QuestionDraft twoLines = titled("Two lines");
            assertThat(twoLines.format()).isEqualTo(TextFormat.MOODLE);
            assertThat(twoLines.stem()).isEqualTo("The customer wrote:\n\"My order never came.\"");
        }

        @Test
        void only_the_questions_moodle_saves_but_its_editor_refuses_carry_a_warning() {
            assertThat(result.problems()).filteredOn(p -> p.severity() == Severity.WARNING)
                    .extracting(GiftProblem::title)
                    .containsExactly("Two greetings", "Same situation", "Long chats");
        }

        private String warningFor(String title) {
            return result.problems().stream().filter(p -> p.severity() == Severity.WARNING && p.title().equals(title))
                    .map(GiftProblem::message).findFirst().orElseThrow();
        }
    }
}
