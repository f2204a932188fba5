package com.certdesk.insight.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.feedback.CustomerComment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The latest comments customers wrote about the agent. Untrusted text: always plain text, never HTML. */
final class CustomerComments {

    private CustomerComments() {
    }

    static Div of(List<CustomerComment> comments, UserFormats formats) {
        var heading = new H3("Latest customer comments");
        var box = new Div(heading);
        box.setId("customer-comments");
        if (comments.isEmpty()) {
            box.add(new Paragraph("No customer has written a comment with a rating yet."));
            return box;
        }
        var list = new UnorderedList();
        list.addClassName("comment-list");
        for (CustomerComment comment : comments) {
            var meta = new Span(formats.date(comment.respondedAt()) + " · " + score(comment)
                    + (comment.channel() == null ? "" : " · " + comment.channel()));
            meta.addClassName("muted");
            var text = new Paragraph(comment.text());
            text.addClassName("comment-text");
            var item = new ListItem(meta, text);
            if (comment.reason() != null && !comment.reason().isBlank()) {
                var reason = new Span("Reason: " + comment.reason());
                reason.addClassName("small");
                item.add(reason);
            }
            list.add(item);
        }
        box.add(list);
        return box;
    }

    /** "CSAT 2 of 1-5", "NPS 9 of 0-10", "no score". */
    static String score(CustomerComment comment) {
        String metric = comment.metric().measure().label();
        if (comment.score() == null) {
            return metric + ", no score";
        }
        if (comment.scaleMin() == 0 && comment.scaleMax() == 1) {
            return metric + " " + (comment.score() == 1 ? "good" : "bad");
        }
        return metric + " " + comment.score() + " on " + comment.scaleMin() + "-" + comment.scaleMax();
    }
}
