package com.certdesk.quiz;

import java.util.List;
import java.util.Map;

/**
 * A learner's answer to one question: the keys of the chosen options (single choice, true/false, multiple
 * response), the typed text (short answer), or for matching the chosen right-hand answer per left-hand item key.
 */
public record Response(List<Integer> selected, String text, Map<Integer, String> pairs) {

    public Response {
        selected = List.copyOf(selected);
        pairs = Map.copyOf(pairs);
    }

    public static Response choice(Integer... keys) {
        return new Response(List.of(keys), "", Map.of());
    }

    public static Response choices(List<Integer> keys) {
        return new Response(keys, "", Map.of());
    }

    public static Response text(String text) {
        return new Response(List.of(), text, Map.of());
    }

    public static Response pairs(Map<Integer, String> pairs) {
        return new Response(List.of(), "", pairs);
    }

    /** True when nothing has been chosen or typed. */
    public boolean isBlank() {
        return selected.isEmpty() && text.isBlank() && pairs.values().stream().allMatch(String::isBlank);
    }
}
