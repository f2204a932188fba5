package com.certdesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.base.CountingInput;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BoundedUploadTest {

    static final long LIMIT = 20L * 1024 * 1024;

    @Test
    void an_upload_of_400_mb_stops_just_past_the_limit_and_leaves_no_file() throws Exception {
        var huge = CountingInput.fourHundredMegabytes("username,name,email,team,roles\n");
        long before = uploadsInTemp();

        assertThat(BoundedUpload.copyAtMost(huge, LIMIT)).isEmpty();

        assertThat(huge.consumed()).as("bytes read of 400 MB").isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + 1);
        assertThat(uploadsInTemp()).as("the partial temporary file is deleted").isLessThanOrEqualTo(before);
    }

    @Test
    void an_upload_within_the_limit_arrives_whole_in_a_temporary_file() throws Exception {
        byte[] content = "username,name\nana,Ana\n".getBytes();
        Path file = BoundedUpload.copyAtMost(new ByteArrayInputStream(content), LIMIT).orElseThrow();
        try {
            assertThat(Files.readAllBytes(file)).isEqualTo(content);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void the_refusal_names_the_limit() {
        assertThat(BoundedUpload.tooLarge(LIMIT)).contains("20 MB");
    }

    private static long uploadsInTemp() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("certdesk-upload-")).count();
        }
    }
}
