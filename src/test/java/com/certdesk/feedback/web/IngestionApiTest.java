package com.certdesk.feedback.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.base.CountingInput;
import com.certdesk.feedback.BatchOrigin;
import com.certdesk.feedback.BatchSummary;
import com.certdesk.feedback.FeedbackImports;
import com.certdesk.feedback.TestRatings;
import com.certdesk.security.ApiScope;
import com.certdesk.security.ApiTokenService;
import com.certdesk.security.CreatedApiToken;
import com.certdesk.security.NewApiToken;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/feedback} through the application's real security filter chains (MockMvc on the shared test
 * context): API tokens by scope, revoked and expired; a browser session authorizes nothing; per-item errors store
 * nothing; the batch and size limits; idempotent re-posts.
 */
@ServiceTest
class IngestionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    FeedbackImports imports;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    MockMvc mvc;
    String source;
    String agent;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        source = Fixtures.unique("api");
        agent = Fixtures.unique("zd-agent");
        fixtures.agentWithExternalId("api-agent", fixtures.team("API team"), agent);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        fixtures.signOut();
    }

    private CreatedApiToken token(ApiScope... scopes) {
        return SystemAuthentication.callAsSystem(() -> tokens.create(new NewApiToken(Fixtures.unique("Helpdesk"),
                Set.of(scopes), tokens.defaultValidUntil())));
    }

    private String rating(String id, String metric, int min, int max, Integer score) {
        return """
                {"source_system": "%s", "source_record_id": "%s", "metric": "%s", "scale_min": %d, "scale_max": %d,
                 "score": %s, "responded_at": "2026-11-30T14:05:00+01:00", "agent_id": "%s", "channel": "chat",
                 "comment": "Quick and kind", "language": "en"}""".formatted(source, id, metric, min, max, score,
                agent);
    }

    private String csat(String id, int score) {
        return rating(id, "CSAT", 1, 5, score);
    }

    private String batch(int size) {
        return IntStream.range(0, size).mapToObj(i -> csat("r" + i, 1 + i % 5))
                .collect(Collectors.joining(",", "[", "]"));
    }

    private MockHttpServletRequestBuilder feedback(String body) {
        return post(FeedbackApiController.PATH).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, CreatedApiToken token)
            throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret())).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JSON.readTree(response.getContentAsString());
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from feedback_record where source_system = ?", Long.class,
                source);
    }

    private static void assertProblem(MockHttpServletResponse response, int status) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void a_rating_a_file_import_is_storing_right_now_answers_409_with_retry_after_and_nothing_is_stored()
            throws Exception {
        CreatedApiToken token = token(ApiScope.FEEDBACK_WRITE);
        // a file batch under way (ADR 008) that has stored the key (source, "held", no question) already
        TestRatings.fileImportHolding(imports, jdbc, source, "held", "",
                jdbc.queryForObject("select min(id) from app_user", Long.class));

        var response = send(feedback("[" + csat("held", 4) + "," + csat("free", 5) + "]"), token);

        assertProblem(response, 409);
        assertThat(response.getHeader(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        assertThat(json(response).get("detail").asString()).contains("being imported from a file");
        assertThat(stored()).as("only the file's own row").isEqualTo(1);
    }

    @Test
    void a_helpdesk_with_a_feedback_token_sends_one_rating_and_it_is_stored_as_a_batch_of_its_token() throws Exception {
        CreatedApiToken token = token(ApiScope.FEEDBACK_WRITE);

        var response = send(feedback(csat("one", 5)), token);

        assertThat(response.getStatus()).isEqualTo(201);
        JsonNode body = json(response);
        assertThat(body.get("imported").asLong()).isEqualTo(1);
        assertThat(body.get("duplicates").asLong()).isZero();
        assertThat(stored()).isEqualTo(1);
        BatchSummary batch = SystemAuthentication.callAsSystem(() -> imports.batch(body.get("batch_id").asLong()));
        assertThat(batch.origin()).isEqualTo(BatchOrigin.API);
        assertThat(batch.description()).isEqualTo("token " + token.token().name());
        assertThat(batch.imported()).isEqualTo(1);
        // no CSRF token was needed, and no session was made for the request
        assertThat(response.getCookie("JSESSIONID")).isNull();
    }

    @Test
    void sending_the_same_batch_twice_adds_nothing_the_second_time_and_says_they_were_duplicates() throws Exception {
        CreatedApiToken token = token(ApiScope.FEEDBACK_WRITE);
        String body = batch(3);

        var first = send(feedback(body), token);
        var second = send(feedback(body), token);

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(json(first).get("imported").asLong()).isEqualTo(3);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(json(second).get("imported").asLong()).isZero();
        assertThat(json(second).get("duplicates").asLong()).isEqualTo(3);
        assertThat(json(second).get("batch_id").isNull()).isTrue();
        assertThat(stored()).isEqualTo(3);
    }

    @Test
    void a_batch_of_1000_ratings_is_stored_in_one_request() throws Exception {
        var response = send(feedback(batch(1000)), token(ApiScope.FEEDBACK_WRITE));

        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        assertThat(json(response).get("imported").asLong()).isEqualTo(1000);
        assertThat(stored()).isEqualTo(1000);
    }

    @Test
    void a_batch_of_more_than_1000_ratings_is_refused_naming_the_limit_and_nothing_is_stored() throws Exception {
        var response = send(feedback(batch(1001)), token(ApiScope.FEEDBACK_WRITE));

        assertProblem(response, 400);
        assertThat(json(response).get("detail").asString()).contains("at most 1,000 ratings");
        assertThat(stored()).isZero();
    }

    @Test
    void a_batch_with_bad_items_gets_every_items_reasons_and_stores_nothing() throws Exception {
        String body = "[" + String.join(",",
                csat("good", 4),
                csat("extra", 4).replace("\"language\"", "\"colour\": \"blue\", \"langauge\""),
                rating("enps", "ENPS", 0, 10, 9),
                csat("out-of-scale", 6),
                csat("no-offset", 3).replace("2026-11-30T14:05:00+01:00", "2026-11-30T14:05:00"),
                csat("string-score", 3).replace("\"score\": 3", "\"score\": \"3\""),
                "{\"source_record_id\": \"x\"}",
                "42") + "]";

        var response = send(feedback(body), token(ApiScope.FEEDBACK_WRITE));

        assertProblem(response, 400);
        JsonNode problem = json(response);
        assertThat(problem.get("detail").asString()).contains("7 ratings cannot be stored; nothing was stored");
        List<Integer> indexes = new ArrayList<>();
        problem.get("errors").forEach(e -> indexes.add(e.get("index").asInt()));
        assertThat(indexes).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(reasons(problem, 1)).containsExactly("unknown field \"colour\"", "unknown field \"langauge\"");
        assertThat(reasons(problem, 2)).singleElement().asString().contains("engagement");
        assertThat(reasons(problem, 3)).containsExactly("score 6 is outside the declared scale 1-5");
        assertThat(reasons(problem, 4)).singleElement().asString().contains("ISO-8601 time with an offset");
        assertThat(reasons(problem, 5)).containsExactly("score must be a whole number");
        assertThat(reasons(problem, 6)).contains("source_system is required", "metric is required",
                "scale_min is required", "responded_at is required");
        assertThat(reasons(problem, 7)).singleElement().asString().contains("JSON object");
        assertThat(stored()).isZero();
    }

    @Test
    void a_batch_naming_an_agent_certdesk_does_not_know_is_refused_by_the_core_and_nothing_is_stored()
            throws Exception {
        String body = "[" + csat("known", 5) + "," + csat("stranger", 5).replace(agent, "nobody-" + agent) + "]";

        var response = send(feedback(body), token(ApiScope.FEEDBACK_WRITE));

        assertProblem(response, 400);
        JsonNode problem = json(response);
        assertThat(problem.get("errors")).hasSize(1);
        assertThat(problem.get("errors").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(reasons(problem, 1)).singleElement().asString().contains("matches no Certdesk user");
        assertThat(stored()).isZero();
    }

    @Test
    void an_enps_rating_sent_alone_points_to_the_engagement_import() throws Exception {
        var response = send(feedback(rating("enps", "ENPS", 0, 10, 9)), token(ApiScope.FEEDBACK_WRITE));

        assertProblem(response, 400);
        assertThat(reasons(json(response), 0)).singleElement().asString().contains("ENPS is an engagement measure");
    }

    @Test
    void a_body_that_is_not_ratings_is_refused_with_a_reason() throws Exception {
        CreatedApiToken token = token(ApiScope.FEEDBACK_WRITE);
        assertThat(json(send(feedback("{\"source_system\": "), token)).get("detail").asString())
                .contains("not valid JSON");
        assertThat(json(send(feedback("[]"), token)).get("detail").asString()).contains("empty");
        assertThat(json(send(feedback("\"hello\""), token)).get("detail").asString()).contains("JSON object");
        assertThat(json(send(feedback(csat("twice", 4) + csat("again", 4)), token)).get("detail").asString())
                .contains("more than one JSON value");
        assertProblem(send(feedback(csat("dup-field", 4).replace("\"channel\"", "\"score\": 1, \"channel\"")),
                token), 400);
        assertThat(stored()).isZero();
    }

    @Test
    void a_body_that_is_not_json_is_refused_as_an_unsupported_media_type() throws Exception {
        CreatedApiToken token = token(ApiScope.FEEDBACK_WRITE);
        var csv = send(post(FeedbackApiController.PATH).contentType("text/csv").content("source_system\nzendesk"),
                token);
        var none = send(post(FeedbackApiController.PATH).content(csat("no-type", 4)), token);

        assertProblem(csv, 415);
        assertThat(json(csv).get("detail").asString()).contains("application/json");
        assertProblem(none, 415);
        assertThat(send(feedback(csat("utf8", 4)).contentType("application/json; charset=UTF-8"), token)
                .getStatus()).isEqualTo(201);
    }

    @Test
    void a_body_over_the_size_limit_is_refused_with_413_before_it_is_read() throws Exception {
        String comment = "x".repeat(8_000);
        String body = IntStream.range(0, 300).mapToObj(i -> csat("big" + i, 4).replace("Quick and kind", comment))
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(body.length()).isGreaterThan(2 * 1024 * 1024);

        var response = send(feedback(body), token(ApiScope.FEEDBACK_WRITE));

        assertProblem(response, 413);
        assertThat(json(response).get("detail").asString()).contains("2 MB", "certdesk.api.max-request-size");
        assertThat(stored()).isZero();
    }

    @Test
    void a_body_of_unknown_length_is_refused_as_soon_as_it_passes_the_limit_not_read_to_its_end() {
        var endless = new CountingInput(1L << 40, csat("same", 4) + ",");
        var limited = new LimitedInput(new java.io.SequenceInputStream(
                new java.io.ByteArrayInputStream("[".getBytes()), endless), 64 * 1024);

        assertThatThrownBy(() -> RatingBatchReader.read(limited, Instant.now()))
                .isInstanceOf(LimitedInput.TooLarge.class);
        assertThat(endless.consumed()).isLessThanOrEqualTo(64 * 1024);
    }

    @Test
    void without_a_token_the_api_answers_401_with_a_bearer_challenge_and_a_problem_body() throws Exception {
        var response = send(feedback(csat("anonymous", 4)));

        assertProblem(response, 401);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer realm=\"certdesk\"");
        JsonNode problem = json(response);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("Authorization: Bearer");
        assertThat(stored()).isZero();
    }

    @Test
    void a_wrong_malformed_revoked_or_expired_token_gets_401_and_stores_nothing() throws Exception {
        CreatedApiToken token = token(ApiScope.FEEDBACK_WRITE);
        String wrong = token.secret().substring(0, 30) + (token.secret().charAt(30) == 'a' ? 'b' : 'a')
                + token.secret().substring(31);

        var wrongSecret = send(feedback(csat("wrong", 4)).header(HttpHeaders.AUTHORIZATION, "Bearer " + wrong));
        var basic = send(feedback(csat("basic", 4)).header(HttpHeaders.AUTHORIZATION, "Basic YWRtaW46YWRtaW4="));
        var garbage = send(feedback(csat("garbage", 4)).header(HttpHeaders.AUTHORIZATION, "Bearer nonsense"));
        assertProblem(wrongSecret, 401);
        assertThat(wrongSecret.getHeader(HttpHeaders.WWW_AUTHENTICATE)).contains("Bearer", "error=\"invalid_token\"");
        assertThat(json(wrongSecret).get("detail").asString()).isEqualTo("The API token is not valid.");
        assertProblem(basic, 401);
        assertProblem(garbage, 401);

        CreatedApiToken expiring = token(ApiScope.FEEDBACK_WRITE);
        clock.advance(Duration.ofDays(91));
        var expired = send(feedback(csat("expired", 4)), expiring);
        assertProblem(expired, 401);
        assertThat(json(expired).get("detail").asString()).contains("expired");
        clock.reset();

        SystemAuthentication.runAsSystem(() -> tokens.revoke(token.token().id()));
        var revoked = send(feedback(csat("revoked", 4)), token);
        assertProblem(revoked, 401);
        assertThat(json(revoked).get("detail").asString()).contains("revoked");
        assertThat(stored()).isZero();
    }

    @Test
    void a_token_of_another_scope_gets_403_naming_the_scope_needed() throws Exception {
        var response = send(feedback(csat("reports", 4)), token(ApiScope.REPORTS_READ));

        assertProblem(response, 403);
        assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE))
                .isEqualTo("Bearer realm=\"certdesk\", error=\"insufficient_scope\", scope=\"feedback:write\"");
        assertThat(json(response).get("detail").asString()).contains("feedback:write");
        assertThat(stored()).isZero();
    }

    @Test
    void an_administrators_browser_session_does_not_authorize_the_api() throws Exception {
        String admin = fixtures.user("api-admin", null, Roles.ADMIN);
        var principal = userDetails.loadUserByUsername(admin);
        var session = new MockHttpSession();
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities())));
        // the session is a signed-in one for the portal: a certificate download is looked up, not sent to sign in
        assertThat(send(get("/certificates/999999/certificate.pdf").session(session)).getStatus()).isEqualTo(404);
        assertThat(send(get("/certificates/999999/certificate.pdf")).getStatus()).isEqualTo(302);

        var response = send(feedback(csat("session", 4)).session(session));

        assertProblem(response, 401);
        assertThat(stored()).isZero();
    }

    private static List<String> reasons(JsonNode problem, int index) {
        List<String> reasons = new ArrayList<>();
        problem.get("errors").forEach(e -> {
            if (e.get("index").asInt() == index) {
                e.get("reasons").forEach(r -> reasons.add(r.asString()));
            }
        });
        return reasons;
    }
}
