package com.certdesk.base.ui;

import com.certdesk.base.StaleEditException;
import com.certdesk.base.ValidationException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Where an edit form says why it did not save. A stale edit ({@link StaleEditException}) also gets a
 * <em>Reload</em> button that reopens the page with the other person's version, so every form handles it the same
 * way; what was typed stays in the form until then, so it can be copied. It is a paragraph (the button is phrasing
 * content), so forms and tests find it where they found the plain error paragraph before.
 */
public class FormError extends Paragraph {

    private final Span text = new Span();
    private final Button reload = new Button("Reload");
    private Runnable onReload = () -> getUI().ifPresent(ui -> ui.getPage().reload());

    public FormError(String id) {
        setId(id);
        addClassName("form-error");
        reload.setId(id + "-reload");
        reload.addThemeVariants(ButtonVariant.SMALL);
        reload.addClickListener(e -> onReload.run());
        reload.setVisible(false);
        add(text, reload);
    }

    /** What Reload does instead of reloading the page, e.g. reopening a dialog with fresh data. */
    public FormError onReload(Runnable action) {
        this.onReload = action;
        return this;
    }

    public void show(ValidationException problem) {
        setText(problem.getMessage());
        reload.setVisible(problem instanceof StaleEditException);
    }

    @Override
    public void setText(String message) {
        text.setText(message);
        reload.setVisible(false);
    }

    @Override
    public String getText() {
        return text.getText();
    }

    public void clear() {
        setText("");
    }

    /** True while the form shows the stale-edit message with its Reload button. */
    public boolean isStale() {
        return reload.isVisible();
    }
}
