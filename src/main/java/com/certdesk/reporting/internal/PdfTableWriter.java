package com.certdesk.reporting.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a table as a printable A4 landscape PDF while its rows arrive: the heading's title and lines, the row count,
 * (the caller counts them, as the page shows them), then the table with its header row repeated on every page, the
 * rows written at its end, and "Page n of m" at the foot of each page. The table is handed to the document every
 * {@value #FLUSH_ROWS} rows as an incomplete large element, so OpenPDF lays out and writes those rows and lets them
 * go: memory stays flat however many rows there are. The page total is only known at the end: it is drawn into a
 * template that is filled in when the document closes.
 *
 * <p>Text is set in the Liberation Sans that ships inside OpenPDF, embedded as a subset, so that names in any
 * European script print.
 */
final class PdfTableWriter {

    /** Rows laid out and written at a time. */
    static final int FLUSH_ROWS = 200;
    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Rectangle PAGE = PageSize.A4.rotate();
    private static final float MARGIN = 28;
    private static final Color NAVY = new Color(0x1F, 0x35, 0x5E);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xDD, 0xE7, 0xF0);
    private static final Color STRIPE = new Color(0xF5, 0xF7, 0xFA);

    private PdfTableWriter() {
    }

    static <T> long write(OutputStream out, ExportWriter.Heading heading, List<ExportColumn<T>> columns,
            ExportWriter.Rows<T> rows) throws IOException {
        BaseFont base = BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        Font title = new Font(base, 16, Font.BOLD, NAVY);
        Font line = new Font(base, 9, Font.NORMAL, MUTED);
        Font header = new Font(base, 7.5f, Font.BOLD, NAVY);
        Font cell = new Font(base, 7.5f, Font.NORMAL, Color.BLACK);

        Document document = new Document(PAGE, MARGIN, MARGIN, MARGIN, MARGIN + 14);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        Footer footer = new Footer(base);
        writer.setPageEvent(footer);
        document.addTitle(heading.title());
        document.addCreator("Certdesk");
        document.addCreationDate();
        document.open();

        document.add(new Paragraph(heading.title(), title));
        for (String text : heading.lines()) {
            document.add(new Paragraph(text, line));
        }
        document.add(new Paragraph(" ", line));

        PdfPTable table = new PdfPTable(columns.size());
        table.setWidthPercentage(100);
        table.setWidths(widths(columns));
        table.setHeaderRows(1);
        table.setSplitLate(false);
        table.setComplete(false);
        for (ExportColumn<T> column : columns) {
            PdfPCell c = new PdfPCell(new Phrase(column.header(), header));
            c.setBackgroundColor(HEADER_FILL);
            c.setPadding(3);
            c.setBorderColor(Color.LIGHT_GRAY);
            table.addCell(c);
        }
        long[] written = {0};
        rows.forEach(row -> {
            for (ExportColumn<T> column : columns) {
                PdfPCell c = new PdfPCell(new Phrase(text(column.kind(), column.value().apply(row)), cell));
                c.setPadding(2.5f);
                c.setBorderColor(Color.LIGHT_GRAY);
                if (written[0] % 2 == 1) {
                    c.setBackgroundColor(STRIPE);
                }
                if (column.kind() == ExportColumn.Kind.NUMBER) {
                    c.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(c);
            }
            written[0]++;
            if (written[0] % FLUSH_ROWS == 0) {
                document.add(table);
            }
        });
        table.setComplete(true);
        document.add(table);
        Paragraph end = new Paragraph(written[0] == 0 ? "No rows match this filter."
                : String.format(Locale.ROOT, "End of the table: %,d %s.", written[0], written[0] == 1 ? "row"
                : "rows"), line);
        end.setSpacingBefore(4);
        document.add(end);
        document.close();
        return written[0];
    }

    private static <T> float[] widths(List<ExportColumn<T>> columns) {
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) columns.get(i).width();
        }
        return widths;
    }

    /** A cell as printed: dates ISO, times to the minute, numbers plain, text as it is (no formula to fear here). */
    static String text(ExportColumn.Kind kind, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        return switch (kind) {
            case NUMBER -> value instanceof Double || value instanceof Float
                    ? BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString()
                    : value.toString();
            case DATE -> ((LocalDate) value).toString();
            case DATE_TIME -> ((LocalDateTime) value).withNano(0).withSecond(0).toString().replace('T', ' ');
            case TEXT -> value.toString();
        };
    }

    /** "Page n of m" at the foot of every page, m drawn into one template when the document closes. */
    private static final class Footer extends PdfPageEventHelper {

        private final BaseFont font;
        private @Nullable PdfTemplate total;

        Footer(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            if (total == null) {
                total = cb.createTemplate(40, 12);
            }
            String text = "Page " + writer.getPageNumber() + " of ";
            float x = PAGE.getWidth() / 2;
            float y = MARGIN - 6;
            float width = font.getWidthPoint(text, 8);
            cb.saveState();
            cb.beginText();
            cb.setFontAndSize(font, 8);
            cb.setColorFill(MUTED);
            cb.showTextAligned(Element.ALIGN_LEFT, text, x - width, y, 0);
            cb.endText();
            cb.addTemplate(total, x, y);
            cb.restoreState();
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            if (total == null) {
                return;
            }
            total.beginText();
            total.setFontAndSize(font, 8);
            total.setColorFill(MUTED);
            total.showTextAligned(Element.ALIGN_LEFT, String.valueOf(writer.getPageNumber() - 1), 0, 0, 0);
            total.endText();
        }
    }
}
