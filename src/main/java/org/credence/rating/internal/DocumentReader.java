package org.credence.rating.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.credence.shared.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Walks a parsed document and collects every problem with the path where it is ({@code factors[2].decay[0].percent})
 * instead of stopping at the first. A value that is missing or malformed reads as a neutral default after its problem
 * is recorded; the caller discards the result when {@link #problems()} is not empty.
 */
final class DocumentReader {

    private final List<FieldProblem> problems = new ArrayList<>();

    Node root(JsonNode json) {
        return new Node(json, "");
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    void report(String path, String code, String message) {
        problems.add(new FieldProblem(path.isEmpty() ? "document" : path, code, message));
    }

    /** A node of the document and its path. */
    final class Node {

        private final JsonNode json;
        private final String path;

        private Node(JsonNode json, String path) {
            this.json = json;
            this.path = path;
        }

        String path() {
            return path;
        }

        boolean present(String key) {
            JsonNode child = json.get(key);
            return child != null && !child.isNull();
        }

        Node get(String key) {
            JsonNode child = json.get(key);
            Node node = new Node(child == null ? MissingNode.getInstance() : child, child(key));
            if (child == null || child.isNull()) {
                report(node.path, "required", "is required");
            }
            return node;
        }

        /** Refuses keys other than the allowed ones, which is how misspelt names are caught. */
        Node only(String... allowed) {
            if (!json.isObject()) {
                if (!json.isMissingNode()) {
                    report(path, "not-an-object", "must be an object");
                }
                return this;
            }
            Set<String> keys = Set.of(allowed);
            for (String key : json.propertyNames()) {
                if (!keys.contains(key)) {
                    report(
                            child(key),
                            "unknown-field",
                            "is not a field here; expected one of " + Arrays.toString(allowed));
                }
            }
            return this;
        }

        String text() {
            if (json.isMissingNode() || json.isNull()) {
                return "";
            }
            if (!json.isString() && !json.isNumber() && !json.isBoolean()) {
                report(path, "not-a-text", "must be a text");
                return "";
            }
            String value = json.asString().strip();
            if (value.isEmpty()) {
                report(path, "blank", "must not be blank");
            }
            return value;
        }

        /** A code: letters, digits, hyphens and underscores, 1 to 60 characters. */
        String code() {
            String value = text();
            if (!value.isEmpty() && !value.matches("[A-Za-z0-9][A-Za-z0-9_-]{0,59}")) {
                report(path, "invalid-code", "must be 1 to 60 letters, digits, '-' or '_', was '" + value + "'");
            }
            return value;
        }

        int integer(int min, int max) {
            if (json.isMissingNode() || json.isNull()) {
                return min;
            }
            if (!json.isIntegralNumber() || !json.canConvertToInt()) {
                report(path, "not-an-integer", "must be a whole number from " + min + " to " + max);
                return min;
            }
            int value = json.intValue();
            if (value < min || value > max) {
                report(path, "out-of-range", "must be from " + min + " to " + max + ", was " + value);
                return min;
            }
            return value;
        }

        /** A number of points with at most two decimals, as hundredths. */
        long points() {
            if (json.isMissingNode() || json.isNull()) {
                return 0;
            }
            if (!json.isNumber()) {
                report(path, "not-a-number", "must be a number");
                return 0;
            }
            BigDecimal value = new BigDecimal(json.asString()).stripTrailingZeros();
            if (value.scale() > 2 || value.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                report(path, "invalid-points", "must have at most two decimals and at most 1000000 in magnitude");
                return 0;
            }
            return value.movePointRight(2).longValueExact();
        }

        LocalDate date() {
            String value = text();
            try {
                return value.isEmpty() ? LocalDate.EPOCH : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                report(path, "invalid-date", "must be a date as YYYY-MM-DD, was '" + value + "'");
                return LocalDate.EPOCH;
            }
        }

        boolean bool(boolean absent) {
            if (json.isMissingNode() || json.isNull()) {
                return absent;
            }
            if (!json.isBoolean()) {
                report(path, "not-a-boolean", "must be true or false");
                return absent;
            }
            return json.booleanValue();
        }

        /** The items of a list; {@code nonEmpty} makes an empty or missing list a problem. */
        List<Node> items(boolean nonEmpty) {
            if (json.isMissingNode() || json.isNull()) {
                return List.of();
            }
            if (!json.isArray()) {
                report(path, "not-a-list", "must be a list");
                return List.of();
            }
            if (nonEmpty && json.isEmpty()) {
                report(path, "empty", "must not be empty");
            }
            List<Node> items = new ArrayList<>(json.size());
            for (int i = 0; i < json.size(); i++) {
                items.add(new Node(json.get(i), path + "[" + i + "]"));
            }
            return items;
        }

        /** The entries of an object, each as a node whose path ends in its key. */
        List<Node> entries() {
            if (!json.isObject()) {
                if (!json.isMissingNode()) {
                    report(path, "not-an-object", "must be an object");
                }
                return List.of();
            }
            List<Node> entries = new ArrayList<>();
            for (String key : json.propertyNames()) {
                entries.add(new Node(json.get(key), child(key)));
            }
            return entries;
        }

        /** The last segment of the path: an entry's key. */
        String key() {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        void problem(String code, String message) {
            report(path, code, message);
        }

        private String child(String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }
}
