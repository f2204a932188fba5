package com.certdesk.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.catalog.SkillArea;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionFilter;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class GiftImportViewTest extends UiTest {

    @Autowired
    QuestionBankService bank;

    @BeforeEach
    void signInAsAdmin() {
        signIn(fixtures.user("giftadmin", null, Roles.ADMIN));
    }

    private long questionsIn(SkillArea area) {
        return bank.find(new QuestionFilter(QuestionCategory.of(area), null, ""), PageRequest.of(0, 1))
                .getTotalElements();
    }

    @Test
    void admin_previews_a_gift_file_and_imports_it_on_confirmation() {
        String file = "$CATEGORY: Problem solving\n\n::Steps::Which comes first?{=Understand the problem ~Fix it}\n\n"
                + "::Essay::Tell us a story.{}\n";
        long before = questionsIn(SkillArea.PROBLEM_SOLVING);
        open("admin/questions");
        test(find(Button.class).withId("import-gift").single()).click();

        test(find(Upload.class).withId("gift-upload").single())
                .upload("questions.gift", "text/plain", file.getBytes(StandardCharsets.UTF_8));

        assertThat(text(find(UnorderedList.class).withId("gift-problems").single()))
                .contains("Skipped").contains("question 2").contains("Essay");
        Button confirm = find(Button.class).withId("gift-import-confirm").single();
        assertThat(confirm.getText()).isEqualTo("Import 1 question");
        assertThat(questionsIn(SkillArea.PROBLEM_SOLVING)).isEqualTo(before);
        test(confirm).click();
        assertThat(questionsIn(SkillArea.PROBLEM_SOLVING)).isEqualTo(before + 1);
    }

    @Test
    void a_gift_file_with_a_syntax_error_is_rejected_with_its_line() {
        String file = "::Ok::Fine?{T}\n\n::Broken::No closing brace {=a ~b\n";
        long before = questionsIn(SkillArea.FIRST_IMPRESSIONS);
        open("admin/questions");
        test(find(Button.class).withId("import-gift").single()).click();

        test(find(Upload.class).withId("gift-upload").single())
                .upload("broken.gift", "text/plain", file.getBytes(StandardCharsets.UTF_8));

        assertThat(text(find(UnorderedList.class).withId("gift-problems").single())).contains("Line 3");
        assertThat(find(Button.class).withId("gift-import-confirm").single().isEnabled()).isFalse();
        assertThat(questionsIn(SkillArea.FIRST_IMPRESSIONS)).isEqualTo(before);
    }
}
