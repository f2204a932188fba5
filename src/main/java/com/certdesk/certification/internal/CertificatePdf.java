package com.certdesk.certification.internal;

import com.certdesk.base.PrintedDates;
import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Renders a certificate as a one-page A4 landscape PDF: a double border with corner ornaments, the issuer, the
 * title, the agent's name and the program, the dates, the verification code and URL, and a QR code of the URL in
 * the bottom right corner (drawn as vectors, so it stays sharp in print at any size).
 *
 * <p>Text is set in the standard PDF fonts (Times, Helvetica, Courier), which need no font files but cover only
 * the Windows-1252 characters (Western European names such as Zoë Ångström-Øberg). A line holding any other
 * character (Łukasz, Dvořák, Ολυμπία) is set in the Liberation Sans that ships inside OpenPDF, embedded as a
 * subset, so no name loses letters; scripts that font lacks (Chinese, Arabic, ...) would still lose them.
 */
public final class CertificatePdf {

    static final String TITLE = "Certificate of Completion";
    static final String CERTIFIES = "This certifies that";
    static final String HAS_MET = "has met every requirement of";
    static final String NO_EXPIRY = "Does not expire";
    static final String VALID_UNTIL = "Valid until ";

    private static final String ISSUED_LABEL = "ISSUED ON";
    private static final String VALIDITY_LABEL = "VALIDITY";
    private static final String CODE_LABEL = "VERIFICATION CODE";
    private static final String VERIFY_AT = "Verify at ";
    private static final String SCAN_TO_VERIFY = "Scan to verify";
    private static final String CREATOR = "Certdesk";
    private static final String ELLIPSIS = "\u2026";
    private static final String FALLBACK_FONT = "font-fallback/LiberationSans-Regular.ttf";

    /** "22 November 2026": unambiguous in every English-speaking country. */
    static final DateTimeFormatter DATE = PrintedDates.DATE;

    private static final Rectangle PAGE = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float WIDTH = PAGE.getWidth();
    private static final float HEIGHT = PAGE.getHeight();
    private static final float CENTER = WIDTH / 2;
    private static final float OUTER_INSET = 22;
    private static final float INNER_INSET = 31;
    private static final float CONTENT_INSET = 82;
    private static final float TEXT_WIDTH = 600;
    /** A name may use nearly the whole width and shrink further than other lines before it is ever cut. */
    private static final float NAME_WIDTH = 660;
    private static final float NAME_MIN_SIZE = 16;
    private static final float DESCRIPTION_WIDTH = 520;
    private static final int DESCRIPTION_LINES = 2;
    private static final float QR_SIZE = 92;

    private static final Color NAVY = new Color(0x1F, 0x35, 0x5E);
    private static final Color GOLD = new Color(0xB0, 0x8A, 0x3E);
    private static final Color INK = new Color(0x2B, 0x2B, 0x2B);
    private static final Color MUTED = new Color(0x66, 0x66, 0x66);
    private static final Color PAPER = new Color(0xFC, 0xFA, 0xF3);

    private CertificatePdf() {
    }

    /** The certificate as PDF bytes. */
    public static byte[] render(CertificateDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PAGE, 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(TITLE + ": " + doc.programName() + ", " + doc.agentName());
        document.addAuthor(doc.issuerName());
        document.addSubject(doc.agentName() + " " + HAS_MET + " " + doc.programName() + " (verification code "
                + doc.formattedCode() + ")");
        document.addKeywords(doc.formattedCode());
        document.addCreator(CREATOR);
        document.addCreationDate();
        document.open();
        Canvas canvas = new Canvas(writer.getDirectContent());
        drawBorders(canvas.cb);
        drawBody(canvas, doc);
        drawFooter(canvas, doc);
        document.close();
        return out.toByteArray();
    }

    private static void drawBorders(PdfContentByte cb) {
        cb.saveState();
        cb.setColorFill(PAPER);
        cb.rectangle(OUTER_INSET, OUTER_INSET, WIDTH - 2 * OUTER_INSET, HEIGHT - 2 * OUTER_INSET);
        cb.fill();

        cb.setColorStroke(NAVY);
        cb.setLineWidth(4.5f);
        cb.rectangle(OUTER_INSET, OUTER_INSET, WIDTH - 2 * OUTER_INSET, HEIGHT - 2 * OUTER_INSET);
        cb.stroke();

        cb.setColorStroke(GOLD);
        cb.setLineWidth(1.2f);
        cb.rectangle(INNER_INSET, INNER_INSET, WIDTH - 2 * INNER_INSET, HEIGHT - 2 * INNER_INSET);
        cb.stroke();
        cb.setLineWidth(0.5f);
        float hairline = INNER_INSET + 4;
        cb.rectangle(hairline, hairline, WIDTH - 2 * hairline, HEIGHT - 2 * hairline);
        cb.stroke();

        cb.setColorFill(GOLD);
        for (float x : new float[] {INNER_INSET, WIDTH - INNER_INSET}) {
            for (float y : new float[] {INNER_INSET, HEIGHT - INNER_INSET}) {
                diamond(cb, x, y, 7);
            }
        }
        cb.restoreState();
    }

