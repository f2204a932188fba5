package com.certdesk.base.ui;

import com.certdesk.base.AuthorMarkup;
import com.certdesk.base.AuthorMarkup.Format;
import com.vaadin.flow.component.html.Div;

/**
 * Author content as the reader sees it: lessons, question text, matching items, feedback, quiz introductions.
 * Every display of what authors write goes through here, so it is rendered and sanitized the same way everywhere
 * ({@link AuthorMarkup}): on the server, before anything reaches the browser. Use it where you would have used
 * Vaadin's {@code Markdown} component: {@code new AuthorContent(text)} for Certdesk's Markdown, or
 * {@code new AuthorContent(text, Format.HTML)} for a GIFT {@code [html]} text.
 */
public class AuthorContent extends Div {

    private final Format format;

    /** Markdown, as Certdesk stores lessons, questions and feedback. */
    public AuthorContent(String markdown) {
        this(markdown, Format.MARKDOWN);
    }

    public AuthorContent(String text, Format format) {
        this.format = format;
        addClassName("author-content");
        setContent(text);
    }

    /** Shows another text in the same format (an editor's live preview). */
    public void setContent(String text) {
        getElement().setProperty("innerHTML", AuthorMarkup.toSafeHtml(text, format));
    }

    /** The HTML sent to the browser, already sanitized. */
    public String getSafeHtml() {
        return getElement().getProperty("innerHTML", "");
    }
}
