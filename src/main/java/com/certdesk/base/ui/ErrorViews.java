package com.certdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The friendly body shared by the not-found and access-denied pages. */
final class ErrorViews {

    private ErrorViews() {
    }

    static void fill(VerticalLayout page, VaadinIcon icon, String title, String message) {
        page.removeAll();
        page.addClassName("error-page");
        page.setAlignItems(VerticalLayout.Alignment.CENTER);
        var symbol = new Icon(icon);
        symbol.addClassName("error-icon");
        var heading = new H2(title);
        var text = new Paragraph(message);
        text.setId("error-message");
        page.add(symbol, heading, text, new Anchor("", "Go to your start page"));
    }
}
