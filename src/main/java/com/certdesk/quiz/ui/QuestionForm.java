package com.certdesk.quiz.ui;

import com.certdesk.quiz.CategoryOption;
import com.certdesk.quiz.ChoiceDraft;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionDraft;
import com.certdesk.quiz.QuestionRules;
import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.TextFormat;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.formlayout.FormLayout.ResponsiveStep;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of a question: where it is filed, its type, title, points, Markdown text and feedback, and the
 * answers in the shape the type needs. Changing the type swaps the answer editor; answers carry over between
 * single choice and multiple response, and each other type gets back what the author last wrote for it.
 */
final class QuestionForm extends VerticalLayout {

    private final ComboBox<CategoryOption> category = new ComboBox<>("Category");
    private final Select<QuestionType> type = new Select<>();
    private final TextField title = new TextField("Title");
    private final IntegerField points = new IntegerField("Points");
    private final TextArea stem = new TextArea("Question text (Markdown)");
    private final TextArea generalFeedback = new TextArea("General feedback (optional)");
    private final Div answers = new Div();
    private final Map<QuestionType, List<ChoiceDraft>> earlierAnswers = new EnumMap<>(QuestionType.class);
    private final Runnable onChange;
    private ChoiceEditor editor;
    private static final String MARKDOWN_HELP = "Markdown: **bold**, - lists, > quotes for what a customer says.";
    private boolean filling;
    /** Kept from the question being edited: a question imported as HTML stays HTML. */
    private TextFormat format = TextFormat.MARKDOWN;

    QuestionForm(Runnable onChange) {
        this.onChange = onChange;
        setPadding(false);
        addClassName("question-form");
        category.setId("question-category");
        category.setItemLabelGenerator(CategoryOption::label);
        category.setRequired(true);
        category.setHelperText("A skill area, or one module when the question only fits there.");
        type.setLabel("Type");
        type.setId("question-type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(QuestionType::label);
        type.setHelperText("Answers carry over between single choice and multiple response.");
        title.setId("question-title");
        title.setMaxLength(QuestionRules.MAX_TITLE);
        title.setRequired(true);
        title.setHelperText("For finding the question in the bank; learners do not see it.");
        points.setId("question-points");
        points.setMin(1);
        points.setMax(QuestionRules.MAX_POINTS);
        points.setStepButtonsVisible(true);
        points.setRequired(true);
        stem.setId("question-stem");
        stem.addClassName("markdown-editor");
        stem.setMaxLength(QuestionRules.MAX_STEM);
        stem.setMinRows(5);
        stem.setHelperText(MARKDOWN_HELP);
        generalFeedback.setId("question-general-feedback");
        generalFeedback.setMaxLength(QuestionRules.MAX_FEEDBACK);
        generalFeedback.setHelperText("Shown to every learner after answering, right or wrong.");
        for (var field : List.of(title, stem, generalFeedback)) {
            field.setValueChangeMode(ValueChangeMode.TIMEOUT);
            field.setValueChangeTimeout(300);
        }
        title.addValueChangeListener(e -> changed());
        stem.addValueChangeListener(e -> changed());
        generalFeedback.addValueChangeListener(e -> changed());
        points.addValueChangeListener(e -> changed());
        category.addValueChangeListener(e -> changed());
        type.addValueChangeListener(e -> {
            if (!filling && e.getOldValue() != null && e.getValue() != null) {
                switchType(e.getOldValue(), e.getValue());
            }
        });

        var fields = new FormLayout(category, type, title, points, stem, generalFeedback);
        fields.setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 4));
        fields.setColspan(category, 2);
        fields.setColspan(type, 2);
        fields.setColspan(title, 3);
        fields.setColspan(points, 1);
        fields.setColspan(stem, 4);
        fields.setColspan(generalFeedback, 4);
        var answersHeading = new H3("Answers");
        answersHeading.addClassName("form-section");
        answers.setWidthFull();
        editor = ChoiceEditor.of(QuestionType.SINGLE_CHOICE, ChoiceEditor.starter(QuestionType.SINGLE_CHOICE),
                this::changed);
        answers.add(editor);
        add(fields, answersHeading, answers);
    }

    /** Fills the form; the category may be one no longer offered (a deleted module), so it is added if needed. */
    void fill(List<CategoryOption> options, @Nullable QuestionCategory filed, String filedLabel, QuestionDraft draft) {
        filling = true;
        try {
            List<CategoryOption> items = new ArrayList<>(options);
            CategoryOption selected = null;
            if (filed != null) {
                selected = items.stream().filter(o -> o.category().equals(filed)).findFirst().orElse(null);
                if (selected == null) {
                    selected = new CategoryOption(filed, filedLabel);
                    items.add(selected);
                }
            }
            category.setItems(items);
            category.setValue(selected);
            type.setValue(draft.type());
            title.setValue(draft.title());
            points.setValue(draft.points());
            format = draft.format();
            stem.setLabel(switch (format) {
                case MARKDOWN -> "Question text (Markdown)";
                case HTML -> "Question text (HTML, as imported)";
                case MOODLE -> "Question text (Moodle auto-format: HTML, line breaks kept)";
                case PLAIN -> "Question text (plain text)";
            });
            stem.setHelperText(format == TextFormat.MARKDOWN ? MARKDOWN_HELP
                    : "Imported from a GIFT file; answers and feedback are written in the same format.");
            stem.setValue(draft.stem());
            generalFeedback.setValue(draft.generalFeedback());
            earlierAnswers.clear();
            showAnswers(draft.type(), draft.choices());
        } finally {
            filling = false;
        }
    }

    private void switchType(QuestionType from, QuestionType to) {
        List<ChoiceDraft> current = editor.choices();
        earlierAnswers.put(from, current);
        List<ChoiceDraft> next = ChoiceEditor.keepsAnswers(from, to) ? ChoiceEditor.carryOver(from, to, current)
                : earlierAnswers.getOrDefault(to, ChoiceEditor.starter(to));
        showAnswers(to, next);
        changed();
    }

    private void showAnswers(QuestionType questionType, List<ChoiceDraft> choices) {
        answers.removeAll();
        editor = ChoiceEditor.of(questionType, choices, this::changed);
        answers.add(editor);
    }

    private void changed() {
        if (!filling) {
            onChange.run();
        }
    }

    @Nullable QuestionCategory category() {
        return category.getValue() == null ? null : category.getValue().category();
    }

    QuestionDraft draft() {
        QuestionType questionType = type.getValue() == null ? QuestionType.SINGLE_CHOICE : type.getValue();
        return new QuestionDraft(questionType, title.getValue(), stem.getValue(), generalFeedback.getValue(),
                points.getValue() == null ? 0 : points.getValue(), editor.choices(), format);
    }
}
