package com.certdesk.engagement.ui;

import com.certdesk.engagement.ItemDraft;
import com.certdesk.engagement.ItemKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;

/** A survey's questions as rows of theme and wording; agreement statements can be added and removed. */
class ItemsEditor extends Div {

    private record Row(ItemKind kind, TextField theme, TextField statement, Div element) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Button add = new Button("Add a statement", e -> addRow(new ItemDraft(ItemKind.AGREEMENT, "", "")));
    private boolean readOnly;

    ItemsEditor() {
        setId("survey-items");
        addClassName("survey-items");
        list.addClassName("survey-item-list");
        add.setId("survey-item-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(list, add);
    }

    void setItems(List<ItemDraft> items) {
        rows.clear();
        list.removeAll();
        items.forEach(this::addRow);
    }

    List<ItemDraft> items() {
        return rows.stream().map(r -> new ItemDraft(r.kind(), r.theme().getValue(), r.statement().getValue()))
                .toList();
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        add.setVisible(!readOnly);
        rows.forEach(r -> {
            r.theme().setReadOnly(readOnly);
            r.statement().setReadOnly(readOnly);
        });
        list.getChildren().forEach(c -> c.getChildren().filter(b -> b instanceof Button)
                .forEach(b -> b.setVisible(!readOnly)));
    }

    private void addRow(ItemDraft item) {
        var theme = new TextField("Theme");
        theme.setValue(item.theme());
        theme.setMaxLength(100);
        theme.addClassName("survey-item-theme");
        var statement = new TextField(item.kind() == ItemKind.ENPS ? "eNPS question (answered 0–10)"
                : "Statement (answered from strongly disagree to strongly agree)");
        statement.setValue(item.statement());
        statement.setMaxLength(300);
        statement.addClassName("survey-item-statement");
        var element = new Div(theme, statement);
        element.addClassName("survey-item");
        Row row = new Row(item.kind(), theme, statement, element);
        if (item.kind() == ItemKind.AGREEMENT) {
            var remove = new Button("Remove", e -> {
                rows.remove(row);
                list.remove(element);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            remove.setVisible(!readOnly);
            element.add(remove);
        } else {
            element.add(new Span("Every survey asks this once."));
        }
        theme.setReadOnly(readOnly);
        statement.setReadOnly(readOnly);
        rows.add(row);
        list.add(element);
    }
}
