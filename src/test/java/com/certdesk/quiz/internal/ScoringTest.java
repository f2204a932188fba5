package com.certdesk.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static Snapshot.Slot slot(QuestionType type, int points, Snapshot.Choice... choices) {
        return new Snapshot.Slot(1, type, "t", "stem", "", points, List.of(choices), List.of());
    }

    private static Snapshot.Choice c(int key, String text, double fraction) {
        return new Snapshot.Choice(key, text, fraction, "", "");
    }

    private static Snapshot.Choice pair(int key, String left, String right) {
        return new Snapshot.Choice(key, left, 0, "", right);
    }

    private final Snapshot.Slot single = slot(QuestionType.SINGLE_CHOICE, 2, c(0, "a", 0), c(1, "b", 1), c(2, "c", 0));
    private final Snapshot.Slot multi = slot(QuestionType.MULTIPLE_RESPONSE, 3, c(0, "a", 0.5), c(1, "b", 0.5),
            c(2, "c", -0.5), c(3, "d", -1.0));

    @Test
    void single_choice_is_all_or_nothing() {
        assertThat(Scoring.points(single, Response.choice(1))).isEqualTo(2.0);
        assertThat(Scoring.points(single, Response.choice(0))).isZero();
        assertThat(Scoring.points(single, Response.choices(List.of()))).isZero();
        assertThat(Scoring.points(single, null)).isZero();
    }

    @Test
    void single_choice_with_two_options_chosen_earns_nothing() {
        assertThat(Scoring.points(single, Response.choices(List.of(1, 0)))).isZero();
    }

    private final Snapshot.Slot weightedSingle = slot(QuestionType.SINGLE_CHOICE, 4, c(0, "Refund at once", 1),
            c(1, "Offer a voucher", 0.5), c(2, "Argue", -0.25), c(3, "Hang up", 0));

    @Test
    void single_choice_with_weights_earns_the_chosen_option_share_as_moodle_grades_it() {
        assertThat(Scoring.fraction(weightedSingle, Response.choice(0))).isEqualTo(1.0);
        assertThat(Scoring.fraction(weightedSingle, Response.choice(1))).isEqualTo(0.5);
        assertThat(Scoring.points(weightedSingle, Response.choice(1))).isEqualTo(2.0);
        assertThat(Scoring.fraction(weightedSingle, Response.choice(3))).isZero();
    }

    @Test
    void a_negative_single_choice_option_earns_nothing_rather_than_costing_points() {
        assertThat(Scoring.fraction(weightedSingle, Response.choice(2))).isZero();
        assertThat(Scoring.points(weightedSingle, Response.choice(2))).isZero();
    }

    @Test
    void only_the_full_marks_option_of_a_weighted_single_choice_counts_as_the_correct_answer() {
        assertThat(weightedSingle.choices()).filteredOn(ch -> Scoring.correctOption(weightedSingle, ch))
                .extracting(Snapshot.Choice::text).containsExactly("Refund at once");
        assertThat(Scoring.optionFraction(weightedSingle, weightedSingle.choices().get(1))).isEqualTo(0.5);
        assertThat(Scoring.optionFraction(weightedSingle, weightedSingle.choices().get(2))).isZero();
    }

    @Test
    void a_weighted_single_choice_with_two_options_chosen_earns_nothing() {
        assertThat(Scoring.fraction(weightedSingle, Response.choices(List.of(0, 1)))).isZero();
    }

    @Test
    void true_false_is_all_or_nothing() {
        var tf = slot(QuestionType.TRUE_FALSE, 1, c(0, "True", 0), c(1, "False", 1));
        assertThat(Scoring.points(tf, Response.choice(1))).isEqualTo(1.0);
        assertThat(Scoring.points(tf, Response.choice(0))).isZero();
    }

    @Test
    void multiple_response_adds_the_weights_of_the_chosen_options() {
        assertThat(Scoring.fraction(multi, Response.choices(List.of(0, 1)))).isEqualTo(1.0);
        assertThat(Scoring.fraction(multi, Response.choices(List.of(0)))).isEqualTo(0.5);
        assertThat(Scoring.points(multi, Response.choices(List.of(0)))).isEqualTo(1.5);
    }

    @Test
    void wrong_choices_in_multiple_response_cost_points() {
        assertThat(Scoring.fraction(multi, Response.choices(List.of(0, 1, 2)))).isEqualTo(0.5);
    }

    @Test
    void multiple_response_never_goes_below_zero() {
        assertThat(Scoring.fraction(multi, Response.choices(List.of(0, 3)))).isZero();
        assertThat(Scoring.fraction(multi, Response.choices(List.of(2, 3)))).isZero();
    }

    @Test
    void choosing_everything_in_multiple_response_does_not_pay() {
        assertThat(Scoring.fraction(multi, Response.choices(List.of(0, 1, 2, 3)))).isZero();
    }

    @Test
    void short_answer_matches_after_normalising_case_and_whitespace() {
        var sa = slot(QuestionType.SHORT_ANSWER, 1, c(0, "Net Promoter Score", 1), c(1, "NPS", 1));
        assertThat(Scoring.points(sa, Response.text("  net   promoter SCORE "))).isEqualTo(1.0);
        assertThat(Scoring.points(sa, Response.text("nps"))).isEqualTo(1.0);
        assertThat(Scoring.points(sa, Response.text("net promoter"))).isZero();
        assertThat(Scoring.points(sa, Response.text("   "))).isZero();
    }

    @Test
    void short_answer_with_a_partly_accepted_answer_earns_its_weight() {
        var sa = slot(QuestionType.SHORT_ANSWER, 2, c(0, "apologise", 1), c(1, "sorry", 0.5));
        assertThat(Scoring.points(sa, Response.text("Sorry"))).isEqualTo(1.0);
    }

    @Test
    void matching_earns_the_share_of_correct_pairs() {
        var m = slot(QuestionType.MATCHING, 3, pair(0, "CSAT", "1 to 5"), pair(1, "NPS", "0 to 10"),
                pair(2, "CES", "1 to 7"));
        assertThat(Scoring.fraction(m, Response.pairs(Map.of(0, "1 to 5", 1, "0 to 10", 2, "1 to 7")))).isEqualTo(1.0);
        assertThat(Scoring.fraction(m, Response.pairs(Map.of(0, "1 to 5", 1, "1 to 7", 2, "0 to 10"))))
                .isCloseTo(1.0 / 3, within(1e-12));
        assertThat(Scoring.points(m, Response.pairs(Map.of(0, "1 to 5", 1, "0 to 10")))).isCloseTo(2.0, within(1e-12));
        assertThat(Scoring.fraction(m, Response.pairs(Map.of()))).isZero();
    }

    @Test
    void three_thirds_in_moodle_weights_make_full_marks() {
        var thirds = slot(QuestionType.MULTIPLE_RESPONSE, 3, c(0, "a", 0.3333333), c(1, "b", 0.3333333),
                c(2, "c", 0.3333333), c(3, "d", -1));
        assertThat(Scoring.points(thirds, Response.choices(List.of(0, 1, 2)))).isEqualTo(3.0);
    }

    @Test
    void the_pass_mark_is_reached_despite_floating_point_noise() {
        assertThat(Scoring.passes(79.99999999, 80)).isTrue();
        assertThat(Scoring.passes(79.9, 80)).isFalse();
        assertThat(Scoring.passes(80, 80)).isTrue();
    }

    // ---------------------------------------------------------------- as Moodle grades what GIFT files bring

    private final Snapshot.Slot animal = slot(QuestionType.SHORT_ANSWER, 2, c(0, "Phone", 1.0), c(1, "Chat", 0.5),
            c(2, "*", 0.0));

    @Test
    void a_partly_right_short_answer_earns_its_share_and_anything_else_meets_the_zero_percent_catch_all() {
        assertThat(Scoring.points(animal, Response.text("phone"))).isEqualTo(2.0);
        assertThat(Scoring.points(animal, Response.text(" CHAT "))).isEqualTo(1.0);
        assertThat(Scoring.points(animal, Response.text("e-mail"))).isZero();
        assertThat(Scoring.shortAnswerMatch(animal.choices(), "e-mail")).hasValueSatisfying(
                match -> assertThat(match.text()).isEqualTo("*"));
        assertThat(Scoring.shortAnswerMatch(animal.choices(), "")).as("nothing typed matches nothing").isEmpty();
    }

    @Test
    void the_best_matching_answer_wins_wherever_it_stands() {
        Snapshot.Slot catchAllFirst = slot(QuestionType.SHORT_ANSWER, 1, c(0, "*", 0.0), c(1, "Chat", 0.5),
                c(2, "Phone", 1.0));
        assertThat(Scoring.fraction(catchAllFirst, Response.text("Phone"))).isEqualTo(1.0);
        assertThat(Scoring.fraction(catchAllFirst, Response.text("chat"))).isEqualTo(0.5);
    }

    @Test
    void a_star_in_an_accepted_answer_matches_any_characters_and_a_backslash_star_only_a_star() {
        Snapshot.Slot order = slot(QuestionType.SHORT_ANSWER, 1, c(0, "order*", 1.0), c(1, "*ref*", 0.5),
                c(2, "5\\*", 1.0));
        assertThat(Scoring.fraction(order, Response.text("Order number"))).isEqualTo(1.0);
        assertThat(Scoring.fraction(order, Response.text("order"))).isEqualTo(1.0);
        assertThat(Scoring.fraction(order, Response.text("the reference"))).isEqualTo(0.5);
        assertThat(Scoring.fraction(order, Response.text("my order"))).as("the star is at the end only").isZero();
        assertThat(Scoring.fraction(order, Response.text("5*"))).isEqualTo(1.0);
        assertThat(Scoring.fraction(order, Response.text("55"))).as("an escaped star is no wildcard").isZero();
        assertThat(Scoring.fraction(order, Response.text("a.b"))).as("other characters are literal").isZero();
    }

    @Test
    void single_choice_with_several_right_answers_gives_full_marks_for_each() {
        Snapshot.Slot twoRight = slot(QuestionType.SINGLE_CHOICE, 2, c(0, "Good morning", 1.0), c(1, "Hello", 1.0),
                c(2, "Yo", 0.0));
        assertThat(Scoring.points(twoRight, Response.choice(0))).isEqualTo(2.0);
        assertThat(Scoring.points(twoRight, Response.choice(1))).isEqualTo(2.0);
        assertThat(Scoring.points(twoRight, Response.choice(2))).isZero();
        assertThat(Scoring.points(twoRight, Response.choices(List.of(0, 1)))).isZero();
    }

    @Test
    void multiple_response_weights_short_of_100_percent_score_their_sum_as_in_moodle() {
        Snapshot.Slot short75 = slot(QuestionType.MULTIPLE_RESPONSE, 4, c(0, "a", 0.5), c(1, "b", 0.25),
                c(2, "c", -0.5));
        assertThat(Scoring.points(short75, Response.choices(List.of(0, 1)))).isEqualTo(3.0);
        assertThat(Scoring.points(short75, Response.choices(List.of(0, 1, 2)))).isEqualTo(1.0);
    }

    @Test
    void a_matching_item_asked_twice_is_graded_per_item() {
        Snapshot.Slot twice = slot(QuestionType.MATCHING, 1, pair(0, "Upset", "Apologise"), pair(1, "Upset", "Listen"),
                pair(2, "Happy", "Thank them"));
        assertThat(Scoring.fraction(twice, Response.pairs(Map.of(0, "Apologise", 1, "Listen", 2, "Thank them"))))
                .isEqualTo(1.0);
        assertThat(Scoring.fraction(twice, Response.pairs(Map.of(0, "Listen", 1, "Apologise", 2, "Thank them"))))
                .isCloseTo(1.0 / 3, within(1e-9));
    }
}
