package com.certdesk.certification.ui;

import com.certdesk.base.ui.LearnerHomeSection;
import com.certdesk.certification.Renewal;
import com.certdesk.certification.RenewalService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;

/** "Renew your certification" at the top of My learning while a renewal window is open. */
@org.springframework.stereotype.Component
@Order(0)
class RenewalsSection implements LearnerHomeSection {

    private final RenewalService renewals;

    RenewalsSection(RenewalService renewals) {
        this.renewals = renewals;
    }

    @Override
    public Optional<Component> create() {
        List<Renewal> due = renewals.mine().stream().filter(r -> r.next() != null).toList();
        if (due.isEmpty()) {
            return Optional.empty();
        }
        var list = new Div();
        list.addClassName("assignment-list");
        for (Renewal renewal : due) {
            var badge = new Badge(renewal.expired() ? "Expired" : "Renew by "
                    + (renewal.validUntil() == null ? "" : CertificateFormats.date(renewal.validUntil())));
            badge.addThemeVariants(renewal.expired() ? BadgeVariant.ERROR : BadgeVariant.WARNING);
            var name = new Span(renewal.programName());
            name.addClassName("assignment-title");
            var head = new Div(badge, name);
            head.addClassName("assignment-head");
            var row = new Div(head, MyCertificatesView.renew(renewal));
            row.addClassName("assignment-row");
            list.add(row);
        }
        var title = new H2("Renew your certification");
        title.addClassName("section-title");
        var section = new Div(title, list);
        section.setId("my-renewals");
        section.setWidthFull();
        return Optional.of(section);
    }
}
