package com.certdesk.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One simulated browser: its own cookie jar, one Vaadin UI at a time, and the requests a real browser's
 * flow-client sends (recorded from Chromium): {@code GET /?v-r=init&location=...} for a page load, then
 * {@code POST /?v-r=uidl&v-uiId=N} with the UI's CSRF token, the last {@code syncId}/{@code clientId} and the
 * RPC calls (DOM events and property syncs). Sign-in is Certdesk's form post to {@code /login} with the page's
 * Spring CSRF token.
 */
final class VaadinAgent {

    /** The server no longer knows this browser's session or UI: a user would reload and sign in again. */
    static final class SessionLost extends Exception {
        SessionLost(String why) {
            super(why);
        }
    }

    /** The server answered, but not with the page or reply a browser user would expect. */
    static final class Unexpected extends Exception {
        Unexpected(String why) {
            super(why);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    final String username;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String securityKey;
    private int uiId = -1;
    private int syncId;
    private int clientId;
    UidlTree tree = new UidlTree();
    String lastBody = "";
    String node = "?";

    VaadinAgent(HttpClient http, String base, String username) {
        this.http = http;
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.username = username;
    }

    // ---- HTTP with this agent's cookie jar

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            request.header("Cookie", header.toString());
        }
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String set : response.headers().allValues("set-cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                boolean expired = set.toLowerCase().contains("max-age=0") || value.isEmpty();
                if (expired) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
        }
        if (cookies.containsKey("SERVERID")) {
            node = cookies.get("SERVERID");
        }
        return response;
    }

    /** Forgets the session like a browser whose session cookie the server no longer knows (HAProxy's stays). */
    void forgetSession() {
        cookies.remove("JSESSIONID");
        uiId = -1;
    }

    // ---- sign-in

    void signIn(String password) throws IOException, InterruptedException, Unexpected {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        if (page.statusCode() != 200) {
            throw new Unexpected("GET /login answered HTTP " + page.statusCode());
        }
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new Unexpected("sign-in page without a _csrf meta tag");
        }
        String form = "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = posted.headers().firstValue("location").orElse("");
        if (posted.statusCode() != 302 || location.contains("error") || location.contains("expired")) {
            throw new Unexpected("sign-in refused: HTTP " + posted.statusCode() + " to " + location);
        }
    }

    // ---- page loads and RPC

    /** A page load of the route, as the browser's bootstrap does it: init request, then the ui-navigate event. */
    void open(String location) throws IOException, InterruptedException, SessionLost, Unexpected {
        String url = base + "/?v-r=init&location=" + enc(location) + "&query=&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280"
                + "&v-bh=720&v-bw=1280&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0"
                + "&v-dston=false&v-tzid=UTC&v-wn=v-" + Math.random() + "&v-td=false&v-pr=1&v-np=Linux&v-cs=light"
                + "&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
                + "&v-wla=SUPPORTED&v-ws=false";
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(url)).GET());
        if (init.statusCode() != 200) {
            throw new Unexpected("init of " + location + " answered HTTP " + init.statusCode());
        }
        JsonNode json = parse(init.body());
        JsonNode config = json.path("appConfig");
        JsonNode uidl = config.path("uidl");
        if (uidl.isMissingNode()) {
            throw new Unexpected("init of " + location + " without a UIDL");
        }
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree = new UidlTree();
        tree.apply(uidl.get("changes"));
        rpc("{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":" + str("/" + location)
                + ",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
        if (tree.byTag("vaadin-login-form").isPresent()) {
            throw new SessionLost("sent to the sign-in page");
        }
    }

    /** One UIDL request with these RPC invocations (JSON objects); applies the changes of the answer. */
    JsonNode rpc(String... invocations) throws IOException, InterruptedException, SessionLost, Unexpected {
        if (uiId < 0) {
            throw new SessionLost("no UI");
        }
        String body = "{\"csrfToken\":" + str(securityKey) + ",\"rpc\":[" + String.join(",", List.of(invocations))
                + "],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        lastBody = response.body();
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new SessionLost("UIDL answered HTTP " + response.statusCode());
        }
        if (response.statusCode() != 200) {
            throw new Unexpected("UIDL answered HTTP " + response.statusCode());
        }
        String text = lastBody.trim();
        if (text.startsWith("<")) {
            throw new SessionLost("UIDL answered with an HTML page");
        }
        JsonNode json = parse(text);
        JsonNode meta = json.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new SessionLost("sessionExpired");
        }
        if (meta.has("appError")) {
            throw new Unexpected("appError: " + meta.get("appError").toString());
        }
        if (json.path("resynchronize").asBoolean(false)) {
            throw new Unexpected("resynchronize");
        }
        if (json.has("syncId")) {
            syncId = json.get("syncId").asInt();
        }
        if (json.has("clientId")) {
            clientId = json.get("clientId").asInt();
        }
        tree.apply(json.get("changes"));
        return json;
    }

    JsonNode click(UidlTree.Node target) throws Exception {
        return rpc("{\"type\":\"event\",\"node\":" + target.id + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.altKey\":false,"
                + "\"event.button\":0}}");
    }

    Optional<UidlTree.Node> find(String domId) {
        return tree.byId(domId);
    }

    private static JsonNode parse(String body) {
        String text = body.startsWith("for(;;);") ? body.substring(8) : body;
        JsonNode json = JSON.readTree(text);
        return json.isArray() && !json.isEmpty() ? json.get(0) : json;
    }

    static String str(String s) {
        return JSON.writeValueAsString(s);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
