package com.certdesk.certification.ui;

import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The agent's certificates: current ones first, then past (expired or revoked), each with PDF and public link. */
@Route("certificates")
@PageTitle("My certificates")
@Menu(title = "My certificates", order = 1, icon = "vaadin:diploma")
@RolesAllowed(Roles.AGENT)
class MyCertificatesView extends VerticalLayout {

    MyCertificatesView(CertificateService certificates, Clock clock) {
        addClassName("page");
        setId("my-certificates");
        List<CertificateView> mine = certificates.mine();
        LocalDate today = LocalDate.now(clock);
        if (mine.isEmpty()) {
            var empty = new Div(new Paragraph("No certificates yet. Complete every module of a certification "
                    + "program, quizzes included, and your certificate appears here at once."));
            empty.addClassName("empty-state");
            empty.setId("no-certificates");
            add(empty);
            return;
        }
        List<CertificateView> current = mine.stream().filter(c -> !c.revoked() && !c.expiredOn(today)).toList();
        List<CertificateView> past = mine.stream().filter(c -> c.revoked() || c.expiredOn(today)).toList();
        if (!current.isEmpty()) {
            add(section("Current", "current-certificates", current, today));
        }
        if (!past.isEmpty()) {
            add(section("Past", "past-certificates", past, today));
        }
    }

    private static Component section(String title, String id, List<CertificateView> list, LocalDate today) {
        var heading = new H2(title);
        heading.addClassName("section-title");
        var grid = new Div();
        grid.addClassName("card-grid");
        list.forEach(c -> grid.add(card(c, today)));
        var section = new Div(heading, grid);
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    static Card card(CertificateView certificate, LocalDate today) {
        var card = new Card();
        card.addClassName("certificate-card");
        var title = new Span(certificate.programName());
        title.addClassName("certificate-title");
        card.setTitle(title);
        card.setSubtitle(new Span(CertificateFormats.validity(certificate)));
        card.add(new Div(stateBadge(certificate, today)));
        var code = new Span("Code " + CertificateService.formatCode(certificate.code()));
        code.addClassName("certificate-code");
        card.add(code);
        if (certificate.revoked()) {
            card.add(new Paragraph("Revoked: " + certificate.revokedReason()));
        }
        var pdf = new Anchor(CertificateFormats.pdfUrl(certificate), "Download PDF");
        pdf.getElement().setAttribute("download", true);
        pdf.addClassName("certificate-pdf");
        var verify = new Anchor(CertificateFormats.verifyPath(certificate.code()), "Public verification page");
        verify.setTarget(AnchorTarget.BLANK);
        var badge = new Anchor(CertificateFormats.badgePath(certificate.code()), "Open Badge");
        badge.setTarget(AnchorTarget.BLANK);
        badge.setTitle("The Open Badges 2.0 assertion: paste its address into a badge backpack to add it");
        var links = new Div(link(VaadinIcon.DOWNLOAD_ALT, pdf), link(VaadinIcon.EXTERNAL_LINK, verify));
        if (!certificate.revoked()) {
            links.add(link(VaadinIcon.MEDAL, badge));
        }
        links.addClassName("certificate-links");
        card.addToFooter(links);
        return card;
    }

    private static Span link(VaadinIcon icon, Anchor anchor) {
        var link = new Span(icon.create(), anchor);
        link.addClassName("icon-link");
        return link;
    }

    static Badge stateBadge(CertificateView certificate, LocalDate today) {
        if (certificate.revoked()) {
            var badge = new Badge("Revoked");
            badge.addThemeVariants(BadgeVariant.ERROR);
            return badge;
        }
        if (certificate.expiredOn(today)) {
            var badge = new Badge("Expired");
            badge.addThemeVariants(BadgeVariant.CONTRAST);
            return badge;
        }
        if (certificate.renewableFrom() != null && !today.isBefore(certificate.renewableFrom())) {
            var badge = new Badge("Renew by " + CertificateFormats.date(certificate.validUntil()));
            badge.addThemeVariants(BadgeVariant.WARNING);
            return badge;
        }
        if (today.isBefore(certificate.validFrom())) {
            return new Badge("Starts " + CertificateFormats.date(certificate.validFrom()));
        }
        var badge = new Badge("Valid");
        badge.addThemeVariants(BadgeVariant.SUCCESS);
        return badge;
    }
}
