package com.certdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvInputTest {

    private static List<CsvInput.Row> rows(byte[] bytes) {
        List<CsvInput.Row> rows = new ArrayList<>();
        try (CsvInput csv = CsvInput.of(new ByteArrayInputStream(bytes), "test.csv")) {
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<CsvInput.Row> rows(String text) {
        return rows(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_record_with_a_quoted_line_break_is_reported_on_the_line_it_starts() {
        List<CsvInput.Row> rows = rows("a,b\r\n1,\"line one\nline two\"\r\n2,x\r\n");

        assertThat(rows).extracting(CsvInput.Row::line).containsExactly(1L, 2L, 4L);
        assertThat(rows.get(1).fields()).containsExactly("1", "line one\nline two");
    }

    @Test
    void crlf_and_lf_files_read_the_same() {
        assertThat(rows("a,b\r\n1,2\r\n")).isEqualTo(rows("a,b\n1,2\n"));
    }

    @Test
    void a_byte_order_mark_is_not_part_of_the_first_column() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "source_system,score\nzendesk,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, 3);
        System.arraycopy(text, 0, file, 3, text.length);

        List<CsvInput.Row> rows = rows(file);

        assertThat(rows.getFirst().field(0)).isEqualTo("source_system");
        assertThat(rows.getFirst().line()).isEqualTo(1);
    }

    @Test
    void quotes_inside_quoted_fields_and_formula_looking_cells_stay_text() {
        List<CsvInput.Row> rows = rows("c\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n\"say \"\"hi\"\"\"\n");

        assertThat(rows.get(1).field(0)).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(rows.get(2).field(0)).isEqualTo("say \"hi\"");
    }

    @Test
    void a_file_that_is_not_utf8_is_refused_with_what_to_do() {
        byte[] latin1 = "name\nTrès bien\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> rows(latin1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("test.csv is not UTF-8 text").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void binary_garbage_is_refused_as_not_a_csv_text_file() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', 'b'};

        assertThatThrownBy(() -> rows(zip)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not a CSV text file");
    }

    @Test
    void an_unclosed_quote_is_refused_instead_of_swallowing_the_file() {
        StringBuilder text = new StringBuilder("a,b\n1,\"never closed\n");
        // FastCSV refuses a field beyond its buffer limit rather than reading on without end
        String line = "x".repeat(1000) + "\n";
        text.append(line.repeat(20_000));

        assertThatThrownBy(() -> rows(text.toString())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("not valid CSV");
    }

    @Test
    void empty_lines_are_skipped_and_missing_fields_read_as_empty() {
        List<CsvInput.Row> rows = rows("a,b,c\n\n1\n");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).field(2)).isEmpty();
    }

    @Test
    void a_big_stream_is_read_record_by_record_without_holding_it() {
        long records = 200_000;
        InputStream generated = new InputStream() {
            private final byte[] line = "zendesk,35436,CSAT,1,5,,4,2025-03-04T10:15:00Z\n".getBytes(
                    StandardCharsets.UTF_8);
            private long produced;

            @Override
            public int read() throws IOException {
                long total = records * line.length;
                if (produced >= total) {
                    return -1;
                }
                return line[(int) (produced++ % line.length)];
            }
        };
        long count = 0;
        long lastLine = 0;
        try (CsvInput csv = CsvInput.of(generated, "big.csv")) {
            for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
                count++;
                lastLine = row.line();
                if (count == 1000) {
                    assertThat(csv.bytesRead()).isLessThan(1024 * 1024);
                }
            }
            assertThat(csv.bytesRead()).isEqualTo(records * 47);
        }
        assertThat(count).isEqualTo(records);
        assertThat(lastLine).isEqualTo(records);
    }
}
