package com.certdesk.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.UserFormats;
import com.certdesk.catalog.SkillArea;
import com.certdesk.certification.AssignmentKind;
import com.certdesk.certification.AssignmentService;
import com.certdesk.feedback.Metric;
import com.certdesk.insight.SkillSignalDraft;
import com.certdesk.insight.SkillSignalMapping;
import com.certdesk.insight.SkillSuggestionService;
import com.certdesk.insight.SuggestionFixtures;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrainingSuggestionsViewTest extends UiTest {

    @Autowired
    SuggestionFixtures scenarios;
    @Autowired
    SkillSuggestionService suggestions;
    @Autowired
    AssignmentService assignments;
    @Autowired
    Clock clock;

    SuggestionFixtures.Scenario s;

    @BeforeEach
    void setUp() {
        s = scenarios.build();
    }

    private void openDashboard(String user) {
        signIn(user);
        UI.getCurrent().navigate("dashboard/" + s.teamA(), QueryParameters.of("period", s.period().token()));
        roundTrip();
        assertThat(getCurrentView()).isInstanceOf(TeamDashboardView.class);
    }

    private String section() {
        return text(find(Div.class).withId("training-suggestions").single());
    }

    private String assignId() {
        return "assign-" + s.annId() + "-" + s.openModule();
    }

    @Test
    void manager_sees_the_area_with_n_and_assigns_a_module_with_a_due_date_in_thirty_days() {
        scenarios.detractors(s, s.ann(), 6, s.reason());
        scenarios.ratings(s, s.ann(), Metric.NPS, 0, 10, null, 9, 10, 10, 10);
        openDashboard(s.manager());

        assertThat(text(find(Paragraph.class).withId("suggestions-note").single()))
                .isEqualTo("Suggestion based on customer feedback, not a verdict on the agent.");
        assertThat(text(find(Div.class).withId("suggestion-" + s.annId()).single()))
                .contains("Test " + s.ann(), "Problem solving", s.openTitle());
        assertThat(text(find(Span.class).withId("signals-" + s.annId() + "-PROBLEM_SOLVING").single()))
                .isEqualTo("6 negative of 10 ratings");
        assertThat(find(Div.class).withId("suggestion-" + s.bobId()).all()).as("no signals, no card").isEmpty();

        test(find(Button.class).withId(assignId()).single()).click();
        LocalDate expected = LocalDate.now(clock).plusDays(30);
        assertThat(find(DatePicker.class).withId("new-due-date").single().getValue()).isEqualTo(expected);
        test(find(Button.class).withId("save-due-date").single()).click();

        assertThat(notifications()).anyMatch(n -> n.contains(s.openTitle() + " assigned to Test " + s.ann()));
        assertThat(assignments.forTeam(s.teamA())).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AssignmentKind.MODULE);
            assertThat(a.targetId()).isEqualTo(s.openModule());
            assertThat(a.userId()).isEqualTo(s.annId());
            assertThat(a.dueOn()).isEqualTo(expected);
        });
        assertThat(find(Button.class).withId(assignId()).all()).isEmpty();
        assertThat(text(find(Span.class).withId("assigned-" + s.annId() + "-" + s.openModule()).single()))
                .isEqualTo("assigned, due " + UserFormats.current().date(expected));
    }

    @Test
    void an_area_without_a_module_left_to_take_says_so_instead_of_an_empty_card() {
        // no test publishes a Product knowledge module: Ann has nothing in that area she has not completed
        String reason = com.certdesk.Fixtures.unique("Did not know the product");
        scenarios.map(s.admin(), SkillSignalDraft.reason(reason, SkillArea.PRODUCT_KNOWLEDGE));
        scenarios.detractors(s, s.ann(), 5, reason);
        openDashboard(s.manager());

        assertThat(text(find(Paragraph.class).withId("no-module-" + s.annId() + "-PRODUCT_KNOWLEDGE").single()))
                .isEqualTo("No published module in Product knowledge that Test " + s.ann() + " has not completed.");
        assertThat(text(find(Div.class).withId("suggestion-" + s.annId()).single()))
                .contains("Product knowledge", "5 negative of 5 ratings");
        assertThat(find(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("assign-" + s.annId()));
    }

    @Test
    void a_due_date_in_the_past_keeps_the_dialog_open_with_a_message() {
        scenarios.detractors(s, s.ann(), 5, s.reason());
        openDashboard(s.manager());
        test(find(Button.class).withId(assignId()).single()).click();

        find(DatePicker.class).withId("new-due-date").single().setValue(LocalDate.now(clock).minusDays(1));
        test(find(Button.class).withId("save-due-date").single()).click();

        assertThat(text(find(Paragraph.class).withId("due-date-error").single())).contains("today or later");
        assertThat(find(Button.class).withId(assignId()).all()).hasSize(1);
    }

    @Test
    void hr_sees_the_suggestions_but_no_assign_button() {
        scenarios.detractors(s, s.ann(), 5, s.reason());
        openDashboard(s.hr());

        assertThat(section()).contains("Test " + s.ann(), "5 negative of 5 ratings", s.openTitle());
        assertThat(find(Button.class).withId(assignId()).all()).isEmpty();
    }

    @Test
    void below_the_minimum_the_section_says_there_is_nothing_to_suggest() {
        scenarios.detractors(s, s.ann(), 4, s.reason());
        openDashboard(s.manager());

        assertThat(text(find(Paragraph.class).withId("suggestions-empty").single()))
                .isEqualTo("No agent has 5 or more negative signals in one skill area in this period: nothing to "
                        + "suggest.");
    }

    /** Mappings are one table for the whole test context: these tests start from none. */
    private void withoutMappings() {
        signIn(s.admin());
        suggestions.mappings().stream().map(SkillSignalMapping::id).forEach(suggestions::deleteMapping);
    }

    @Test
    void without_mappings_the_section_tells_administrators_where_to_map_reasons() {
        withoutMappings();
        openDashboard(s.admin());

        var empty = find(Paragraph.class).withId("suggestions-empty").single();
        assertThat(text(empty)).startsWith("No feedback reasons are mapped to skill areas yet.");
        assertThat(find(Anchor.class, empty).single().getHref()).isEqualTo("admin/feedback/skill-areas");
    }

    @Test
    void without_mappings_a_manager_is_told_that_an_administrator_maps_reasons() {
        withoutMappings();
        openDashboard(s.manager());

        var empty = find(Paragraph.class).withId("suggestions-empty").single();
        assertThat(text(empty)).contains("An administrator maps them under Feedback \u2192 skill areas");
        assertThat(find(Anchor.class, empty).all()).as("the page is for administrators only").isEmpty();
    }
}
