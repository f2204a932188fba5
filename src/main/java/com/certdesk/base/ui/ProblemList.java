package com.certdesk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * Why a file was rejected, the way every import says it: a heading, then each problem on its own line ("line 12:
 * ..."), at most {@value #MAX_SHOWN} of them and a count of the rest, so a file with a million bad rows still shows a
 * page that loads.
 */
public final class ProblemList extends Div {

    public static final int MAX_SHOWN = 500;

    /**
     * @param id       the element id (tests find the box by it)
     * @param message  what happened and what to do
     * @param problems one text per problem, in the order to show them
     */
    public ProblemList(String id, String message, List<String> problems) {
        setId(id);
        addClassName("import-problems");
        add(new H4(message));
        var list = new UnorderedList();
        problems.stream().limit(MAX_SHOWN).forEach(p -> list.add(new ListItem(p)));
        if (problems.size() > MAX_SHOWN) {
            list.add(new ListItem("… and " + (problems.size() - MAX_SHOWN) + " more problems."));
        }
        add(list);
    }
}
