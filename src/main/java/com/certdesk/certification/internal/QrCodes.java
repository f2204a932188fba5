package com.certdesk.certification.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * QR codes of verification URLs, as a module matrix (for drawing as vectors, as the certificate PDF does) or as a
 * PNG (for web pages and e-mail). Error correction M (about 15 % of the code may be damaged or soiled) and a quiet
 * zone of one module: the white space around a printed code counts as the rest of the quiet zone.
 */
public final class QrCodes {

    private static final String PNG = "png";
    private static final int MARGIN_MODULES = 1;
    private static final int BLACK = 0x000000;
    private static final int WHITE = 0xFFFFFF;

    private QrCodes() {
    }

    /**
     * The QR code of {@code text}, at least {@code size} pixels square (larger when the code needs more modules).
     * A {@code size} of 0 gives one pixel per module.
     *
     * @throws IllegalArgumentException when the text is too long for a QR code
     */
    public static BitMatrix matrix(String text, int size) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, MARGIN_MODULES);
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
            // declared only when needed: the declaration (an ECI segment) costs room and a few old readers stumble
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + e.getMessage(), e);
        }
    }

    /** The QR code of {@code text} as a black-on-white PNG, at least {@code size} pixels square. */
    public static byte[] png(String text, int size) {
        BitMatrix matrix = matrix(text, size);
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? BLACK : WHITE);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, PNG, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
