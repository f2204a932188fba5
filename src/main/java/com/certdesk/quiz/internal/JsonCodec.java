package com.certdesk.quiz.internal;

import com.certdesk.quiz.Response;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Snapshots and responses as JSON text in their columns. */
@Component
public class JsonCodec {

    private final JsonMapper json = JsonMapper.builder().build();

    public String write(Snapshot snapshot) {
        return json.writeValueAsString(snapshot);
    }

    public Snapshot snapshot(String text) {
        return json.readValue(text, Snapshot.class);
    }

    public String write(Response response) {
        return json.writeValueAsString(response);
    }

    public Response response(String text) {
        return json.readValue(text, Response.class);
    }
}
