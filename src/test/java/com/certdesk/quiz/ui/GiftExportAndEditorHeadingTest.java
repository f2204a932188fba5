package com.certdesk.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.UiTest;
import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.FormError;
import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.CategoryOption;
import com.certdesk.quiz.GiftTransferService;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionDetail;
import com.certdesk.quiz.QuizFixtures;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Export GIFT never hands out an empty file; the question editor's heading says what the page does. */
class GiftExportAndEditorHeadingTest extends UiTest {

    @Autowired
    QuestionBankService bank;
    @Autowired
    GiftTransferService gift;
    @Autowired
    QuizFixtures quizFixtures;

    @BeforeEach
    void signInAsAdmin() {
        signIn(fixtures.user("export-admin", null, Roles.ADMIN));
    }

    @Test
    @SuppressWarnings("unchecked")
    void export_offers_only_categories_with_questions_and_starts_with_the_filtered_one() {
        long emptyModule = fixtures.draftModule("No questions", 1);
        long filedModule = fixtures.draftModule("Two questions", 1);
        for (String title : List.of("First", "Second")) {
            SystemAuthentication.runAsSystem(() -> bank.create(QuestionCategory.ofModule(filedModule),
                    QuizFixtures.trueFalse(title, true)));
        }
        open("admin/questions");
        var filter = (ComboBox<CategoryOption>) find(ComboBox.class).withId("question-category").single();
        test(filter).selectItem(filter.getListDataView().getItems()
                .filter(c -> QuestionCategory.ofModule(filedModule).equals(c.category())).findFirst().orElseThrow()
                .label());

        test(find(Button.class).withId("export-gift").single()).click();

        var category = (ComboBox<CategoryOption>) find(ComboBox.class).withId("gift-export-category").single();
        assertThat(category.getValue().category()).isEqualTo(QuestionCategory.ofModule(filedModule));
        assertThat(category.getItemLabelGenerator().apply(category.getValue())).endsWith("(2 questions)");
        assertThat(category.getListDataView().getItems().map(CategoryOption::category))
                .contains(QuestionCategory.ofModule(filedModule))
                .doesNotContain(QuestionCategory.ofModule(emptyModule));
        assertThat(find(Anchor.class).withId("gift-download").single().isEnabled()).isTrue();
    }

    @Test
    void with_an_empty_bank_export_says_there_is_nothing_to_export_and_offers_no_download() {
        var dialog = new GiftExportDialog(gift, bank.categories(), Map.of(), null);
        UI.getCurrent().add(dialog);
        dialog.open();

        assertThat(find(Paragraph.class).withId("gift-export-nothing").single().getText())
                .isEqualTo(GiftExportDialog.NOTHING);
        assertThat(find(Anchor.class).withId("gift-download").exists()).isFalse();
    }

    @Test
    void exporting_a_category_without_questions_is_refused_rather_than_an_empty_file() {
        long emptyModule = fixtures.draftModule("Still empty", 1);
        assertThatThrownBy(() -> gift.exportCategory(QuestionCategory.ofModule(emptyModule)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("nothing to export");
    }

    @Test
    void the_editor_heading_says_new_question_or_edit_question_like_the_browser_tab() {
        open("admin/questions/new");
        assertThat(find(H2.class).single().getText()).isEqualTo("New question");
        assertThat(((QuestionEditorView) getCurrentView()).getPageTitle()).isEqualTo("New question");

        long id = quizFixtures.question(QuizFixtures.singleChoice("Greeting heading"));
        open(QuestionEditorView.editRoute(id));
        assertThat(find(H2.class).single().getText()).isEqualTo("Edit question");
        assertThat(((QuestionEditorView) getCurrentView()).getPageTitle()).isEqualTo("Edit question");
        assertThat(find(Paragraph.class).withId("question-edited-title").single().getText())
                .isEqualTo("“Greeting heading”");
    }

    @Test
    void saving_a_question_someone_else_changed_meanwhile_shows_the_message_with_reload() {
        long id = quizFixtures.question(QuizFixtures.singleChoice("Contested"));
        open(QuestionEditorView.editRoute(id));
        SystemAuthentication.runAsSystem(() -> {
            QuestionDetail d = bank.question(id);
            bank.update(id, d.version(), QuestionCategory.of(SkillArea.EMPATHY), QuizFixtures.singleChoice("Theirs"));
        });
        test(find(TextField.class).withId("question-title").single()).setValue("Mine");
        test(find(Button.class).withId("save-question").single()).click();

        FormError error = find(FormError.class).withId("question-error").single();
        assertThat(error.getText()).contains("was changed by someone else since you opened it; reload to see the changes");
        assertThat(error.isStale()).isTrue();
        assertThat(bank.question(id).draft().title()).isEqualTo("Theirs");
    }
}
