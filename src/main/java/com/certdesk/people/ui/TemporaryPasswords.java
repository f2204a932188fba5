package com.certdesk.people.ui;

import com.certdesk.base.ui.CopyButton;
import com.certdesk.people.CreatedAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Showing temporary passwords to the administrator, the only time they exist in readable form: one at a time (new
 * user, password reset) or the accounts of an import, each with a copy button and the whole list as a CSV download
 * made in memory from what was just created (never stored).
 */
final class TemporaryPasswords {

    static final String CSV_HEADER = "username,name,temporary password";

    private TemporaryPasswords() {
    }

    /** A dialog with one temporary password and its copy button. */
    static Dialog dialog(String displayName, String password) {
        var shown = new Dialog();
        shown.setHeaderTitle("Temporary password");
        shown.setId("temporary-password-dialog");
        var code = new Span(password);
        code.addClassName("temporary-password");
        code.setId("temporary-password");
        var copy = new CopyButton(password, "Copy the temporary password");
        copy.setId("copy-temporary-password");
        var row = new Div(code, copy);
        row.addClassName("temporary-password-row");
        shown.add(new Paragraph("Give this temporary password to " + displayName + ". It is shown only now: once "
                + "you close this, nobody can see it again. They can change it under My account."), row);
        var done = new Button("Done", e -> shown.close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        shown.getFooter().add(done);
        return shown;
    }

    /** The accounts an import created: a grid with a copy button per password, and the CSV download. */
    static Div imported(List<CreatedAccount> created) {
        var grid = new Grid<CreatedAccount>();
        // narrow name columns and the password with its Copy button in one column, so both fit on a phone
        grid.addColumn(CreatedAccount::username).setHeader("Username").setWidth("6rem").setFlexGrow(1);
        grid.addColumn(CreatedAccount::displayName).setHeader("Name").setWidth("5rem").setFlexGrow(1);
        grid.addComponentColumn(a -> {
            var password = new Span(a.temporaryPassword());
            password.addClassName("temporary-password-cell");
            var cell = new Div(password, new CopyButton(a.temporaryPassword(),
                    "Copy the temporary password of " + a.username()));
            cell.addClassName("temporary-password-row");
            return cell;
        }).setHeader("Temporary password").setAutoWidth(true).setFlexGrow(0);
        grid.setId("import-accounts");
        grid.setItems(created);
        grid.setHeight("16em");
        byte[] csv = csv(created).getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(csv), "temporary-passwords.csv", "text/csv;charset=UTF-8", csv.length)), "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Download as CSV (username, name, temporary password)"));
        download.getElement().setAttribute("download", true);
        download.setId("import-passwords-csv");
        download.addClassName("download-link");
        var box = new Div(new Paragraph("These temporary passwords are shown only now — copy or download them before "
                + "you close this dialog and hand them over securely; delete the downloaded file once done. Users can "
                + "change them under My account."), download, grid);
        box.addClassName("imported-accounts");
        return box;
    }

    /** username,name,temporary password per account; a name a spreadsheet would run as a formula is defused. */
    static String csv(List<CreatedAccount> accounts) {
        var out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord("username", "name", "temporary password");
            for (CreatedAccount a : accounts) {
                csv.writeRecord(a.username(), defuse(a.displayName()), a.temporaryPassword());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String defuse(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
