package com.certdesk.feedback;

import static com.certdesk.feedback.FeedbackFileSamples.problems;
import static com.certdesk.feedback.FeedbackFileSamples.ratings;
import static com.certdesk.feedback.FeedbackFileSamples.readAll;
import static com.certdesk.feedback.FeedbackFileSamples.sample;
import static com.certdesk.feedback.FeedbackFileSamples.text;
import static com.certdesk.feedback.FeedbackFileSamples.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.certdesk.base.ValidationException;
import com.certdesk.feedback.RatingReader.ReadRecord;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZendeskFileTest {

    private final FeedbackFiles files = new FeedbackFiles(ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private List<ReadRecord> json(FormatMapping mapping, ImportFile... pages) {
        return readAll(files.open(FeedbackFormat.ZENDESK_JSON, mapping, List.of(pages)));
    }

    private static final RatingInput GOOD = new RatingInput("zendesk", "35436", "satisfaction", Metric.CSAT_BINARY,
            0, 1, "good", 1, Instant.parse("2025-03-04T10:15:00Z"), "1201", "9001", null, "7", null, null,
            "Quick and friendly", null, null);
    private static final RatingInput BAD = new RatingInput("zendesk", "35437", "satisfaction", Metric.CSAT_BINARY,
            0, 1, "bad", 0, Instant.parse("2025-03-04T11:02:10Z"), "1202", "9002", null, "7", null, null, null,
            "The issue took too long to be solved", null);

    @Test
    void a_zendesk_page_reads_good_as_1_and_bad_as_0_with_the_line_each_rating_starts_on() {
        List<ReadRecord> records = json(FormatMapping.NONE, sample("zendesk_satisfaction_ratings_page.json"));

        assertThat(problems(records)).isEmpty();
        assertThat(records).extracting(ReadRecord::line).containsExactly(3L, 15L, 30L, 41L);
        assertThat(ratings(records)).containsExactly(GOOD, BAD);
    }

    @Test
    void a_zendesk_page_counts_offered_as_not_a_rating() {
        List<ReadRecord> records = json(FormatMapping.NONE, sample("zendesk_satisfaction_ratings_page.json"));

        assertThat(records.subList(2, 4)).allSatisfy(r -> {
            assertThat(r.ratings()).isEmpty();
            assertThat(r.ok()).isTrue();
            assertThat(r.notRatings()).isEqualTo(1);
        });
        assertThat(records.stream().mapToInt(ReadRecord::notRatings).sum()).isEqualTo(2);
    }

    @Test
    void several_pages_read_one_after_the_other_and_problems_name_their_file() {
        ImportFile second = write(dir, "page2.json", """
                {"satisfaction_ratings": [
                  {"id": 35441, "assignee_id": 9001, "group_id": 7, "ticket_id": 1211, "score": "good",
                   "created_at": "2025-03-06T10:00:00Z"},
                  {"id": 35442, "group_id": 7, "score": "bad", "created_at": "2025-03-06T10:00:00Z"}
                ], "meta": {"has_more": false}}""");

        List<ReadRecord> records = json(FormatMapping.NONE, sample("zendesk_satisfaction_ratings_page.json"),
                second);

        assertThat(ratings(records)).extracting(RatingInput::sourceRecordId).containsExactly("35436", "35437",
                "35441");
        assertThat(problems(records)).containsExactly(
                "line 4: page2.json: rating 35442 has no assignee_id, so no agent to attribute it to");
    }

    @Test
    void the_administrator_may_name_the_system_and_the_channel() {
        List<ReadRecord> records = json(new FormatMapping(Map.of(), null, null, "email", null, "zendesk-eu"),
                sample("zendesk_satisfaction_ratings_page.json"));

        assertThat(ratings(records)).allSatisfy(r -> {
            assertThat(r.sourceSystem()).isEqualTo("zendesk-eu");
            assertThat(r.channel()).isEqualTo("email");
        });
    }

    @Test
    void a_page_of_another_shape_or_broken_json_is_rejected_saying_what_was_expected() {
        ImportFile array = write(dir, "array.json", "[{\"id\": 1}]");
        ImportFile other = write(dir, "tickets.json", "{\"tickets\": [], \"count\": 0}");
        ImportFile broken = write(dir, "broken.json", "{\"satisfaction_ratings\": [\n {\"id\": 1,,}\n]}");
        ImportFile empty = write(dir, "empty.json", "");
        ImportFile binary = write(dir, "binary.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        ImportFile text = write(dir, "text.json", text("canonical_feedback_v1.csv"));

        assertThatThrownBy(() -> json(FormatMapping.NONE, array)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("array.json is not a Zendesk satisfaction ratings API page")
                .hasMessageContaining("does not start with a JSON object");
        assertThatThrownBy(() -> json(FormatMapping.NONE, other)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("it has no \"satisfaction_ratings\" array");
        assertThatThrownBy(() -> json(FormatMapping.NONE, broken)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("broken.json is not valid JSON (line 2)");
        assertThatThrownBy(() -> json(FormatMapping.NONE, empty)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("empty.json is empty");
        assertThatThrownBy(() -> json(FormatMapping.NONE, binary)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("binary.json is not valid JSON");
        assertThatThrownBy(() -> json(FormatMapping.NONE, text)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("text.json is not valid JSON");
    }

    @Test
    void a_zendesk_csv_export_reads_like_the_api_page() {
        ImportFile csv = write(dir, "zendesk.csv", """
                ID,Assignee ID,Group ID,Ticket ID,Score,Created at,Comment,Reason\r
                35436,9001,7,1201,good,2025-03-04T10:15:00Z,Quick and friendly,\r
                35437,9002,7,1202,bad,2025-03-04T11:02:10Z,,The issue took too long to be solved\r
                35439,9001,7,1209,offered,2025-03-05T10:00:00Z,,\r
                35443,9001,7,1212,meh,2025-03-05T10:00:00Z,,\r
                """);

        List<ReadRecord> records = readAll(files.open(FeedbackFormat.ZENDESK_CSV, FormatMapping.NONE,
                List.of(csv)));

        assertThat(ratings(records)).containsExactly(GOOD, BAD);
        assertThat(records.get(2).notRatings()).isEqualTo(1);
        assertThat(problems(records)).containsExactly("line 5: score \"meh\" is not a Zendesk satisfaction score "
                + "(expected good, bad, offered or unoffered)");
    }

    @Test
    void a_zendesk_csv_without_the_score_column_is_rejected_naming_it() {
        ImportFile csv = write(dir, "noscore.csv", "id,assignee_id,created_at\n1,2,2025-03-04T10:15:00Z\n");

        assertThatThrownBy(() -> readAll(files.open(FeedbackFormat.ZENDESK_CSV, FormatMapping.NONE, List.of(csv))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("lacks the required column score");
    }
}
