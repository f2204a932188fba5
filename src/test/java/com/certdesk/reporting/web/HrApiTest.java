package com.certdesk.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.certdesk.Fixtures;
import com.certdesk.ServiceTest;
import com.certdesk.TestClock;
import com.certdesk.certification.CertificateService;
import com.certdesk.certification.CertificationFixtures;
import com.certdesk.certification.ProgramSummary;
import com.certdesk.people.UserAdminService;
import com.certdesk.people.UserDraft;
import com.certdesk.people.UserSummary;
import com.certdesk.reporting.ApiQuery;
import com.certdesk.reporting.HrApi;
import com.certdesk.security.ApiScope;
import com.certdesk.security.ApiTokenService;
import com.certdesk.security.AuditEntry;
import com.certdesk.security.AuditFilter;
import com.certdesk.security.AuditKind;
import com.certdesk.security.AuditLog;
import com.certdesk.security.CreatedApiToken;
import com.certdesk.security.NewApiToken;
import com.certdesk.security.Roles;
import com.certdesk.security.SystemAuthentication;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HR API ({@code /api/v1/people}, {@code /progress}, {@code /certificates}) through the application's real
 * filter chains: scopes, cursor paging that never skips or repeats (also while people are added), updatedSince for
 * incremental sync (edits, deactivations, revocations and a certificate expiring by date), problem details for bad
 * parameters, each read in the audit log, and the public OpenAPI description.
 */
