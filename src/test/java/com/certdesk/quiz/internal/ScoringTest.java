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
}