    private static void drawBody(Canvas canvas, CertificateDocument doc) {
        canvas.spaced(doc.issuerName().toUpperCase(Locale.ROOT), Fonts.HELVETICA_BOLD, 13, NAVY, 2.5f, 515);
        canvas.centered(TITLE, Fonts.TIMES_BOLD, 42, NAVY, 452);
        divider(canvas.cb, 430);
        canvas.centered(CERTIFIES, Fonts.TIMES_ITALIC, 17, INK, 392);
        float nameWidth = canvas.fitted(doc.agentName(), Fonts.TIMES_BOLD_ITALIC, 38, NAME_MIN_SIZE, NAME_WIDTH, NAVY,
                CENTER, 342, Element.ALIGN_CENTER);
        canvas.rule(Math.min(Math.max(nameWidth + 60, 320), NAME_WIDTH), 328, GOLD, 0.8f);
        canvas.centered(HAS_MET, Fonts.TIMES_ITALIC, 17, INK, 296);
        canvas.centered(doc.programName(), Fonts.HELVETICA_BOLD, 22, NAVY, 262);
        List<String> lines = canvas.wrap(doc.programDescription().strip(), Fonts.TIMES_ROMAN, 12,
                DESCRIPTION_WIDTH, DESCRIPTION_LINES);
        float y = 238;
        for (String line : lines) {
            canvas.centered(line, Fonts.TIMES_ROMAN, 12, MUTED, y);
            y -= 16;
        }
    }

    private static void drawFooter(Canvas canvas, CertificateDocument doc) {
        float left = CONTENT_INSET;
        canvas.leftAligned(ISSUED_LABEL, Fonts.HELVETICA_BOLD, 8, GOLD, left, 158);
        canvas.leftAligned(DATE.format(doc.issuedOn()), Fonts.TIMES_ROMAN, 14, INK, left, 141);
        canvas.leftAligned(VALIDITY_LABEL, Fonts.HELVETICA_BOLD, 8, GOLD, left, 112);
        canvas.leftAligned(validity(doc.validUntil()), Fonts.TIMES_ROMAN, 14, INK, left, 95);

        canvas.centered(CODE_LABEL, Fonts.HELVETICA_BOLD, 8, GOLD, 158);
        canvas.centered(doc.formattedCode(), Fonts.COURIER_BOLD, 17, NAVY, 138);
        canvas.fitted(VERIFY_AT + doc.verifyUrl(), Fonts.HELVETICA, 8, 6, 330, MUTED, CENTER, 120,
                Element.ALIGN_CENTER);

        float qrLeft = WIDTH - CONTENT_INSET - QR_SIZE;
        float qrBottom = 78;
        drawQr(canvas.cb, doc.verifyUrl(), qrLeft, qrBottom, QR_SIZE);
        canvas.fitted(SCAN_TO_VERIFY, Fonts.HELVETICA, 7, 7, QR_SIZE, MUTED, qrLeft + QR_SIZE / 2, qrBottom - 12,
                Element.ALIGN_CENTER);
    }

    static String validity(@Nullable LocalDate validUntil) {
        return validUntil == null ? NO_EXPIRY : VALID_UNTIL + DATE.format(validUntil);
    }

