package org.pilotboard.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates hostile requests for every operation of the OpenAPI document: a request that the schema
 * would accept, then at least one mutation of its body, path, query or headers (wrong types,
 * missing and extra fields, huge strings and numbers, deep nesting, invalid UTF-8, unicode edge
 * cases, injection strings, bad dates, bad paging, bad headers, oversized bodies). Seeded: the same
 * seed and the same answers give the same requests.
 */
public final class Fuzzer {

    /** One operation of the OpenAPI document. */
    public record Op(String method, String path, JsonNode operation) {
        public String id() {
            return method.toUpperCase() + " " + path;
        }

        boolean hasBody() {
            return operation.has("requestBody");
        }
    }

    /** One generated request: what to send and which mutation made it hostile. */
    public record Request(
            Op op,
            boolean admin,
            String method,
            String pathAndQuery,
            Map<String, String> headers,
            byte[] body,
            String mutation) {
        @Override
        public String toString() {
            String b = body == null ? "" : new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8);
            return (admin ? "[admin] " : "[anonymous] ") + method + " " + abbreviate(pathAndQuery, 200) + " {"
                    + mutation + "} " + headers.keySet() + " " + b
                    + (body != null && body.length > 200 ? "… (" + body.length + " bytes)" : "");
        }
    }

    static final String PLACEHOLDER = "FUZZ-PLACEHOLDER-4F2A";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<String> INJECTIONS = List.of(
            "' OR '1'='1",
            "'; DROP TABLE task; --",
            "1; SELECT pg_sleep(10) --",
            "\" OR \"\"=\"",
            "admin'--",
            "%' AND 1=1 AND '%'='",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "{{7*7}}",
            "${7*7}",
            "${jndi:ldap://127.0.0.1/x}",
            "../../../../etc/passwd",
            "..\\..\\windows\\win.ini",
            "=HYPERLINK(\"http://x\")",
            "@SUM(1+1)",
            "a\r\nX-Injected: 1",
            "$where: 1",
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
    private static final List<String> UNICODE = List.of(
            "\u0000",
            "a\u0000b",
            "\ud800",
            "x\udc00y",
            "\uFEFF",
            "\u202Eevil",
            "\u200B\u200C\u200D",
            "👨‍👩‍👧‍👦",
            "e\u0301\u0301\u0301",
            "𠜎𠜱𠝹",
            "\uFFFF\uFFFE",
            "\u2028\u2029",
            "\t\n\r",
            "\u0007\u001B[31m",
            "Ω≈ç√∫",
            "ﷺ",
            "🀄".repeat(50),
            "\\u0000",
            "%00",
            " ");
    private static final List<String> BAD_DATES = List.of(
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "0000-00-00",
            "2025-1-5",
            "20250105",
            "2025/01/05",
            "05.01.2025",
            "+999999999-12-31",
            "-999999999-01-01",
            "2025-01-05T00:00:00Z",
            "yesterday",
            "",
            " ",
            "1e10",
            "2025-W01-1",
            "9999-12-31",
            "1900-01-01",
            "2025-01-05 ",
            "２０２５-０１-０５");
    private static final List<String> BAD_NUMBERS = List.of(
            "-1",
            "-2147483649",
            "2147483648",
            "9223372036854775808",
            "99999999999999999999999999",
            "1e400",
            "-1e400",
            "1.5",
            "0.0000001",
            "-0",
            "1e3",
            "NaN",
            "Infinity",
            "0x10",
            "1_000",
            "00012",
            "",
            "abc",
            "true",
            "null");
    private static final List<String> BAD_IDS = List.of(
            "0",
            "-1",
            "99999999",
            "9223372036854775807",
            "9223372036854775808",
            "abc",
            "1.5",
            "1e3",
            "%20",
            "%00",
            "..%2F..%2Fetc%2Fpasswd",
            "%27%20OR%201%3D1",
            "%3Cscript%3E",
            "%FF%FE",
            "%E4%B8%AD%E6%96%87",
            "a".repeat(2000),
            "FUZZ%25",
            "%2e%2e",
            "99999999;drop=1",
            "null"); // never 1 (with ;matrix, "1;x" is id 1: the bootstrap admin)

    private final JsonNode spec;
    private final Random rnd;
    private final Map<String, List<String>> fixtures;
    private final List<Op> ops = new ArrayList<>();

    /**
     * @param fixtures valid path values by the first segment after /api/v1 (tasks, users, tokens, regions,
     *                 measures, factors, items, milestones), so that mutations reach past the lookups
     */
    public Fuzzer(JsonNode spec, long seed, Map<String, List<String>> fixtures) {
        this.spec = spec;
        this.rnd = new Random(seed);
        this.fixtures = fixtures;
        for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> m = methods.next();
                if (List.of("get", "put", "post", "delete", "patch").contains(m.getKey())) {
                    ops.add(new Op(m.getKey(), path.getKey(), m.getValue()));
                }
            }
        }
        ops.sort(Comparator.comparing(Op::path).thenComparing(Op::method));
    }

    public List<Op> operations() {
        return List.copyOf(ops);
    }

    public Random random() {
        return rnd;
    }

    // ---- one request ---------------------------------------------------------------------------

    public Request next(Op op, boolean admin) {
        List<String> kinds = new ArrayList<>(List.of("header", "query", "method"));
        if (op.path().contains("{")) {
            kinds.add("path");
            kinds.add("path");
        }
        if (op.hasBody()) {
            for (int i = 0; i < 6; i++) {
                kinds.add("body");
            }
        } else if (!op.method().equals("get")) {
            kinds.add("body"); // a body where none is expected
        }
        if (hasQueryParams(op)) {
            kinds.add("query");
            kinds.add("query");
        }
        String kind = pick(kinds);
        List<String> labels = new ArrayList<>();

        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode p : params(op, "path")) {
            pathValues.put(p.get("name").asText(), validPathValue(op, p));
        }
        if (kind.equals("path")) {
            String name = pick(new ArrayList<>(pathValues.keySet()));
            String bad = pick(BAD_IDS);
            pathValues.put(name, bad);
            labels.add("path " + name + "=" + abbreviate(bad, 20));
        }
        String path = op.path();
        for (Map.Entry<String, String> e : pathValues.entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }

        List<String> query = new ArrayList<>();
        for (JsonNode p : params(op, "query")) {
            if (rnd.nextInt(3) == 0) {
                query.add(enc(p.get("name").asText()) + "=" + enc(sample(p.path("schema"), p.path("example"))));
            }
        }
        if (kind.equals("query")) {
            labels.add(mutateQuery(op, query));
        }

        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", rnd.nextInt(8) == 0 ? "*/*" : "application/json");
        String mediaType = null;
        byte[] body = null;
        if (op.hasBody()) {
            JsonNode content = op.operation().path("requestBody").path("content");
            List<String> types = new ArrayList<>();
            content.fieldNames().forEachRemaining(types::add);
            mediaType = pick(types);
            headers.put("Content-Type", mediaType);
            JsonNode schema = content.path(mediaType).path("schema");
            List<Field> fields = new ArrayList<>();
            JsonNode value = sampleBody(op, content.path(mediaType), schema, fields);
            fixTypes(value, fields);
            if (op.path().endsWith("/auth/login") && value.has("username")) {
                // Never the real accounts: five failures would lock them out for the rest of the run.
                ((ObjectNode) value).put("username", "fuzz-nobody-" + rnd.nextInt(1000));
            }
            if (kind.equals("body")) {
                Mutated m = mutateBody(value, fields, headers);
                body = m.bytes();
                labels.add("body " + m.label());
            } else {
                body = bytes(value);
            }
        } else if (kind.equals("body")) {
            headers.put("Content-Type", "application/json");
            body = pick(List.of("{}", "{\"x\":1}", "[]", "null", "{\"a\":" + "[".repeat(1200)))
                    .getBytes(StandardCharsets.UTF_8);
            labels.add("body on an operation without one");
        }
        for (JsonNode p : params(op, "header")) {
            if (p.get("name").asText().equalsIgnoreCase("If-Match")) {
                headers.put("If-Match", pick(List.of("*", "\"0\"", "\"1\"")));
            }
        }
        if (kind.equals("header")) {
            labels.add(mutateHeader(headers));
        }
        String method = op.method().toUpperCase();
        if (kind.equals("method")) {
            method = pick(List.of("PUT", "POST", "DELETE", "PATCH", "HEAD", "OPTIONS", "GET"));
            if (method.equals(op.method().toUpperCase())) {
                method = op.method().equals("get") ? "DELETE" : "GET";
            }
            labels.add("method " + method);
        }
        String pathAndQuery = path + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return new Request(op, admin, method, pathAndQuery, headers, body, String.join(", ", labels));
    }

    // ---- the request as the schema would have it ------------------------------------------------

    private record Field(String pointer, JsonNode schema, boolean required) {}

    private record Mutated(byte[] bytes, String label) {}

    private JsonNode sampleBody(Op op, JsonNode content, JsonNode schema, List<Field> fields) {
        JsonNode examples = content.path("examples");
        if (examples.isObject() && examples.size() > 0 && rnd.nextBoolean()) {
            List<JsonNode> values = new ArrayList<>();
            examples.forEach(e -> values.add(e.path("value")));
            JsonNode example = pick(values).deepCopy();
            collectFields(example, resolve(schema), "", fields);
            return example;
        }
        return sample(schema, "", fields, 0, true);
    }

    private void collectFields(JsonNode value, JsonNode schema, String pointer, List<Field> fields) {
        if (value.isObject()) {
            JsonNode props = schema.path("properties");
            List<String> required = new ArrayList<>();
            schema.path("required").forEach(r -> required.add(r.asText()));
            value.fieldNames().forEachRemaining(name -> {
                JsonNode s = resolve(props.path(name));
                fields.add(new Field(pointer + "/" + name, s, required.contains(name)));
                collectFields(value.get(name), s, pointer + "/" + name, fields);
            });
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                JsonNode s = resolve(schema.path("items"));
                fields.add(new Field(pointer + "/" + i, s, false));
                collectFields(value.get(i), s, pointer + "/" + i, fields);
            }
        }
    }

    private JsonNode sample(JsonNode rawSchema, String pointer, List<Field> fields, int depth, boolean required) {
        JsonNode schema = resolve(rawSchema);
        if (!pointer.isEmpty()) {
            fields.add(new Field(pointer, schema, required));
        }
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return pick(values);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                List<String> req = new ArrayList<>();
                schema.path("required").forEach(r -> req.add(r.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> it =
                                schema.path("properties").fields();
                        it.hasNext(); ) {
                    Map.Entry<String, JsonNode> prop = it.next();
                    boolean isRequired = req.contains(prop.getKey());
                    if (depth < 4 && (isRequired || rnd.nextInt(3) > 0)) {
                        o.set(
                                prop.getKey(),
                                sample(prop.getValue(), pointer + "/" + prop.getKey(), fields, depth + 1, isRequired));
                    }
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                if (depth < 4) {
                    a.add(sample(schema.path("items"), pointer + "/0", fields, depth + 1, false));
                }
                return a;
            }
            default -> {
                return NODES.textNode(sample(schema, schema.path("example")));
            }
        }
    }

    /** A valid-looking scalar for a parameter or field schema, as text (numbers and booleans unquoted later). */
    private String sample(JsonNode rawSchema, JsonNode example) {
        JsonNode schema = resolve(rawSchema);
        if (schema.has("enum")) {
            List<JsonNode> values = new ArrayList<>();
            schema.get("enum").forEach(values::add);
            return pick(values).asText();
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && examples.size() > 0 && rnd.nextBoolean()) {
            return examples.get(0).asText();
        }
        if (!example.isMissingNode() && !example.isNull() && rnd.nextBoolean()) {
            return example.asText();
        }
        String type = schema.path("type").asText("string");
        String format = schema.path("format").asText("");
        switch (type) {
            case "integer", "number" -> {
                int min = schema.has("minimum") ? schema.get("minimum").asInt() : 0;
                int max = schema.has("maximum") ? schema.get("maximum").asInt() : Math.max(min, 50);
                return Integer.toString(min + rnd.nextInt(Math.max(1, Math.min(max - min + 1, 1000))));
            }
            case "boolean" -> {
                return Boolean.toString(rnd.nextBoolean());
            }
            default -> {
                if (format.equals("date")) {
                    return "2025-" + String.format("%02d", 10 + rnd.nextInt(3)) + "-"
                            + String.format("%02d", 1 + rnd.nextInt(28));
                }
                if (format.equals("date-time")) {
                    return "2026-0" + (1 + rnd.nextInt(9)) + "-01T00:00:00Z";
                }
                String pattern = schema.path("pattern").asText("");
                if (pattern.startsWith("[a-z0-9]+")) {
                    return "fuzz-" + rnd.nextInt(100000);
                }
                if (pattern.startsWith("[a-z0-9][a-z0-9._-]")) {
                    return "fuzz.user" + rnd.nextInt(100000);
                }
                if (pattern.startsWith("https?")) {
                    return "https://example.org/fuzz/" + rnd.nextInt(1000);
                }
                if (pattern.startsWith("[a-z_]")) {
                    return pick(List.of("land", "labour", "capital", "fuzz_factor"));
                }
                return "模糊测试 fuzz " + rnd.nextInt(1000);
            }
        }
    }

    /** Scalars were sampled as text; give numbers and booleans their JSON types (within the schema). */
    private JsonNode typed(JsonNode schema, JsonNode value) {
        String type = resolve(schema).path("type").asText("");
        if (value.isTextual()) {
            String t = value.asText();
            try {
                if (type.equals("integer")) {
                    return NODES.numberNode(Long.parseLong(t));
                }
                if (type.equals("number")) {
                    return NODES.numberNode(Double.parseDouble(t));
                }
            } catch (NumberFormatException e) {
                return value;
            }
            if (type.equals("boolean")) {
                return NODES.booleanNode(Boolean.parseBoolean(t));
            }
        }
        return value;
    }

    private byte[] bytes(JsonNode value) {
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- mutations -------------------------------------------------------------------------------

    private Mutated mutateBody(JsonNode value, List<Field> fields, Map<String, String> headers) {
        String m = pick(List.of(
                "wrongType",
                "wrongType",
                "missingRequired",
                "extraField",
                "hugeString",
                "hugeNumber",
                "deepNesting",
                "invalidUtf8",
                "unicode",
                "unicode",
                "injection",
                "injection",
                "badDate",
                "badDate",
                "nullValue",
                "wholeBody",
                "wholeBody",
                "contentType",
                "hugeArray",
                "oversized"));
        if (fields.isEmpty()
                && !List.of("wholeBody", "contentType", "oversized", "extraField")
                        .contains(m)) {
            m = "wholeBody";
        }
        switch (m) {
            case "wrongType" -> {
                Field f = pick(fields);
                String type = f.schema().path("type").asText("string");
                JsonNode wrong = switch (type) {
                    case "string" ->
                        pick(List.of(
                                NODES.numberNode(123),
                                NODES.booleanNode(true),
                                NODES.arrayNode().add("x"),
                                NODES.objectNode().put("a", 1),
                                NODES.numberNode(1.5)));
                    case "integer", "number" ->
                        pick(List.of(
                                NODES.textNode("12"),
                                NODES.numberNode(12.5),
                                NODES.booleanNode(false),
                                NODES.arrayNode().add(1),
                                NODES.objectNode()));
                    case "boolean" -> pick(List.of(NODES.textNode("true"), NODES.numberNode(1), NODES.textNode("yes")));
                    case "array" ->
                        pick(List.of(NODES.textNode("x"), NODES.objectNode().put("0", "x"), NODES.numberNode(0)));
                    default -> pick(List.of(NODES.textNode("x"), NODES.arrayNode(), NODES.numberNode(7)));
                };
                set(value, f.pointer(), wrong);
                return new Mutated(bytes(value), "wrongType " + f.pointer());
            }
            case "missingRequired" -> {
                List<Field> required = fields.stream().filter(Field::required).toList();
                Field f = required.isEmpty() ? pick(fields) : pick(required);
                remove(value, f.pointer());
                return new Mutated(bytes(value), "missing " + f.pointer());
            }
            case "extraField" -> {
                if (value.isObject()) {
                    ((ObjectNode) value)
                            .put(
                                    pick(List.of(
                                            "id",
                                            "version",
                                            "status",
                                            "createdAt",
                                            "admin",
                                            "role",
                                            "__proto__",
                                            "constructor",
                                            "extra",
                                            "regionCode ",
                                            "REGIONCODE")),
                                    pick(List.of("x", "1", "admin")));
                }
                return new Mutated(bytes(value), "extra field");
            }
            case "hugeString" -> {
                Field f = pick(fields);
                int n = pick(List.of(301, 2001, 5001, 65_536, 200_000));
                set(
                        value,
                        f.pointer(),
                        NODES.textNode(pick(List.of("x", "长", "😀")).repeat(n)));
                return new Mutated(bytes(value), "huge string (" + n + ") " + f.pointer());
            }
            case "hugeNumber" -> {
                Field f = pick(fields);
                return raw(
                        value,
                        f.pointer(),
                        pick(List.of(
                                "1e400",
                                "-1e400",
                                "9223372036854775808",
                                "-9223372036854775809",
                                "1" + "0".repeat(400),
                                "1.7976931348623157e308",
                                "-0",
                                "0.1e-400",
                                "2147483648",
                                "-2147483649")),
                        "huge number " + f.pointer());
            }
            case "deepNesting" -> {
                Field f = pick(fields);
                int depth = pick(List.of(50, 999, 1200, 5000));
                boolean arrays = rnd.nextBoolean();
                String nested = arrays
                        ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                return raw(value, f.pointer(), nested, "nesting " + depth + " " + f.pointer());
            }
            case "invalidUtf8" -> {
                Field f = pick(fields);
                byte[] bad = pick(List.of(
                        new byte[] {(byte) 0xC3, 0x28},
                        new byte[] {(byte) 0xFF, (byte) 0xFE},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                        new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {(byte) 0xC0, (byte) 0xAF}));
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                text.write('"');
                text.write('a');
                text.writeBytes(bad);
                text.write('b');
                text.write('"');
                return rawBytes(value, f.pointer(), text.toByteArray(), "invalid UTF-8 " + f.pointer());
            }
            case "unicode" -> {
                Field f = pick(fields);
                String s = pick(UNICODE);
                set(value, f.pointer(), NODES.textNode(rnd.nextBoolean() ? s : "文本" + s + "text"));
                return new Mutated(bytes(value), "unicode " + f.pointer());
            }
            case "injection" -> {
                Field f = pick(fields);
                set(value, f.pointer(), NODES.textNode(pick(INJECTIONS)));
                return new Mutated(bytes(value), "injection " + f.pointer());
            }
            case "badDate" -> {
                List<Field> dates = fields.stream()
                        .filter(x -> x.schema().path("format").asText("").startsWith("date"))
                        .toList();
                Field f = dates.isEmpty() ? pick(fields) : pick(dates);
                set(value, f.pointer(), NODES.textNode(pick(BAD_DATES)));
                return new Mutated(bytes(value), "bad date " + f.pointer());
            }
            case "nullValue" -> {
                Field f = pick(fields);
                set(value, f.pointer(), NODES.nullNode());
                return new Mutated(bytes(value), "null " + f.pointer());
            }
            case "hugeArray" -> {
                ArrayNode many = NODES.arrayNode();
                for (int i = 0; i < 5000; i++) {
                    many.add(
                            rnd.nextBoolean()
                                    ? NODES.textNode("x" + i)
                                    : NODES.objectNode().put("url", "https://e.org/" + i));
                }
                Field f = pick(fields);
                set(value, f.pointer(), many);
                return new Mutated(bytes(value), "huge array " + f.pointer());
            }
            case "contentType" -> {
                String ct = pick(List.of(
                        "text/plain",
                        "application/xml",
                        "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=",
                        "application/json; charset=ISO-8859-1",
                        "application/json; charset=utf-16",
                        "application/json;;;",
                        "*/*",
                        "application/merge-patch+json",
                        "application/javascript",
                        ""));
                if (ct.isEmpty()) {
                    headers.remove("Content-Type");
                } else {
                    headers.put("Content-Type", ct);
                }
                return new Mutated(bytes(value), "content type '" + ct + "'");
            }
            case "oversized" -> {
                int n = 1024 * 1024 + 1 + rnd.nextInt(100_000);
                String big = "{\"comment\":\"" + "x".repeat(n) + "\"}";
                return new Mutated(big.getBytes(StandardCharsets.UTF_8), "oversized body " + n);
            }
            default -> {
                String whole = pick(List.of(
                        "",
                        "null",
                        "[]",
                        "0",
                        "\"text\"",
                        "true",
                        "{",
                        "{\"a\":",
                        "{'a':1}",
                        "{\"a\":1,}",
                        "\uFEFF{}",
                        "{} {}",
                        "/* c */ {}",
                        "{\"a\":NaN}",
                        "{\"a\":1,\"a\":2}",
                        "[" + "{},".repeat(100) + "{}]",
                        "<xml/>",
                        "a=1&b=2",
                        "\u0000",
                        "{\"\u0000\":1}"));
                if (rnd.nextBoolean() && value.isObject()) {
                    // the valid body with the same key twice
                    String v = value.toString();
                    whole = v.length() > 2 ? v.substring(0, v.length() - 1) + "," + v.substring(1) : whole;
                }
                return new Mutated(
                        whole.getBytes(StandardCharsets.UTF_8), "whole body '" + abbreviate(whole, 30) + "'");
            }
        }
    }

    private void fixTypes(JsonNode value, List<Field> fields) {
        for (Field f : fields) {
            JsonNode current = value.at(f.pointer());
            if (!current.isMissingNode() && current.isTextual()) {
                JsonNode typed = typed(f.schema(), current);
                if (typed != current) {
                    set(value, f.pointer(), typed);
                }
            }
        }
    }

    private Mutated raw(JsonNode value, String pointer, String rawJson, String label) {
        return rawBytes(value, pointer, rawJson.getBytes(StandardCharsets.UTF_8), label);
    }

    /** The body with the value at pointer replaced by raw bytes, which may be invalid JSON on purpose. */
    private Mutated rawBytes(JsonNode value, String pointer, byte[] replacement, String label) {
        set(value, pointer, new TextNode(PLACEHOLDER));
        byte[] doc = bytes(value);
        byte[] marker = ("\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8);
        int at = indexOf(doc, marker);
        if (at < 0) {
            return new Mutated(replacement, label + " (whole body)");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(doc, 0, at);
        out.writeBytes(replacement);
        out.write(doc, at + marker.length, doc.length - at - marker.length);
        return new Mutated(out.toByteArray(), label);
    }

    private String mutateQuery(Op op, List<String> query) {
        List<JsonNode> declared = params(op, "query");
        int choice = rnd.nextInt(declared.isEmpty() ? 2 : 7);
        switch (choice) {
            case 0 -> {
                query.add(
                        pick(List.of("unknown", "page", "size", "__proto__", "q[]", "")) + "=" + enc(pick(INJECTIONS)));
                return "query unknown parameter";
            }
            case 1 -> {
                query.add("x=" + "y".repeat(3000));
                return "query long undeclared";
            }
            default -> {
                JsonNode p = pick(declared);
                String name = p.get("name").asText();
                JsonNode schema = resolve(p.path("schema"));
                String type = schema.path("type").asText("string");
                String format = schema.path("format").asText("");
                String bad;
                if (type.equals("integer") || type.equals("number")) {
                    bad = pick(BAD_NUMBERS);
                } else if (format.startsWith("date")) {
                    bad = pick(BAD_DATES);
                } else if (type.equals("boolean")) {
                    bad = pick(List.of("yes", "1", "TRUE", "", "null", "tru"));
                } else {
                    bad = pick(List.of(
                            pick(INJECTIONS),
                            pick(UNICODE),
                            "a".repeat(pick(List.of(101, 201, 1500))),
                            ",,,",
                            "a,b,c,".repeat(50),
                            "-",
                            "-progress,-,",
                            "%",
                            "_",
                            "\\",
                            "*"));
                }
                if (rnd.nextInt(5) == 0) {
                    query.add(enc(name) + "="
                            + enc(sample(p.path("schema"), p.path("example")))); // the same parameter twice
                }
                query.add(enc(name) + "=" + enc(bad));
                return "query " + name + "='" + abbreviate(bad, 20) + "'";
            }
        }
    }

    private String mutateHeader(Map<String, String> headers) {
        String h = pick(List.of(
                "If-Match",
                "If-Match",
                "If-None-Match",
                "Accept",
                "Authorization",
                "Authorization",
                "Content-Type",
                "X-Forwarded-For",
                "Forwarded",
                "Accept-Language",
                "Range",
                "Cookie",
                "Big",
                "Accept-Encoding"));
        String value = switch (h) {
            case "If-Match" ->
                pick(List.of(
                        "",
                        "abc",
                        "\"abc\"",
                        "W/\"0\"",
                        "\"99999999999999999999\"",
                        "\"-1\"",
                        "\"0\", \"1\"",
                        "*, \"0\"",
                        "\"",
                        "\"\"",
                        "\"0",
                        "0",
                        ",,,",
                        "W/",
                        "\"" + "9".repeat(500) + "\""));
            case "If-None-Match" -> pick(List.of("*", "\"0\"", "garbage", "W/\"1\"", "\"", "\"0\", *"));
            case "Accept" ->
                pick(List.of(
                        "application/xml",
                        "text/csv",
                        "text/html",
                        "image/png",
                        "*/*;q=abc",
                        "application/json;q=0",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "garbage",
                        ";;;",
                        "application/problem+json"));
            case "Authorization" ->
                pick(List.of(
                        "Bearer ",
                        "Bearer",
                        "Basic YWRtaW46YWRtaW4=",
                        "Bearer pbt_0000000000000000",
                        "Bearer " + "a".repeat(300),
                        "Bearer ' OR '1'='1",
                        "bearer x y z",
                        "Token abc",
                        "Bearer %C3%A9",
                        "Negotiate x"));
            case "Content-Type" ->
                pick(List.of(
                        "text/plain",
                        "garbage",
                        "application/json; charset=klingon",
                        "multipart/form-data",
                        "application/json; boundary=x",
                        ";"));
            case "X-Forwarded-For" ->
                pick(List.of(
                        "garbage",
                        "1.2.3.4, 5.6.7.8",
                        "::1",
                        "999.999.999.999",
                        "",
                        "unknown",
                        "127.0.0.1:99999",
                        "[::1]:80",
                        "' OR 1=1"));
            case "Forwarded" ->
                pick(List.of(
                        "for=garbage",
                        "for=\"[::1]\";proto=https",
                        "for=1.2.3.4;host=evil.example",
                        ";;;",
                        "proto=gopher"));
            case "Accept-Language" -> pick(List.of("zz", "*", "en;q=abc", "zh-CN,zh;q=0.9", "x".repeat(500)));
            case "Range" -> pick(List.of("bytes=0-10", "bytes=-1", "bytes=999999999999-", "items=0-1", "garbage"));
            case "Cookie" -> pick(List.of("a=b", "session=' OR 1=1", "=;=;=", "x=" + "y".repeat(4000)));
            case "Accept-Encoding" -> pick(List.of("gzip", "br", "garbage", "*;q=0", "identity;q=0"));
            default -> "x".repeat(pick(List.of(100, 4000, 8000)));
        };
        if (h.equals("Big")) {
            h = "X-Fuzz-Big";
        }
        headers.put(h, value);
        return "header " + h + "='" + abbreviate(value, 20) + "'";
    }

    // ---- path values ---------------------------------------------------------------------------

    private String validPathValue(Op op, JsonNode param) {
        String[] segments = op.path().split("/");
        String collection = segments.length > 3 ? segments[3] : "";
        List<String> values = fixtures.get(collection);
        if (values != null && !values.isEmpty()) {
            return pick(values);
        }
        return param.path("example").asText("1");
    }

    // ---- schema helpers --------------------------------------------------------------------------

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 5 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            JsonNode target = spec.at(ref.substring(1));
            ObjectNode merged = target.deepCopy();
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref")) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            s = merged;
        }
        return s;
    }

    private static List<JsonNode> params(Op op, String in) {
        List<JsonNode> result = new ArrayList<>();
        op.operation().path("parameters").forEach(p -> {
            if (p.path("in").asText().equals(in)) {
                result.add(p);
            }
        });
        return result;
    }

    private static boolean hasQueryParams(Op op) {
        return !params(op, "query").isEmpty();
    }

    private static void set(JsonNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash <= 0 ? root : root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.set(key, value);
        } else if (parent instanceof ArrayNode a && key.matches("\\d+") && Integer.parseInt(key) < a.size()) {
            a.set(Integer.parseInt(key), value);
        }
    }

    private static void remove(JsonNode root, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash <= 0 ? root : root.at(pointer.substring(0, slash));
        String key = pointer.substring(slash + 1);
        if (parent instanceof ObjectNode o) {
            o.remove(key);
        } else if (parent instanceof ArrayNode a && key.matches("\\d+") && Integer.parseInt(key) < a.size()) {
            a.remove(Integer.parseInt(key));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String abbreviate(String s, int n) {
        return s.length() > n ? s.substring(0, n) + "…" : s;
    }
}
