package com.certdesk.certification.ui;

import com.certdesk.certification.CertStatus;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/** "12 agents × 3 programs: Certified 20 · Expiring soon 4 · Overdue 3 …", chips coloured like the matrix cells. */
class StatusCountBar extends Composite<Div> {

    /** Most telling first: who holds a certificate, who is about to lose or has lost it, who is late. */
    static final List<CertStatus> ORDER = List.of(CertStatus.CERTIFIED, CertStatus.EXPIRING_SOON, CertStatus.EXPIRED,
            CertStatus.OVERDUE, CertStatus.IN_PROGRESS, CertStatus.ASSIGNED, CertStatus.NOT_ASSIGNED);

    StatusCountBar() {
        getContent().setId("status-counts");
        getContent().addClassName("status-counts");
    }

    void update(Map<CertStatus, Long> counts, int programs) {
        Div bar = getContent();
        bar.removeAll();
        long cells = counts.values().stream().mapToLong(Long::longValue).sum();
        if (programs == 0 || cells == 0) {
            bar.setVisible(false);
            return;
        }
        bar.setVisible(true);
        long agents = cells / programs;
        var scope = new Span(plural(agents, "agent") + " × " + plural(programs, "program") + ":");
        scope.addClassNames("muted", "small");
        bar.add(scope);
        for (CertStatus status : ORDER) {
            long count = counts.getOrDefault(status, 0L);
            if (count > 0) {
                bar.add(StatusChips.count(status, count));
            }
        }
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
