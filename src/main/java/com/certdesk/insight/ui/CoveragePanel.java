package com.certdesk.insight.ui;

import com.certdesk.certification.ProgramCoverage;
import com.certdesk.certification.TeamCertification;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Locale;

/** Certification today: per program assigned to the team, how many of its agents hold a valid certificate; overdue. */
class CoveragePanel extends Div {

    CoveragePanel() {
        addClassName("coverage-panel");
        setId("coverage-panel");
    }

    void show(TeamCertification certification) {
        removeAll();
        var heading = new H3("Certification today");
        var overdue = new Span(certification.overdue() == 1 ? "1 overdue assignment"
                : certification.overdue() + " overdue assignments");
        overdue.setId("overdue-count");
        overdue.addClassName(certification.overdue() > 0 ? "overdue-some" : "overdue-none");
        add(heading, overdue);
        if (certification.programs().isEmpty()) {
            var none = new Paragraph("No certification program is assigned to this team or its agents yet.");
            none.addClassNames("muted", "small");
            none.setId("no-assigned-programs");
            add(none);
            return;
        }
        for (ProgramCoverage program : certification.programs()) {
            add(line(program));
        }
    }

    private static Div line(ProgramCoverage program) {
        var name = new Span(program.programName());
        name.addClassName("coverage-name");
        var count = new Span(program.certified() + " of " + program.agents() + " certified ("
                + String.format(Locale.ROOT, "%.0f%%", program.percent()) + ")"
                + (program.overdue() > 0 ? " · " + program.overdue() + " overdue" : ""));
        count.addClassNames("coverage-count", "small");
        var bar = new ProgressBar(0, 100, program.percent());
        bar.getElement().setAttribute("aria-label", program.programName() + " coverage");
        var line = new Div(name, count, bar);
        line.addClassName("coverage-line");
        line.setId("coverage-" + program.programId());
        return line;
    }
}
