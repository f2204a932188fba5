package com.certdesk.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.UiTest;
import com.certdesk.base.ui.AccessDeniedView;
import com.certdesk.security.AuditEntry;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log page: an administrator filters by who and what; nobody else opens it. */
class AuditLogViewTest extends UiTest {

    @Autowired
    AuditLog audit;

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_filters_the_log_by_who_and_what() {
        String admin = fixtures.user("auditui-admin", null, Roles.ADMIN);
        signIn(admin);
        audit.record(AuditKind.EXPORT, "auditui export one");
        audit.record(AuditKind.IMPORT, "auditui import one");
        open("admin/audit");
        test(find(TextField.class).withId("audit-actor").single()).setValue(admin);
        assertThat(find(Paragraph.class).withId("audit-count").single().getText()).isEqualTo("2 entries");
        Select<Object> kind = find(Select.class).withId("audit-kind").single();
        kind.setValue(AuditKind.IMPORT);
        assertThat(find(Paragraph.class).withId("audit-count").single().getText()).isEqualTo("1 entry");
        Grid<AuditEntry> grid = find(Grid.class).withId("audit-grid").single();
        assertThat(grid.getLazyDataView().getItems().map(AuditEntry::detail)).containsExactly("auditui import one");
        assertThat(find(Anchor.class).withId("audit-download-csv").all()).hasSize(1);
    }

    @Test
    void hr_managers_and_agents_are_denied() {
        for (String role : new String[] {Roles.HR, Roles.MANAGER, Roles.AGENT}) {
            signIn(fixtures.user("auditui-" + role.toLowerCase(java.util.Locale.ROOT), null, role));
            assertThat(open("admin/audit")).isInstanceOf(AccessDeniedView.class);
        }
    }
}
