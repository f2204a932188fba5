package com.certdesk.quiz.internal;

import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.PaperQuestion;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.Response;
import com.certdesk.quiz.ReviewItem;
import com.certdesk.quiz.ReviewItem.ReviewOption;
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

    /**
     * The review of a slot: every option, what was chosen and, as far as {@code answers} and {@code feedback}
     * allow, what was right and the feedback. Which answers are right is {@link Scoring}'s decision; a hidden
     * part is left blank here, so it never leaves the service.
     */
    public static ReviewItem review(Snapshot.Slot slot, int index, @Nullable Response response, boolean answers,
            boolean feedback) {
        double earned = Scoring.points(slot, response);
        List<ReviewOption> options = new ArrayList<>();
        List<String> chosenFeedback = new ArrayList<>();
        String typed = "";
        List<String> accepted = List.of();
        switch (slot.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                for (Snapshot.Choice c : slot.choices()) {
                    boolean chosen = response != null && response.selected().contains(c.key());
                    boolean right = answers && Scoring.correctOption(slot, c);
                    String optionFeedback = feedback && chosen ? c.feedback() : "";
                    options.add(new ReviewOption(c.text(), chosen, right, "", "", optionFeedback));
                    if (!optionFeedback.isBlank()) {
                        chosenFeedback.add(optionFeedback);
                    }
                }
            }
            case SHORT_ANSWER -> {
                typed = response == null ? "" : response.text();
                accepted = answers ? Scoring.acceptedAnswers(slot) : List.of();
                if (feedback) {
                    Scoring.matchedAnswer(slot, typed).map(Snapshot.Choice::feedback).filter(f -> !f.isBlank())
                            .ifPresent(chosenFeedback::add);
                }
            }
            case MATCHING -> {
                for (Snapshot.Choice item : slot.choices()) {
                    String chosen = response == null ? "" : response.pairs().getOrDefault(item.key(), "");
                    options.add(new ReviewOption(item.text(), !chosen.isBlank(), Scoring.pairRight(item, chosen),
                            chosen, answers ? item.match() : "", ""));
                }
            }
        }
        return new ReviewItem(index, slot.type(), slot.stem(), slot.points(), earned, options, typed, accepted,
                String.join("\n\n", chosenFeedback), feedback ? slot.generalFeedback() : "",
                slot.format());
    }

    /** The full review: correct answers and feedback. */
    public static ReviewItem review(Snapshot.Slot slot, int index, @Nullable Response response) {
        return review(slot, index, response, true, true);
    }
}
