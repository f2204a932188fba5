package com.certdesk.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The part of a Vaadin Flow UI's state tree the load driver needs, rebuilt from the {@code changes} of the server's
 * UIDL responses the way flow-client does: element tags (feature 0), properties (1), attributes (3), text nodes (7)
 * and children (2). Nodes the server detaches are forgotten.
 */
final class UidlTree {

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> props = new HashMap<>();
        final Map<String, String> attrs = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        String prop(String key) {
            JsonNode v = props.get(key);
            return v == null || v.isNull() ? null : v.asString();
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();

    void apply(JsonNode changes) {
        if (changes == null || !changes.isArray()) {
            return;
        }
        for (JsonNode c : changes) {
            int id = c.path("node").asInt();
            String type = c.path("type").asString();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node n = nodes.computeIfAbsent(id, Node::new);
            int feat = c.path("feat").asInt(-1);
            switch (type) {
                case "put" -> {
                    String key = c.path("key").asString();
                    JsonNode value = c.has("nodeValue") ? c.get("nodeValue") : c.get("value");
                    switch (feat) {
                        case 0 -> {
                            if ("tag".equals(key)) {
                                n.tag = value.asString();
                            }
                        }
                        case 1 -> n.props.put(key, value);
                        case 3 -> n.attrs.put(key, value == null || value.isNull() ? null : value.asString());
                        case 7 -> n.text = value == null || value.isNull() ? null : value.asString();
                        default -> { }
                    }
                }
                case "remove" -> {
                    String key = c.path("key").asString();
                    if (feat == 1) {
                        n.props.remove(key);
                    } else if (feat == 3) {
                        n.attrs.remove(key);
                    }
                }
                case "clear" -> {
                    if (feat == 2) {
                        n.children.clear();
                    }
                }
                case "splice" -> {
                    if (feat == 2) {
                        int index = c.path("index").asInt();
                        int remove = c.path("remove").asInt(0);
                        for (int i = 0; i < remove && index < n.children.size(); i++) {
                            n.children.remove(index);
                        }
                        JsonNode add = c.get("addNodes");
                        if (add != null) {
                            int at = Math.min(index, n.children.size());
                            for (JsonNode a : add) {
                                n.children.add(at++, a.asInt());
                            }
                        }
                    }
                }
                default -> { }
            }
        }
    }

    Optional<Node> byId(String domId) {
        return nodes.values().stream().filter(n -> domId.equals(n.attrs.get("id"))).findFirst();
    }

    Optional<Node> byTag(String tag) {
        return nodes.values().stream().filter(n -> tag.equals(n.tag)).findFirst();
    }

    List<Node> childrenTagged(Node parent, String tag) {
        List<Node> found = new ArrayList<>();
        for (int child : parent.children) {
            Node c = nodes.get(child);
            if (c != null && tag.equals(c.tag)) {
                found.add(c);
            }
        }
        return found;
    }

    /** The first group of a text node matching the pattern, e.g. "Question (\d+) of (\d+)". */
    Optional<Matcher> text(Pattern pattern) {
        for (Node n : nodes.values()) {
            if (n.text != null) {
                Matcher m = pattern.matcher(n.text);
                if (m.matches()) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    int size() {
        return nodes.size();
    }
}
