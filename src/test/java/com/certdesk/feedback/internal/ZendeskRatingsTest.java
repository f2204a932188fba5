package com.certdesk.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.certdesk.feedback.Metric;
import com.certdesk.feedback.RatingInput;
import com.certdesk.feedback.internal.ZendeskRatings.Outcome;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ZendeskRatingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    @Test
    void a_good_rating_becomes_1_on_the_binary_scale_with_agent_team_and_comment() {
        Outcome outcome = ZendeskRatings.fromJson(json("""
                {"id": 35436, "assignee_id": 9001, "group_id": 7, "ticket_id": 1201, "score": "good",
                 "created_at": "2025-03-04T10:15:00Z", "comment": "Quick and friendly"}"""));

        assertThat(outcome).isInstanceOf(Outcome.Rating.class);
        RatingInput r = ((Outcome.Rating) outcome).rating();
        assertThat(r).isEqualTo(new RatingInput("zendesk", "35436", "satisfaction", Metric.CSAT_BINARY, 0, 1, "good",
                1, Instant.parse("2025-03-04T10:15:00Z"), "1201", "9001", null, "7", null, null,
                "Quick and friendly", null, null));
    }

    @Test
    void a_bad_rating_becomes_0_and_keeps_its_reason_and_drops_an_empty_comment() {
        RatingInput r = ((Outcome.Rating) ZendeskRatings.fromJson(json("""
                {"id": 35437, "assignee_id": 9002, "group_id": 7, "ticket_id": 1202, "score": "bad",
                 "created_at": "2025-03-04T11:02:10Z", "comment": "",
                 "reason": "The issue took too long to be solved", "reason_code": 5}"""), "zd-eu")).rating();

        assertThat(r.sourceSystem()).isEqualTo("zd-eu");
        assertThat(r.score()).isZero();
        assertThat(r.sourceScoreRaw()).isEqualTo("bad");
        assertThat(r.comment()).isNull();
        assertThat(r.reason()).isEqualTo("The issue took too long to be solved");
    }

    @Test
    void offered_and_unoffered_are_not_ratings() {
        assertThat(ZendeskRatings.fromJson(json("{\"id\": 1, \"score\": \"offered\"}")))
                .isEqualTo(new Outcome.NotARating("offered"));
        assertThat(ZendeskRatings.fromJson(json("{\"id\": 2, \"score\": \"unoffered\", \"assignee_id\": null}")))
                .isEqualTo(new Outcome.NotARating("unoffered"));
    }

    @Test
    void a_rating_without_assignee_unknown_score_or_bad_time_is_a_problem_saying_why() {
        assertThat(ZendeskRatings.fromJson(json("""
                {"id": 5, "score": "good", "created_at": "2025-03-04T10:15:00Z"}""")))
                .isEqualTo(new Outcome.Problem("rating 5 has no assignee_id, so no agent to attribute it to"));
        assertThat(ZendeskRatings.fromJson(json("""
                {"id": 5, "assignee_id": 1, "score": "great", "created_at": "2025-03-04T10:15:00Z"}""")))
                .isInstanceOf(Outcome.Problem.class).asString().contains("\"great\"");
        assertThat(ZendeskRatings.fromJson(json("""
                {"id": 5, "assignee_id": 1, "score": "good", "created_at": "2025-03-04 10:15"}""")))
                .isInstanceOf(Outcome.Problem.class).asString().contains("created_at");
        assertThat(ZendeskRatings.fromJson(json("[1]"))).isInstanceOf(Outcome.Problem.class);
    }
}