    /** The QR code as filled squares, one run of dark modules per rectangle, on a white square with a gold frame. */
    private static void drawQr(PdfContentByte cb, String url, float left, float bottom, float size) {
        BitMatrix matrix = QrCodes.matrix(url, 0);
        float module = size / matrix.getWidth();
        float top = bottom + size;
        cb.saveState();
        cb.setColorFill(Color.WHITE);
        cb.rectangle(left - 3, bottom - 3, size + 6, size + 6);
        cb.fill();
        cb.setColorStroke(GOLD);
        cb.setLineWidth(0.6f);
        cb.rectangle(left - 3, bottom - 3, size + 6, size + 6);
        cb.stroke();
        cb.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                // a hair wider than the module, so viewers' anti-aliasing leaves no seams between squares
                cb.rectangle(left + start * module, top - (row + 1) * module, (col - start) * module + 0.05f,
                        module + 0.05f);
            }
        }
        cb.fill();
        cb.restoreState();
    }

    private static void divider(PdfContentByte cb, float y) {
        cb.saveState();
        cb.setColorStroke(GOLD);
        cb.setColorFill(GOLD);
        cb.setLineWidth(0.8f);
        cb.moveTo(CENTER - 110, y);
        cb.lineTo(CENTER - 12, y);
        cb.moveTo(CENTER + 12, y);
        cb.lineTo(CENTER + 110, y);
        cb.stroke();
        diamond(cb, CENTER, y, 5);
        diamond(cb, CENTER - 116, y, 2.2f);
        diamond(cb, CENTER + 116, y, 2.2f);
        cb.restoreState();
    }

    private static void diamond(PdfContentByte cb, float x, float y, float r) {
        cb.moveTo(x, y + r);
        cb.lineTo(x + r, y);
        cb.lineTo(x, y - r);
        cb.lineTo(x - r, y);
        cb.closePath();
        cb.fill();
    }

    /** The standard fonts, in Windows-1252 so that Western European letters print. */
    private enum Fonts {
        TIMES_ROMAN(BaseFont.TIMES_ROMAN, false),
        TIMES_BOLD(BaseFont.TIMES_BOLD, true),
        TIMES_ITALIC(BaseFont.TIMES_ITALIC, false),
        TIMES_BOLD_ITALIC(BaseFont.TIMES_BOLDITALIC, true),
        HELVETICA(BaseFont.HELVETICA, false),
        HELVETICA_BOLD(BaseFont.HELVETICA_BOLD, true),
        COURIER_BOLD(BaseFont.COURIER_BOLD, true);

        private final String name;
        private final boolean bold;

        Fonts(String name, boolean bold) {
            this.name = name;
            this.bold = bold;
        }

        BaseFont standard() {
            return load(name, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        }

        /** This font when it has every character of {@code text}, else the bundled Unicode fallback font. */
        BaseFont forText(String text) {
            BaseFont standard = standard();
            return text.codePoints().allMatch(standard::charExists) ? standard : fallback();
        }

        private static BaseFont fallback() {
            return load(FALLBACK_FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        }

        private static BaseFont load(String font, String encoding, boolean embedded) {
            try {
                // cached by OpenPDF after the first load
                return BaseFont.createFont(font, encoding, embedded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Text on the page: one line at a time, centred or left-aligned, shrunk or cut to fit its width. */
    private static final class Canvas {

        private static final float MIN_SIZE_SHARE = 0.6f;
        private static final float FAKE_BOLD_STROKE = 0.015f;

        private final PdfContentByte cb;

        Canvas(PdfContentByte cb) {
            this.cb = cb;
        }

        /** Draws a centred line, shrinking it to fit the text width; answers its drawn width. */
        float centered(String text, Fonts font, float size, Color color, float y) {
            return fitted(text, font, size, size * MIN_SIZE_SHARE, TEXT_WIDTH, color, CENTER, y, Element.ALIGN_CENTER);
        }

        void leftAligned(String text, Fonts font, float size, Color color, float x, float y) {
            fitted(text, font, size, size, 220, color, x, y, Element.ALIGN_LEFT);
        }

        /** A centred line with extra space between letters, as engraved lettering. */
        void spaced(String text, Fonts font, float size, Color color, float spacing, float y) {
            cb.saveState();
            cb.setCharacterSpacing(spacing);
            fitted(text, font, size, size * MIN_SIZE_SHARE, TEXT_WIDTH - spacing * text.length(), color, CENTER, y,
                    Element.ALIGN_CENTER);
            cb.restoreState();
        }

        /**
         * Draws one line at {@code size}, or smaller down to {@code minSize} so that it fits {@code maxWidth}; a line
         * that does not fit even then is cut with an ellipsis. Answers the drawn width.
         */
        float fitted(String text, Fonts font, float size, float minSize, float maxWidth, Color color, float x,
                float y, int alignment) {
            BaseFont base = font.forText(text);
            float width = base.getWidthPoint(text, size);
            float fittedSize = width <= maxWidth ? size : Math.max(minSize, size * maxWidth / width);
            String shown = cut(text, base, fittedSize, maxWidth);
            cb.saveState();
            cb.setColorFill(color);
            if (font.bold && base != font.standard()) {
                // the fallback font has no bold face: outline the letters in their own colour to embolden them
                cb.setTextRenderingMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE);
                cb.setColorStroke(color);
                cb.setLineWidth(fittedSize * FAKE_BOLD_STROKE);
            }
            cb.beginText();
            cb.setFontAndSize(base, fittedSize);
            cb.showTextAligned(alignment, shown, x, y, 0);
            cb.endText();
            cb.restoreState();
            return base.getWidthPoint(shown, fittedSize);
        }

        /** A centred horizontal line. */
        void rule(float width, float y, Color color, float lineWidth) {
            cb.saveState();
            cb.setColorStroke(color);
            cb.setLineWidth(lineWidth);
            cb.moveTo(CENTER - width / 2, y);
            cb.lineTo(CENTER + width / 2, y);
            cb.stroke();
            cb.restoreState();
        }

        /** Breaks {@code text} into at most {@code maxLines} lines of {@code width}; the last one cut if need be. */
        List<String> wrap(String text, Fonts font, float size, float width, int maxLines) {
            BaseFont base = font.forText(text);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            String[] words = text.split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String word = words[i];
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (line.isEmpty() || base.getWidthPoint(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (lines.size() == maxLines - 1) {
                    lines.add(cut(line + " " + String.join(" ", List.of(words).subList(i, words.length)), base,
                            size, width));
                    return lines;
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            if (!line.isEmpty()) {
                lines.add(cut(line.toString(), base, size, width));
            }
            return lines;
        }

        private static String cut(String text, BaseFont base, float size, float width) {
            if (base.getWidthPoint(text, size) <= width) {
                return text;
            }
            int end = text.length();
            while (end > 0 && base.getWidthPoint(text.substring(0, end).stripTrailing() + ELLIPSIS, size) > width) {
                end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
            }
            return text.substring(0, end).stripTrailing() + ELLIPSIS;
        }
    }
}
