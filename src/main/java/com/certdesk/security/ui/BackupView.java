package com.certdesk.security.ui;

import com.certdesk.security.DatabaseBackups;
import com.certdesk.security.Roles;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Administrators download a backup of the embedded H2 database (a gzip SQL script from {@code /admin/backup/download}) and
 * read how to restore it; on PostgreSQL the page says pg_dump is the tool instead (ADR 021).
 */
@Route("admin/backup")
@PageTitle("Backup")
@Menu(title = "Backup", order = 33, icon = "vaadin:database")
@RolesAllowed(Roles.ADMIN)
class BackupView extends VerticalLayout {

    BackupView(DatabaseBackups backups) {
        addClassName("page");
        setId("backup");
        add(new H1("Database backup"));
        var why = backups.unavailable();
        if (why.isPresent()) {
            var text = new Paragraph(why.get());
            text.setId("backup-unavailable");
            add(text);
            return;
        }
        var intro = new Paragraph("A backup is the whole database (users, teams, content, certificates, attempts, "
                + "feedback, audit log) as one compressed SQL script, written consistently while the portal runs. "
                + "Each download is recorded in the audit log. Keep it where only administrators can read it: it "
                + "holds password hashes and every person's results.");
        intro.addClassName("muted");
        var download = new Anchor("/admin/backup/download", "Download backup");
        download.setId("download-backup");
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("router-ignore", true);
        download.setTarget(AnchorTarget.DEFAULT);
        var restore = new Paragraph("Restoring replaces the database and is done with the portal stopped: stop "
                + "Certdesk, move the data folder aside, run H2's RunScript with the backup into an empty folder, "
                + "then start Certdesk again. The README (\"Backup and restore\") has the exact command.");
        restore.setId("backup-restore");
        add(intro, download, new H2("Restoring"), restore);
    }
}
