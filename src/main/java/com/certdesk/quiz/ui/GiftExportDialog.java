package com.certdesk.quiz.ui;

import com.certdesk.quiz.CategoryOption;
import com.certdesk.quiz.GiftTransferService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Downloads every question of one category as a GIFT file that Moodle and Certdesk can import. */
final class GiftExportDialog extends Dialog {

    GiftExportDialog(GiftTransferService gift, List<CategoryOption> categories) {
        setHeaderTitle("Export questions as GIFT");
        setId("gift-export-dialog");
        setWidth("min(36rem, 95vw)");
        var category = new ComboBox<CategoryOption>("Category");
        category.setItems(categories);
        category.setItemLabelGenerator(CategoryOption::label);
        category.setValue(categories.getFirst());
        category.setWidthFull();
        category.setId("gift-export-category");
        // downloads run outside the UI request: carry the signed-in user along for the service's check
        SecurityContext security = SecurityContextHolder.getContext();
        var download = new Anchor(DownloadHandler.fromInputStream(event -> {
            CategoryOption chosen = category.getValue();
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                byte[] text = gift.exportCategory(chosen.category()).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(text), fileName(chosen.label()),
                        "text/plain;charset=UTF-8", text.length);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }), "Download .gift file");
        download.setId("gift-download");
        download.getElement().setAttribute("download", true);
        add(new Paragraph("Every question of the category, with feedback, weights and points."), category, download);
        getFooter().add(new Button("Close", e -> close()));
    }

    static String fileName(String label) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "questions" : slug) + ".gift";
    }
}
