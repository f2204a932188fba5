package com.certdesk.certification.ui;

import com.certdesk.base.ui.UserFormats;
import com.certdesk.certification.AgentRecord;
import com.certdesk.certification.AgentRecord.AttemptLine;
import com.certdesk.certification.AgentRecord.ModuleLine;
import com.certdesk.certification.AgentRecord.ProgramLine;
import com.certdesk.certification.CertificateView;
import com.certdesk.catalog.ProgressState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.List;

/**
 * One agent's record, the same dialog wherever an agent is clicked (certification matrix, Team progress): status per
 * program, module progress, quiz attempts and certificates with their PDFs (the download is authorized by
 * {@link com.certdesk.certification.CertificateService#pdf}: the holder, their managers, HR and administrators).
 */
class AgentRecordDialog extends Dialog {

    AgentRecordDialog(AgentRecord record, LocalDate today) {
        setId("agent-record");
        setHeaderTitle(record.person().displayName());
        setWidth("min(960px, 96vw)");
        setHeight("min(720px, 92vh)");
        var who = new Paragraph((record.person().teamName() == null ? "No team" : record.person().teamName())
                + " · " + record.person().email());
        who.addClassNames("muted", "small", "record-who");

        var tabs = new TabSheet();
        tabs.setId("agent-record-tabs");
        tabs.setSizeFull();
        tabs.add("Programs (" + record.programs().size() + ")", programs(record.programs()));
        tabs.add("Modules (" + record.modules().stream().filter(m -> m.state() != ProgressState.NOT_STARTED).count()
                + " of " + record.modules().size() + " started)", modules(record.modules()));
        tabs.add("Quiz attempts (" + record.attempts().size() + ")", attempts(record.attempts()));
        tabs.add("Certificates (" + record.certificates().size() + ")", certificates(record.certificates(), today));
        add(who, tabs);
        var close = new Button("Close", e -> close());
        close.setId("close-record");
        getFooter().add(close);
    }

    private static Component programs(List<ProgramLine> lines) {
        var grid = compactGrid(ProgramLine.class, "There are no active certification programs.");
        grid.addColumn(ProgramLine::programName).setHeader("Program").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(l -> StatusChips.chip(l.cell()))).setHeader("Status").setFlexGrow(1);
        grid.addColumn(l -> l.cell().describe(UserFormats.current().dateFormatter())).setHeader("In words").setFlexGrow(2);
        grid.setItems(lines);
        return grid;
    }

    private static Component modules(List<ModuleLine> lines) {
        var grid = compactGrid(ModuleLine.class, "There are no published modules.");
        grid.addColumn(ModuleLine::title).setHeader("Module").setFlexGrow(3);
        grid.addColumn(l -> l.state().label()).setHeader("Status").setFlexGrow(1);
        grid.addColumn(l -> l.doneLessons() + " of " + l.totalLessons()).setHeader("Lessons done").setFlexGrow(1);
        grid.addColumn(l -> l.quizPassed() == null ? "No quiz" : l.quizPassed() ? "Passed" : "Not passed yet")
                .setHeader("Quiz").setFlexGrow(1);
        grid.setItems(lines);
        return grid;
    }

    private static Component attempts(List<AttemptLine> lines) {
        var grid = compactGrid(AttemptLine.class, "No quiz attempts yet.");
        grid.addColumn(AttemptLine::moduleTitle).setHeader("Module").setFlexGrow(3);
        grid.addColumn(l -> "#" + l.number()).setHeader("Attempt").setFlexGrow(0).setWidth("6rem");
        grid.addColumn(l -> UserFormats.current().dateTime(l.when())).setHeader("Date").setFlexGrow(2);
        grid.addColumn(l -> l.percent() == null ? "—" : Math.round(l.percent()) + "%").setHeader("Score")
                .setFlexGrow(0).setWidth("6rem");
        grid.addColumn(l -> l.passed() == null ? "In progress" : l.passed() ? "Passed" : "Not passed")
                .setHeader("Result").setFlexGrow(1);
        grid.setItems(lines);
        return grid;
    }

    private static Component certificates(List<CertificateView> lines, LocalDate today) {
        var grid = compactGrid(CertificateView.class, "No certificates yet.");
        grid.setId("record-certificates");
        grid.addColumn(CertificateView::programName).setHeader("Program").setFlexGrow(2);
        grid.addColumn(c -> StatusChips.date(c.issuedOn())).setHeader("Issued").setFlexGrow(1);
        grid.addColumn(c -> c.validUntil() == null ? "No expiry" : StatusChips.date(c.validUntil()))
                .setHeader("Valid until").setFlexGrow(1);
        grid.addColumn(c -> c.revoked() ? "Revoked" : c.expiredOn(today) ? "Expired"
                : c.validOn(today) ? "Valid" : "Not yet valid").setHeader("State").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(c -> {
            var pdf = new Anchor(CertificateFormats.pdfUrl(c), "PDF");
            pdf.getElement().setAttribute("download", true);
            pdf.getElement().setAttribute("aria-label", "Download the " + c.programName() + " certificate as PDF");
            pdf.setId("record-pdf-" + c.id());
            pdf.addClassName("record-pdf");
            return pdf;
        })).setHeader("Certificate").setKey("pdf").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(lines);
        return grid;
    }

    private static <T> Grid<T> compactGrid(Class<T> type, String empty) {
        var grid = new Grid<T>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.ROW_STRIPES);
        grid.setEmptyStateText(empty);
        grid.setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        return grid;
    }
}
