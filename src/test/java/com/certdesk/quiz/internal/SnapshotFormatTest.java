package com.certdesk.quiz.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.quiz.QuestionType;
import com.certdesk.quiz.TextFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An attempt's snapshot keeps each question's text format, and snapshots stored before formats read as Markdown. */
class SnapshotFormatTest {

    private final JsonCodec json = new JsonCodec();

    @Test
    void a_snapshot_keeps_the_format_of_an_html_question() {
        Snapshot snapshot = new Snapshot(List.of(new Snapshot.Slot(7, QuestionType.SINGLE_CHOICE, "Channels",
                "Which is <b>fastest</b>?", "", 1, List.of(new Snapshot.Choice(0, "<i>Chat</i>", 1.0, "", "")),
                List.of(), TextFormat.HTML)));

        assertThat(json.snapshot(json.write(snapshot)).slots().getFirst().format()).isEqualTo(TextFormat.HTML);
    }

    @Test
    void an_attempt_started_before_questions_had_a_format_reads_as_markdown() {
        String stored = """
                {"slots":[{"questionId":7,"type":"TRUE_FALSE","title":"Silence","stem":"Silence is **bad**.",\
                "generalFeedback":"","points":1,"choices":[{"key":0,"text":"True","fraction":0.0,"feedback":"",\
                "match":""},{"key":1,"text":"False","fraction":1.0,"feedback":"","match":""}],"rightOptions":[]}]}""";

        Snapshot.Slot slot = json.snapshot(stored).slots().getFirst();

        assertThat(slot.format()).isEqualTo(TextFormat.MARKDOWN);
        assertThat(slot.stem()).isEqualTo("Silence is **bad**.");
        assertThat(slot.choices()).hasSize(2);
    }
}
