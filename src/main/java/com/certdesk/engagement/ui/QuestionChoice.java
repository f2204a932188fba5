package com.certdesk.engagement.ui;

import com.certdesk.engagement.EngagementResults.QuestionFilter;
import com.certdesk.engagement.PulseQuestion;
import com.certdesk.engagement.WaveResults;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The results page's two question filters: "Theme" (every theme or one) and "Question" (every question of that
 * choice or one). They choose which questions the figures count, never whom: the threshold is decided over the people
 * who answered. A choice is kept when another wave is shown if its survey has that theme or question (a question of
 * another survey by its kind and wording), and falls back to all otherwise.
 */
final class QuestionChoice {

    static final String ALL_THEMES = "All themes";
    static final String ALL_QUESTIONS = "All questions";

    private final Select<String> theme = new Select<>();
    private final Select<PulseQuestion> question = new Select<>();

    /** @param changed what to do when the user changes either filter */
    QuestionChoice(Runnable changed) {
        theme.setId("results-theme");
        theme.setLabel("Theme");
        theme.setItems(ALL_THEMES);
        theme.setValue(ALL_THEMES);
        question.setId("results-question");
        question.setLabel("Question");
        question.setEmptySelectionAllowed(true);
        question.setEmptySelectionCaption(ALL_QUESTIONS);
        question.setItemLabelGenerator(q -> q == null ? ALL_QUESTIONS : q.statement());
        theme.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
        question.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                changed.run();
            }
        });
    }

    Select<String> theme() {
        return theme;
    }

    Select<PulseQuestion> question() {
        return question;
    }

    /** The filter as chosen, before it is known which survey it applies to. */
    QuestionFilter chosen() {
        PulseQuestion q = question.getValue();
        return new QuestionFilter(themeChosen(), q == null ? null : q.id());
    }

    /**
     * The filter as it applies to a survey with these questions: the theme when the survey has it, the question when
     * the survey asks it (within that theme), else all.
     */
    QuestionFilter applied(List<PulseQuestion> survey) {
        String chosen = themeChosen();
        String inTheme = chosen != null && survey.stream().anyMatch(q -> q.theme().equals(chosen)) ? chosen : null;
        Long id = match(survey).filter(q -> inTheme == null || q.theme().equals(inTheme)).map(PulseQuestion::id)
                .orElse(null);
        return new QuestionFilter(inTheme, id);
    }

    /** Offers the themes and questions of the wave shown, choosing what {@code filter} counted. */
    void show(WaveResults results, QuestionFilter filter) {
        List<String> themes = new ArrayList<>();
        themes.add(ALL_THEMES);
        themes.addAll(results.themes());
        theme.setItems(themes);
        theme.setValue(filter.theme() == null ? ALL_THEMES : filter.theme());
        List<PulseQuestion> offered = results.allQuestions().stream()
                .filter(q -> filter.theme() == null || q.theme().equals(filter.theme())).toList();
        question.setItems(offered);
        question.setValue(offered.stream().filter(q -> Objects.equals(q.id(), filter.questionId())).findFirst()
                .orElse(null));
    }

    private @Nullable String themeChosen() {
        String t = theme.getValue();
        return t == null || t.equals(ALL_THEMES) ? null : t;
    }

    /** The question chosen, as the survey asks it: by id, or in another survey by the same kind and wording. */
    private Optional<PulseQuestion> match(List<PulseQuestion> survey) {
        PulseQuestion q = question.getValue();
        if (q == null) {
            return Optional.empty();
        }
        return survey.stream().filter(s -> s.id() == q.id()).findFirst().or(() -> survey.stream()
                .filter(s -> s.kind() == q.kind() && s.statement().equals(q.statement())).findFirst());
    }
}
