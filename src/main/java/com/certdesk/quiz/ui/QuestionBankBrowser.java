package com.certdesk.quiz.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.quiz.CategoryOption;
import com.certdesk.quiz.QuestionBankService;
import com.certdesk.quiz.QuestionCategory;
import com.certdesk.quiz.QuestionFilter;
import com.certdesk.quiz.QuestionSummary;
import com.certdesk.quiz.QuestionType;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The question bank as a filterable, lazily loaded grid: by category, by type and by words in the title or
 * question text. Used by the bank page and, in multi-select mode, by the dialog that adds questions to a quiz.
 */
final class QuestionBankBrowser extends VerticalLayout {


    private final TextField search = new TextField();
    private final ComboBox<CategoryOption> category = new ComboBox<>();

    /** The category the bank is filtered by, or null for all. */
    @org.jspecify.annotations.Nullable QuestionCategory selectedCategory() {
        return category.getValue() == null ? null : category.getValue().category();
    }
    private final Select<QuestionType> type = new Select<>();
    private final Grid<QuestionSummary> grid = new Grid<>();
    private final Div toolbar = new Div();

    QuestionBankBrowser(QuestionBankService bank, String idPrefix) {
        setPadding(false);
        setSizeFull();
        search.setId(idPrefix + "-search");
        search.setPlaceholder("Search title or question text");
        search.setAriaLabel("Search questions");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("18em");
        List<CategoryOption> categories = bank.categories();
        category.setId(idPrefix + "-category");
        category.setItems(categories);
        category.setItemLabelGenerator(CategoryOption::label);
        category.setPlaceholder("All categories");
        category.setAriaLabel("Category");
        category.setClearButtonVisible(true);
        category.setWidth("18em");
        type.setId(idPrefix + "-type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> t == null ? "All types" : t.label());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All types");
        type.setAriaLabel("Question type");
        type.setWidth("12em");
        toolbar.addClassName("toolbar");
        toolbar.add(search, category, type);

        grid.setId(idPrefix + "-grid");
        grid.addColumn(QuestionSummary::title).setHeader("Title").setFlexGrow(4).setSortProperty("title")
                .setTooltipGenerator(QuestionSummary::title);
        grid.addColumn(q -> q.type().label()).setHeader("Type").setFlexGrow(2).setSortProperty("type");
        grid.addColumn(QuestionSummary::categoryLabel).setHeader("Category").setFlexGrow(3)
                .setTooltipGenerator(QuestionSummary::categoryLabel);
        grid.addColumn(QuestionSummary::points).setHeader("Points").setFlexGrow(0).setWidth("7.5rem")
                .setTextAlign(ColumnTextAlign.END)
                .setSortProperty("points");
        grid.addColumn(q -> usedIn(q.usedInQuizzes())).setHeader("Used in").setFlexGrow(0).setWidth("8rem");
        grid.addColumn(q -> UserFormats.current().date(q.updatedAt())).setHeader("Updated").setFlexGrow(0).setWidth("9rem")
                .setSortProperty("updatedAt");
        grid.setItemsPageable(pageable -> bank.find(filter(), newestFirst(pageable)).getContent(),
                pageable -> bank.find(filter(), PageRequest.of(0, 1)).getTotalElements());
        grid.setEmptyStateText("No questions match. Change the filters, or write one with “New question”.");
        grid.setSizeFull();
        search.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        add(toolbar, grid);
        setFlexGrow(1, grid);
    }

    Grid<QuestionSummary> grid() {
        return grid;
    }

    /** Adds components after the filters, pushed to the far end of the toolbar. */
    void addToToolbar(Component... components) {
        var spacer = new Div();
        spacer.addClassName("spacer");
        toolbar.add(spacer);
        toolbar.add(components);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    QuestionFilter filter() {
        return new QuestionFilter(category.getValue() == null ? null : category.getValue().category(),
                type.getValue(), search.getValue());
    }

    static String usedIn(int quizzes) {
        return switch (quizzes) {
            case 0 -> "No quiz";
            case 1 -> "1 quiz";
            default -> quizzes + " quizzes";
        };
    }

    private static Pageable newestFirst(Pageable pageable) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "updatedAt").and(Sort.by("id")));
    }
}
