package com.certdesk.feedback.internal;

import com.certdesk.base.CountingInputStream;
import com.certdesk.base.ValidationException;
import com.certdesk.feedback.ImportFile;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the elements of one JSON array in a file, one element tree at a time (never the whole document): either a
 * top-level array (Freshdesk) or the array under one property of a top-level object (Zendesk's
 * {@code satisfaction_ratings}). Each element comes with the line it starts on. Bad JSON and the wrong shape are
 * refused with a ValidationException that names the file and the line.
 */
final class JsonElements implements AutoCloseable {

    /** One element and the line its first token is on. */
    record Element(long line, JsonNode node) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final @Nullable String property;
    private final String expected;
    private final CountingInputStream counted;
    private final JsonParser parser;
    private boolean inArray;
    private boolean finished;

    /**
     * @param property the property of the top-level object that holds the array, or null for a top-level array
     * @param expected what the file should be, for messages ("a Zendesk satisfaction ratings page")
     */
    JsonElements(ImportFile file, @Nullable String property, String expected) {
        this.name = file.name();
        this.property = property;
        this.expected = expected;
        try {
            this.counted = new CountingInputStream(Files.newInputStream(file.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("the file " + file.name() + " could not be opened", e);
        }
        this.parser = JSON.createParser(new BufferedInputStream(counted, 64 * 1024));
    }

    /** The next element, or null after the last one. */
    @Nullable Element next() {
        if (finished) {
            return null;
        }
        try {
            if (!inArray) {
                findArray();
                inArray = true;
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                finish();
                return null;
            }
            if (token == null) {
                throw new ValidationException("The file " + name + " ends in the middle of the JSON (line "
                        + parser.currentLocation().getLineNr() + "): it is incomplete.");
            }
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode node = parser.readValueAsTree();
            return new Element(line, node);
        } catch (JacksonException e) {
            throw new ValidationException("The file " + name + " is not valid JSON (line "
                    + (e.getLocation() == null ? parser.currentLocation().getLineNr() : e.getLocation().getLineNr())
                    + "): " + firstLine(e.getOriginalMessage()) + ". Is it " + expected + "?");
        }
    }

    private void findArray() {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new ValidationException("The file " + name + " is empty; expected " + expected + ".");
        }
        if (property == null) {
            if (first != JsonToken.START_ARRAY) {
                throw shape("the file does not start with a JSON array [ ... ]");
            }
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            throw shape("the file does not start with a JSON object { ... }");
        }
        for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (property.equals(field)) {
                if (value != JsonToken.START_ARRAY) {
                    throw shape("\"" + property + "\" is not an array");
                }
                return;
            }
            parser.skipChildren();
        }
        throw shape("it has no \"" + property + "\" array");
    }

    private void finish() {
        finished = true;
        if (property != null) {
            for (JsonToken t = parser.nextToken(); t == JsonToken.PROPERTY_NAME; t = parser.nextToken()) {
                parser.nextToken();
                parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            throw new ValidationException("The file " + name + " has more after its JSON value (line "
                    + parser.currentTokenLocation().getLineNr() + "); expected " + expected + ".");
        }
    }

    private ValidationException shape(String what) {
        return new ValidationException("The file " + name + " is not " + expected + ": " + what + ".");
    }

    private static String firstLine(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    long bytesRead() {
        return counted.count();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } finally {
            try {
                counted.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
