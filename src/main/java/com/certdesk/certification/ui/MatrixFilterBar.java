package com.certdesk.certification.ui;

import com.certdesk.certification.CertStatus;
import com.certdesk.certification.MatrixFilter;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.TeamSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Team, program, status and name filters of the certification matrix. */
class MatrixFilterBar extends Composite<Div> {

    private final Select<TeamSummary> team = new Select<>();
    private final Select<ProgramSummary> program = new Select<>();
    private final Select<CertStatus> status = new Select<>();
    private final TextField name = new TextField();

    MatrixFilterBar(List<TeamSummary> teams, List<ProgramSummary> programs, boolean seesAllTeams, Runnable onChange) {
        team.setLabel("Team");
        team.setId("team-filter");
        team.setItems(teams);
        team.setItemLabelGenerator(t -> t == null ? allTeams(seesAllTeams) : t.name());
        team.setEmptySelectionAllowed(true);
        team.setEmptySelectionCaption(allTeams(seesAllTeams));
        team.setPlaceholder(allTeams(seesAllTeams));

        program.setLabel("Program");
        program.setId("program-filter");
        program.setItems(programs);
        program.setItemLabelGenerator(p -> p == null ? "All programs" : p.name());
        program.setEmptySelectionAllowed(true);
        program.setEmptySelectionCaption("All programs");
        program.setPlaceholder("All programs");

        status.setLabel("Status");
        status.setId("status-filter");
        status.setItems(CertStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setPlaceholder("Any status");

        name.setLabel("Agent");
        name.setId("name-filter");
        name.setPlaceholder("Name contains…");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setValueChangeTimeout(350);

        team.addValueChangeListener(e -> onChange.run());
        program.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        name.addValueChangeListener(e -> onChange.run());

        getContent().add(team, program, status, name);
        getContent().addClassNames("toolbar", "matrix-filters");
    }

    private static String allTeams(boolean seesAllTeams) {
        return seesAllTeams ? "All teams" : "All my teams";
    }

    MatrixFilter filter() {
        return new MatrixFilter(team.getValue() == null ? null : team.getValue().id(),
                program.getValue() == null ? null : program.getValue().id(), status.getValue(), name.getValue());
    }

    @Nullable TeamSummary team() {
        return team.getValue();
    }

    void setStatus(@Nullable CertStatus value) {
        status.setValue(value);
    }
}
