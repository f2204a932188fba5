package com.certdesk.certification.ui;

import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificateView;
import com.certdesk.certification.Renewal;
import com.certdesk.certification.RenewalService;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The agent's certificates: current ones first, then past (expired or revoked), each with PDF and public link. */
@Route("certificates")
@PageTitle("My certificates")
@Menu(title = "My certificates", order = 1, icon = "vaadin:diploma")
@RolesAllowed(Roles.AGENT)
class MyCertificatesView extends VerticalLayout {

    MyCertificatesView(CertificateService certificates, RenewalService renewals, Clock clock) {
        addClassName("page");
        setId("my-certificates");
        List<CertificateView> mine = certificates.mine();
        LocalDate today = LocalDate.now(clock);
        Map<Long, Renewal> renewable = renewals.mine().stream()
                .collect(Collectors.toMap(Renewal::programId, Function.identity(), (a, b) -> a));
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
            add(section("Current", "current-certificates", current, today, renewable));
        }
        if (!past.isEmpty()) {
            add(section("Past", "past-certificates", past, today, renewable));
        }
    }

    private static Component section(String title, String id, List<CertificateView> list, LocalDate today,
            Map<Long, Renewal> renewable) {
        var heading = new H2(title);
        heading.addClassName("section-title");
        var grid = new Div();
        grid.addClassName("card-grid");
        list.forEach(c -> {
            Renewal renewal = renewable.get(c.programId());
            // Renew sits on the certificate being renewed: the latest of its program
            boolean renewsThis = renewal != null && !c.revoked() && Objects.equals(renewal.validUntil(), c.validUntil());
            grid.add(card(c, today, renewsThis ? renewal : null));
        });
        var section = new Div(heading, grid);
        section.setId(id);
        section.setWidthFull();
        return section;
    }

    static Card card(CertificateView certificate, LocalDate today, @Nullable Renewal renewal) {
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
        if (renewal != null) {
            card.add(renew(renewal));
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

    /** Renew: what to pass again, and a button to the first quiz still to pass. */
    static Div renew(Renewal renewal) {
        var box = new Div();
        box.addClassName("renewal");
        box.setId("renew-" + renewal.programId());
        Renewal.Step next = renewal.next();
        if (renewal.steps().isEmpty()) {
            return box;
        }
        if (next == null) {
            box.add(new Paragraph("Every quiz is passed again: your renewed certificate is being issued."));
            return box;
        }
        String todo = renewal.steps().stream().filter(s -> !s.passedAgain()).map(Renewal.Step::moduleTitle)
                .collect(Collectors.joining(", "));
        var what = new Paragraph("To renew, pass " + (renewal.steps().size() == 1 ? "the quiz" : "these quizzes")
                + " again: " + todo + ".");
        what.addClassName("small");
        var button = new Button("Renew", VaadinIcon.REFRESH.create(), e -> e.getSource().getUI()
                .ifPresent(ui -> ui.navigate("modules/" + next.moduleId())));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setId("renew-button-" + renewal.programId());
        box.add(what, button);
        return box;
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
