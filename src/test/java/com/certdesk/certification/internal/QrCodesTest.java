package com.certdesk.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    static final String URL = "https://certdesk.example.com/verify/7K3Q9ZD2ABCDEFGH0123";

    @Test
    void a_scanned_code_leads_to_the_verification_page() throws Exception {
        assertThat(decode(QrCodes.matrix(URL, 200)).getText()).isEqualTo(URL);
    }

    @Test
    void a_code_drawn_one_pixel_a_module_still_decodes() throws Exception {
        BitMatrix matrix = QrCodes.matrix(URL, 0);
        assertThat(decode(scaled(matrix, 4)).getText()).isEqualTo(URL);
    }

    @Test
    void a_code_survives_some_damage_because_error_correction_is_medium() throws Exception {
        Result result = decode(QrCodes.matrix(URL, 200));
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    }

    @Test
    void the_quiet_zone_inside_the_matrix_is_one_module() {
        BitMatrix matrix = QrCodes.matrix(URL, 0);
        // left, top, width, height of the dark modules: the finder patterns reach three of the four edges
        assertThat(matrix.getEnclosingRectangle())
                .containsExactly(1, 1, matrix.getWidth() - 2, matrix.getHeight() - 2);
    }

    @Test
    void the_matrix_is_at_least_as_large_as_asked() {
        BitMatrix matrix = QrCodes.matrix(URL, 300);
        assertThat(matrix.getWidth()).isGreaterThanOrEqualTo(300);
        assertThat(matrix.getHeight()).isEqualTo(matrix.getWidth());
    }

    @Test
    void a_url_with_non_ascii_characters_decodes_unchanged() throws Exception {
        String url = "https://zertifikate.example/prüfen/7K3Q9ZD2ABCDEFGH0123";
        assertThat(decode(QrCodes.matrix(url, 240)).getText()).isEqualTo(url);
    }

    @Test
    void the_png_is_a_square_image_that_scans_back_to_the_url() throws Exception {
        byte[] png = QrCodes.png(URL, 240);
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(240).isEqualTo(image.getHeight());
        assertThat(decode(image).getText()).isEqualTo(URL);
    }

    @Test
    void text_too_long_for_any_qr_code_is_refused() {
        assertThatThrownBy(() -> QrCodes.matrix("x".repeat(5_000), 200)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Decodes a matrix the way a phone would see it: dark modules on white. */
    static Result decode(BitMatrix matrix) throws Exception {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return read(new RGBLuminanceSource(width, height, pixels));
    }

    static Result decode(BufferedImage image) throws Exception {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        return read(new RGBLuminanceSource(width, height, pixels));
    }

    private static Result read(RGBLuminanceSource source) throws Exception {
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
    }

    /** Each module as a {@code factor}-pixel square, with a white border as wide as a printed quiet zone. */
    private static BitMatrix scaled(BitMatrix matrix, int factor) {
        int border = 4 * factor;
        BitMatrix out = new BitMatrix(matrix.getWidth() * factor + 2 * border);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    out.setRegion(border + x * factor, border + y * factor, factor, factor);
                }
            }
        }
        return out;
    }
}
