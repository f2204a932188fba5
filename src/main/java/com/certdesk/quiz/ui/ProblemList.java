package com.certdesk.quiz.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/** What still stops the author from saving, kept up to date while they type; a short all-clear when nothing does. */
final class ProblemList extends Div {

    private final Paragraph title = new Paragraph();
    private final UnorderedList items = new UnorderedList();

    ProblemList(String id) {
        setId(id);
        addClassName("problem-list");
        getElement().setAttribute("aria-live", "polite");
        title.addClassName("problem-title");
        add(title, items);
    }

    void show(List<String> problems) {
        items.removeAll();
        problems.forEach(p -> items.add(new ListItem(p)));
        items.setVisible(!problems.isEmpty());
        title.removeAll();
        if (problems.isEmpty()) {
            title.add(VaadinIcon.CHECK_CIRCLE.create());
            title.add("Ready to save.");
        } else {
            title.add(VaadinIcon.INFO_CIRCLE_O.create());
            title.add(problems.size() == 1 ? "One thing to do before saving:"
                    : problems.size() + " things to do before saving:");
        }
        setClassName("ready", problems.isEmpty());
    }

    List<String> problems() {
        return items.getChildren().map(c -> c.getElement().getText()).toList();
    }
}