@ServiceTest
class HrApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    Fixtures fixtures;
    @Autowired
    CertificationFixtures certs;
    @Autowired
    UserAdminService userAdmin;
    @Autowired
    CertificateService certificates;
    @Autowired
    HrApi api;
    @Autowired
    AuditLog audit;
    @Autowired
    TestClock clock;

    MockMvc mvc;
    CreatedApiToken reader;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        reader = token(ApiScope.REPORTS_READ);
    }

    @AfterEach
    void tearDown() {
        clock.reset();
        fixtures.signOut();
    }

    private CreatedApiToken token(ApiScope... scopes) {
        return SystemAuthentication.callAsSystem(() -> tokens.create(new NewApiToken(Fixtures.unique("HRIS"),
                Set.of(scopes), tokens.defaultValidUntil())));
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, @Nullable CreatedApiToken token)
            throws Exception {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token.secret());
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode page(String path, String query) throws Exception {
        MockHttpServletResponse response = send(get(path + (query.isEmpty() ? "" : "?" + query)), reader);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
        return JSON.readTree(response.getContentAsString());
    }

    /** Every page of a listing, following the cursors; the items and removed ids of all pages, and the last page. */
    private record Listing(List<JsonNode> items, List<String> removed, JsonNode last, int pages) {

        List<String> ids() {
            return items.stream().map(i -> i.get("id").asString()).toList();
        }
    }

    private Listing all(String path, int limit, @Nullable String updatedSince) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        String query = "limit=" + limit + (updatedSince == null ? "" : "&updatedSince=" + updatedSince);
        int pages = 0;
        while (true) {
            JsonNode page = page(path, query);
            pages++;
            page.get("items").forEach(items::add);
            page.get("removed").forEach(r -> removed.add(r.asString()));
            if (page.get("next").isNull()) {
                assertThat(page.get("nextUpdatedSince").asString()).isEqualTo(page.get("asOf").asString());
                return new Listing(items, removed, page, pages);
            }
            assertThat(page.get("nextUpdatedSince").isNull()).isTrue();
            query = "limit=" + limit + "&cursor=" + page.get("next").asString();
        }
    }

    private static @Nullable JsonNode item(Listing listing, String id) {
        return listing.items().stream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElse(null);
    }

    @Test
    void a_reports_token_pages_through_everyone_active_or_not_without_skipping_or_repeating() throws Exception {
        Fixtures.TwoTeams t = fixtures.twoTeams("api-people");
        long teamA = t.teamA();
        List<Long> agents = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            agents.add(fixtures.userId(fixtures.user("api-people-" + i, teamA, Roles.AGENT)));
        }
        fixtures.signIn(t.admin());
        userAdmin.setActive(agents.getFirst(), false);
        fixtures.signOut();

        Listing listing = all(HrApiController.PEOPLE, 3, null);
        assertThat(listing.ids()).doesNotHaveDuplicates();
        assertThat(listing.ids().stream().map(Long::parseLong).toList()).isSorted().containsAll(agents);
        assertThat(listing.pages()).isGreaterThan(2);
        JsonNode former = item(listing, agents.getFirst().toString());
        assertThat(former.get("active").asBoolean()).isFalse();
        JsonNode one = item(listing, agents.get(1).toString());
        assertThat(one.get("roles").get(0).asString()).isEqualTo("AGENT");
        assertThat(one.get("teamId").asLong()).isEqualTo(teamA);
        assertThat(one.has("passwordHash")).isFalse();
        assertThat(listing.removed()).isEmpty();
    }

    @Test
    void paging_while_people_are_added_never_skips_or_repeats_anyone() throws Exception {
        Fixtures.TwoTeams t = fixtures.twoTeams("api-busy");
        for (int i = 0; i < 12; i++) {
            fixtures.user("api-busy-" + i, t.teamA(), Roles.AGENT);
        }
        Set<String> before = new HashSet<>(all(HrApiController.PEOPLE, ApiQuery.MAX_LIMIT, null).ids());
        AtomicBoolean stop = new AtomicBoolean();
        List<Long> added = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            try {
                for (int i = 0; !stop.get() && i < 200; i++) {
                    added.add(fixtures.userId(fixtures.user("api-busy-new" + i, t.teamB(), Roles.AGENT)));
                    if (i % 3 == 0) {
                        // a second client starts a listing: the snapshot is refreshed under the first one's feet
                        page(HrApiController.PEOPLE, "limit=1");
                    }
                }
            } catch (Throwable e) {
                failures.add(e);
            }
        });
        writer.start();
        Listing listing;
        try {
            listing = all(HrApiController.PEOPLE, 2, null);
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(failures).isEmpty();
        assertThat(added).isNotEmpty();
        assertThat(listing.ids()).doesNotHaveDuplicates().containsAll(before);
        assertThat(listing.ids().stream().map(Long::parseLong).toList()).isSorted();
    }

    @Test
    void updated_since_brings_only_what_changed_edits_deactivations_revocations_and_expiry() throws Exception {
        Fixtures.TwoTeams t = fixtures.twoTeams("api-sync");
        long module = certs.moduleWithQuiz("api-sync module");
        ProgramSummary program = certs.program("api-sync program", 1, 14, null, module);
        String holder = fixtures.user("api-sync-holder", t.teamA(), Roles.AGENT);
        String other = fixtures.user("api-sync-other", t.teamA(), Roles.AGENT);
        String renamed = fixtures.user("api-sync-renamed", t.teamA(), Roles.AGENT);
        certs.learnAndPass(holder, module, 2);
        certs.learnAndPass(other, module, 2);
        long holderId = fixtures.userId(holder);
        long otherId = fixtures.userId(other);
        long renamedId = fixtures.userId(renamed);

        String since = all(HrApiController.PEOPLE, 1000, null).last().get("nextUpdatedSince").asString();
        String certsSince = all(HrApiController.CERTIFICATES, 1000, null).last().get("nextUpdatedSince").asString();
        Listing progress = all(HrApiController.PROGRESS, 1000, null);
        String progressSince = progress.last().get("nextUpdatedSince").asString();
        assertThat(item(progress, holderId + "-" + program.id()).get("status").asString()).isEqualTo("CERTIFIED");

        // nothing changed: an incremental sync brings nothing
        assertThat(all(HrApiController.PEOPLE, 1000, since).items()).isEmpty();

        fixtures.signIn(t.admin());
        UserSummary r = userAdmin.get(renamedId);
        userAdmin.update(renamedId, r.version(), new UserDraft(r.username(), "Renamed Person", r.email(), r.roles(),
                r.teamId(), r.hireDate(), r.externalId(), r.active()));
        userAdmin.setActive(otherId, false);
        long revoked = certificates.of(holderId).getFirst().id();
        certificates.revoke(revoked, "issued by mistake");
        fixtures.signOut();

        Listing people = all(HrApiController.PEOPLE, 1000, since);
        assertThat(people.ids()).containsExactlyInAnyOrder(Long.toString(renamedId), Long.toString(otherId));
        assertThat(item(people, Long.toString(renamedId)).get("displayName").asString()).isEqualTo("Renamed Person");
        assertThat(item(people, Long.toString(otherId)).get("active").asBoolean()).isFalse();

        Listing certsChanged = all(HrApiController.CERTIFICATES, 1000, certsSince);
        assertThat(certsChanged.ids()).containsExactly(Long.toString(revoked));
        assertThat(certsChanged.items().getFirst().get("state").asString()).isEqualTo("REVOKED");

        // the deactivated agent leaves the progress list: their rows come back as removed
        Listing progressChanged = all(HrApiController.PROGRESS, 1000, progressSince);
        assertThat(progressChanged.removed()).contains(otherId + "-" + program.id());
        assertThat(item(progressChanged, holderId + "-" + program.id()).get("status").asString())
                .isNotEqualTo("CERTIFIED");

        // 40 days on, the other (one-month) certificate expired by date alone: that is a change too
        String afterRevocation = certsChanged.last().get("nextUpdatedSince").asString();
        clock.advance(Duration.ofDays(40));
        Listing expired = all(HrApiController.CERTIFICATES, 1000, afterRevocation);
        assertThat(expired.items()).anySatisfy(c -> {
            assertThat(c.get("holderId").asLong()).isEqualTo(otherId);
            assertThat(c.get("state").asString()).isEqualTo("EXPIRED");
        });
        assertThat(expired.ids()).doesNotContain(Long.toString(revoked));
    }

    @Test
    void only_a_reports_read_token_gets_in() throws Exception {
        for (String path : List.of(HrApiController.PEOPLE, HrApiController.PROGRESS, HrApiController.CERTIFICATES)) {
            MockHttpServletResponse none = send(get(path), null);
            assertThat(none.getStatus()).isEqualTo(401);
            assertThat(none.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            MockHttpServletResponse wrong = send(get(path), token(ApiScope.FEEDBACK_WRITE));
            assertThat(wrong.getStatus()).isEqualTo(403);
            assertThat(wrong.getContentAsString()).contains("reports:read");
            assertThat(send(get(path).header(HttpHeaders.AUTHORIZATION, "Bearer cdk_nonsense"), null).getStatus())
                    .isEqualTo(401);
        }
        // and a reports token cannot send ratings
        assertThat(send(post("/api/v1/feedback").contentType(MediaType.APPLICATION_JSON).content("{}"), reader)
                .getStatus()).isEqualTo(403);
    }

    @Test
    void signed_in_people_cannot_call_the_api_service_even_hr_and_admins() {
        Fixtures.TwoTeams t = fixtures.twoTeams("api-roles");
        String agent = fixtures.user("api-roles-agent", t.teamA(), Roles.AGENT);
        for (String who : List.of(t.hr(), t.admin(), t.manager(), agent)) {
            fixtures.signIn(who);
            assertThatThrownBy(() -> api.people(ApiQuery.first(10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> api.progress(ApiQuery.first(10))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> api.certificates(ApiQuery.first(10)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void bad_parameters_get_a_problem_that_says_what_to_send() throws Exception {
        String otherList = page(HrApiController.CERTIFICATES, "limit=1").get("next").asString();
        record Case(String query, String says) {
        }
        List<Case> cases = List.of(new Case("limit=0", "limit must be between 1 and 1000"),
                new Case("limit=5000", "limit must be between 1 and 1000"),
                new Case("limit=lots", "limit must be a whole number"),
                new Case("updatedSince=yesterday", "ISO-8601"),
                new Case("updatedSince=2026-12-01", "ISO-8601"),
                new Case("cursor=not-a-cursor", "not one this API gave out"),
                new Case("cursor=" + otherList, "not one this API gave out"),
                new Case("cursor=" + otherList.replace('A', 'B'), "not one this API gave out"));
        for (Case c : cases) {
            MockHttpServletResponse response = send(get(HrApiController.PEOPLE + "?" + c.query()), reader);
            assertThat(response.getStatus()).as(c.query()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = JSON.readTree(response.getContentAsString());
            assertThat(problem.get("status").asInt()).isEqualTo(400);
            assertThat(problem.get("detail").asString()).as(c.query()).contains(c.says());
        }
        String next = page(HrApiController.PEOPLE, "limit=1").get("next").asString();
        MockHttpServletResponse mixed = send(get(HrApiController.PEOPLE + "?cursor=" + next
                + "&updatedSince=2026-01-01T00:00:00Z"), reader);
        assertThat(mixed.getStatus()).isEqualTo(400);
        assertThat(mixed.getContentAsString()).contains("send the cursor alone");
    }

    @Test
    void every_api_read_is_in_the_audit_log_with_the_token_and_the_row_count() throws Exception {
        fixtures.twoTeams("api-audit");
        Instant from = clock.instant();
        JsonNode first = page(HrApiController.PEOPLE, "limit=2");
        page(HrApiController.PEOPLE, "limit=2&cursor=" + first.get("next").asString());
        page(HrApiController.CERTIFICATES, "updatedSince=2026-01-01T00:00:00Z");
        SystemAuthentication.runAsSystem(() -> {
            List<AuditEntry> reads = audit.page(new AuditFilter(reader.token().name(), AuditKind.API_READ, null,
                    null), 0, 10);
            assertThat(reads).hasSize(3).allSatisfy(e -> {
                assertThat(e.actorName()).isEqualTo(reader.token().name());
                assertThat(e.at()).isAfterOrEqualTo(from);
            });
            assertThat(reads).extracting(AuditEntry::detail).anyMatch(d -> d.startsWith("GET /api/v1/people")
                    && d.contains("first page: 2 items")).anyMatch(d -> d.contains("next page: 2 items"))
                    .anyMatch(d -> d.startsWith("GET /api/v1/certificates updatedSince 2026-01-01T00:00:00Z"));
        });
    }

    @Test
    void the_openapi_description_and_docs_are_public_and_describe_the_three_lists() throws Exception {
        MockHttpServletResponse description = send(get("/api/v1/openapi.json"), null);
        assertThat(description.getStatus()).isEqualTo(200);
        JsonNode doc = JSON.readTree(description.getContentAsString());
        assertThat(doc.get("openapi").asString()).startsWith("3.");
        JsonNode paths = doc.get("paths");
        for (String path : List.of(HrApiController.PEOPLE, HrApiController.PROGRESS, HrApiController.CERTIFICATES)) {
            JsonNode get = paths.get(path).get("get");
            assertThat(get.get("parameters").findValuesAsString("name")).contains("cursor", "limit", "updatedSince");
            assertThat(get.get("responses").has("400")).isTrue();
        }
        assertThat(paths.has("/api/v1/feedback")).isTrue();
        assertThat(doc.get("components").get("securitySchemes").get("apiToken").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(doc.get("components").get("schemas").get("PersonItem").get("properties").has("email")).isTrue();
        MockHttpServletResponse docs = send(get("/api/docs"), null);
        assertThat(docs.getStatus()).isEqualTo(302);
        assertThat(send(get(docs.getRedirectedUrl()), null).getStatus()).isEqualTo(200);
    }
}
