package com.certdesk.certification.ui;

import com.certdesk.base.ValidationException;
import com.certdesk.base.ui.Toast;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** Administrators find any certificate by holder or code, open its PDF or verification page, and revoke it. */
@Route("admin/certificates")
@PageTitle("Certificates")
@Menu(title = "Certificates", order = 23, icon = "vaadin:diploma")
@RolesAllowed(Roles.ADMIN)
class CertificatesAdminView extends VerticalLayout {

    private final CertificateService certificates;
    private final Grid<CertificateView> grid = new Grid<>();

    CertificatesAdminView(CertificateService certificates, Clock clock) {
        this.certificates = certificates;
        addClassName("page");
        setSizeFull();
        var search = new TextField();
        search.setId("certificate-search");
        search.setPlaceholder("Holder's name or verification code");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("28em");
        var toolbar = new Div(search);
        toolbar.addClassName("toolbar");

        LocalDate today = LocalDate.now(clock);
        grid.setId("certificates-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CertificateView::holderName).setHeader("Holder").setFlexGrow(2).setWidth("8rem");
        grid.addColumn(CertificateView::programName).setHeader("Program").setFlexGrow(2).setWidth("9rem");
        grid.addColumn(CertificatesAdminView::validity).setHeader("Valid").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<CertificateView>of("""
                <a class="register-code" href="${item.verify}" target="_blank" title="Open the public verification page">${item.code}</a>""")
                .withProperty("verify", c -> CertificateFormats.verifyPath(c.code()))
                .withProperty("code", c -> CertificateService.formatCode(c.code())))
                .setHeader("Verification code").setWidth("17rem").setFlexGrow(0).setPartNameGenerator(c -> "code");
        grid.addColumn(new ComponentRenderer<>(c -> MyCertificatesView.stateBadge(c, today))).setHeader("State")
                .setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setWidth("7rem").setFlexGrow(0);
        grid.setItems(query -> certificates.register(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateText("No certificate matches. Certificates appear here when agents complete a program.");
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(toolbar, grid);
    }

    private Component actions(CertificateView certificate) {
        var pdf = new Anchor(CertificateFormats.pdfUrl(certificate), "PDF");
        pdf.getElement().setAttribute("download", true);
        var box = new Div(pdf);
        box.addClassName("certificate-links");
        if (!certificate.revoked()) {
            var revoke = new Button("Revoke…", e -> revokeDialog(certificate).open());
            revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL, ButtonVariant.ERROR);
            revoke.setId("revoke-" + certificate.id());
            box.add(revoke);
        }
        return box;
    }

    /** "11/22/2026 – 11/21/2027" (en-US), wrapped in the narrow column; "11/22/2026, no expiry". */
    private static String validity(CertificateView c) {
        String from = CertificateFormats.date(c.validFrom());
        return c.validUntil() == null ? from + ", no expiry"
                : from + " – " + CertificateFormats.date(c.validUntil());
    }

    private Dialog revokeDialog(CertificateView certificate) {
        var dialog = new Dialog();
        dialog.setHeaderTitle("Revoke certificate");
        dialog.setWidth("min(520px, 95vw)");
        var reason = new TextArea("Reason");
        reason.setId("revoke-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setRequired(true);
        reason.setHelperText("Kept with the record for administrators. The public page only says \"revoked\".");
        var error = new Paragraph();
        error.addClassName("form-error");
        dialog.add(new Paragraph(certificate.holderName() + " · " + certificate.programName() + " · "
                + CertificateService.formatCode(certificate.code())), reason, error);
        var confirm = new Button("Revoke", e -> {
            try {
                certificates.revoke(certificate.id(), reason.getValue());
                Toast.show("Certificate revoked. Its verification page now says so.", 4000).addThemeVariants(NotificationVariant.SUCCESS);
                grid.getDataProvider().refreshAll();
                dialog.close();
            } catch (ValidationException ex) {
                error.setText(ex.getMessage());
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        confirm.setId("revoke-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setDisableOnClick(true);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }
}
