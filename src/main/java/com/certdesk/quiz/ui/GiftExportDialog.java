package com.certdesk.quiz.ui;

import com.certdesk.quiz.CategoryOption;
import com.certdesk.quiz.GiftTransferService;
import com.certdesk.quiz.QuestionCategory;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Downloads every question of one category as a GIFT file that Moodle and Certdesk can import. Only categories
 * that hold questions are offered, with how many, so the download is never an empty file; the category the bank is
 * filtered by comes first when it has questions, and an empty bank says there is nothing to export.
 */
final class GiftExportDialog extends Dialog {

    static final String NOTHING = "The question bank has no questions yet, so there is nothing to export. "
            + "Write questions or import a GIFT file first.";

    GiftExportDialog(GiftTransferService gift, List<CategoryOption> categories, Map<QuestionCategory, Long> counts,
            @Nullable QuestionCategory preferred) {
        setHeaderTitle("Export questions as GIFT");
        setId("gift-export-dialog");
        setWidth("min(36rem, 95vw)");
        getFooter().add(new Button("Close", e -> close()));
        List<CategoryOption> exportable = categories.stream()
                .filter(c -> counts.getOrDefault(c.category(), 0L) > 0).toList();
        if (exportable.isEmpty()) {
            var nothing = new Paragraph(NOTHING);
            nothing.setId("gift-export-nothing");
            add(nothing);
            return;
        }
        var category = new ComboBox<CategoryOption>("Category");
        category.setItems(exportable);
        category.setItemLabelGenerator(c -> c.label() + " (" + questions(counts.get(c.category())) + ")");
        category.setValue(exportable.stream().filter(c -> c.category().equals(preferred)).findFirst()
                .orElse(exportable.getFirst()));
        category.setRequired(true);
        category.setWidthFull();
        category.setId("gift-export-category");
        var download = com.certdesk.base.ui.CallerDownloads.textFile("Download .gift file",
                "text/plain;charset=UTF-8", () -> fileName(category.getValue().label()),
                () -> gift.exportCategory(category.getValue().category()));
        download.setId("gift-download");
        // a cleared choice must not leave a link that downloads nothing
        category.addValueChangeListener(e -> download.setEnabled(e.getValue() != null));
        add(new Paragraph("Every question of the category, with feedback, weights and points. Only categories "
                + "with questions are listed."), category, download);
    }

    private static String questions(long count) {
        return count == 1 ? "1 question" : count + " questions";
    }

    static String fileName(String label) {
        String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "questions" : slug) + ".gift";
    }
}
