package com.certdesk.feedback;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A local stand-in for Zendesk's satisfaction ratings API on a free port of 127.0.0.1 (the JDK's HTTP server): each
 * test says how to answer, the server records what it was asked. {@link #pointAt} makes the connector's base URL
 * this server, in the running context, so tests never leave the machine and need no second Spring context.
 */
public final class ZendeskTestServer implements AutoCloseable {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000 * 1000 + 5_000_000_000L);
    private static final String SOURCE = "zendesk-test-server";

    /** One request as the server saw it: path, decoded query parameters, the Authorization header. */
    public record Request(String path, Map<String, String> query, String authorization) {
    }

    /** An answer: status, headers, body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public static Answer json(String body) {
            return new Answer(200, Map.of("Content-Type", "application/json"), body);
        }

        public static Answer status(int status) {
            return new Answer(status, Map.of(), "{\"error\":\"" + status + "\"}");
        }
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Function<Request, Answer> handler = r -> Answer.status(404);

    public ZendeskTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A number no other test used: Zendesk rating ids and agent ids unique in a shared test database. */
    public static long uniqueId() {
        return IDS.incrementAndGet();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void answer(Function<Request, Answer> handler) {
        this.handler = handler;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public void pointAt(ConfigurableEnvironment environment) {
        environment.getPropertySources().remove(SOURCE);
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE,
                Map.of("certdesk.feedback.zendesk.base-url", baseUrl())));
    }

    public static void unpoint(ConfigurableEnvironment environment) {
        environment.getPropertySources().remove(SOURCE);
    }

    /** A satisfaction rating object shaped like the sample page. */
    public static String rating(long id, long assigneeId, String score, String createdAt, String comment) {
        return """
                {"url":"https://example.zendesk.com/api/v2/satisfaction_ratings/%d.json","id":%d,"assignee_id":%d,\
                "group_id":7,"requester_id":555,"ticket_id":%d,"score":"%s","created_at":"%s","updated_at":"%s",\
                "comment":"%s"}""".formatted(id, id, assigneeId, id + 1, score, createdAt, createdAt, comment);
    }

    /** A page of ratings; {@code afterCursor} null for the last page. */
    public static String page(List<String> ratings, String afterCursor, String nextLink) {
        boolean more = afterCursor != null;
        return "{\"satisfaction_ratings\":[" + String.join(",", ratings) + "],\"meta\":{\"has_more\":" + more
                + ",\"after_cursor\":" + (more ? "\"" + afterCursor + "\"" : "null") + ",\"before_cursor\":null},"
                + "\"links\":{\"next\":" + (nextLink == null ? "null" : "\"" + nextLink + "\"") + ",\"prev\":null}}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                query.put(key, value);
            }
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Request request = new Request(exchange.getRequestURI().getPath(), query, auth == null ? "" : auth);
        requests.add(request);
        Answer answer;
        try {
            answer = handler.apply(request);
        } catch (RuntimeException e) {
            answer = Answer.status(500);
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
