package com.certdesk.quiz.internal;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.PaperQuestion;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.Response;
import com.certdesk.quiz.ReviewItem;
import com.certdesk.quiz.ReviewItem.ReviewOption;
import com.certdesk.quiz.QuestionRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Builds an attempt's snapshot from bank questions, what the learner sees of it, and its review. */
public final class Papers {

    private Papers() {
    }

    /** Freezes the questions in the given order; options are shuffled when asked (never true/false). */
    public static Snapshot snapshot(List<QuestionWithId> questions, boolean shuffleChoices, Random random) {
        List<Snapshot.Slot> slots = new ArrayList<>();
        for (QuestionWithId q : questions) {
            QuestionDraft d = q.draft();
            List<Snapshot.Choice> choices = new ArrayList<>();
            for (int key = 0; key < d.choices().size(); key++) {
                ChoiceDraft c = d.choices().get(key);
                if (d.type() == QuestionType.MATCHING && c.text().isBlank()) {
                    continue;
                }
                choices.add(new Snapshot.Choice(key, c.text(), c.fraction(), c.feedback(), c.match()));
            }
            boolean shuffle = shuffleChoices && (d.type() == QuestionType.SINGLE_CHOICE
                    || d.type() == QuestionType.MULTIPLE_RESPONSE || d.type() == QuestionType.MATCHING);
            if (shuffle) {
                Collections.shuffle(choices, random);
            }
            List<String> right = new ArrayList<>();
            if (d.type() == QuestionType.MATCHING) {
                Set<String> distinct = new LinkedHashSet<>();
                d.choices().forEach(c -> distinct.add(c.match().strip()));
                right.addAll(distinct);
                Collections.shuffle(right, random);
            }
            slots.add(new Snapshot.Slot(q.id(), d.type(), d.title(), d.stem(), d.generalFeedback(), d.points(),
                    choices, right, d.format()));
        }
        return new Snapshot(slots);
    }

    /** A bank question with its id, as the snapshot needs it. */
    public record QuestionWithId(long id, QuestionDraft draft) {
    }

    public static PaperQuestion paper(Snapshot.Slot slot, int index) {
        List<PaperQuestion.PaperOption> options = slot.type() == QuestionType.SHORT_ANSWER ? List.of()
                : slot.choices().stream().map(c -> new PaperQuestion.PaperOption(c.key(), c.text())).toList();
        return new PaperQuestion(index, slot.type(), slot.stem(), slot.points(), options, slot.rightOptions(),
                slot.format());
    }

    /** The full review of a slot: every option, what was chosen, what was right, and the feedback. */
    public static ReviewItem review(Snapshot.Slot slot, int index, @Nullable Response response) {
        double earned = Scoring.points(slot, response);
        List<ReviewOption> options = new ArrayList<>();
        List<String> feedback = new ArrayList<>();
        String typed = "";
        List<String> accepted = List.of();
        switch (slot.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                for (Snapshot.Choice c : slot.choices()) {
                    boolean chosen = response != null && response.selected().contains(c.key());
                    boolean right = c.fraction() > 0;
                    options.add(new ReviewOption(c.text(), chosen, right, "", "", chosen ? c.feedback() : ""));
                    if (chosen && !c.feedback().isBlank()) {
                        feedback.add(c.feedback());
                    }
                }
            }
            case SHORT_ANSWER -> {
                typed = response == null ? "" : response.text();
                accepted = slot.choices().stream().filter(c -> c.fraction() == 1.0).map(Snapshot.Choice::text).toList();
                Scoring.shortAnswerMatch(slot.choices(), typed).map(Snapshot.Choice::feedback)
                        .filter(f -> !f.isBlank()).ifPresent(feedback::add);
            }
            case MATCHING -> {
                for (Snapshot.Choice item : slot.choices()) {
                    String chosen = response == null ? "" : response.pairs().getOrDefault(item.key(), "");
                    boolean right = QuestionRules.normalize(chosen).equals(QuestionRules.normalize(item.match()));
                    options.add(new ReviewOption(item.text(), !chosen.isBlank(), right, chosen, item.match(), ""));
                }
            }
        }
        return new ReviewItem(index, slot.type(), slot.stem(), slot.points(), earned, options, typed, accepted,
                String.join("\n\n", feedback), slot.generalFeedback(), slot.format());
    }
}
