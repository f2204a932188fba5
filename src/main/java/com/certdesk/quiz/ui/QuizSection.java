package com.certdesk.quiz.ui;

import com.certdesk.base.ui.ModulePageSection;
import com.certdesk.quiz.QuizTakingService;
import java.util.Optional;

/** Adds the quiz card to the learner's module page when the module has an active quiz. */
@org.springframework.stereotype.Component
class QuizSection implements ModulePageSection {

    private final QuizTakingService taking;

    QuizSection(QuizTakingService taking) {
        this.taking = taking;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(long moduleId) {
        return taking.card(moduleId).map(card -> new QuizCardPanel(card, taking));
    }
}
