package org.pilotboard.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Adds the problem+json error responses to every operation of the OpenAPI document, so that
 * each resource method only declares its successes. Run when the app is built: the document it
 * writes is served as it is, and start-up does not pay for a pass over every operation.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    static final String BEARER = "bearer";
    private static final JsonNode EXAMPLES = readExamples();
    /** Reads that are not public: they need a token like the writes. */
    private static final java.util.Set<String> PRIVATE_READS = java.util.Set.of(
            "/api/v1/me",
            "/api/v1/tokens",
            "/api/v1/users",
            "/api/v1/users/{id}",
            "/api/v1/audit",
            "/api/v1/reminders",
            "/api/v1/reminders/count");

    private static final String LOGIN = "/api/v1/auth/login";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // Where the API runs depends on the deployment: one server with the origin as variables, so that a
        // generated client names the host it talks to instead of defaulting to http://localhost.
        openAPI.setServers(java.util.List.of(OASFactory.createServer()
                .url("{scheme}://{host}")
                .description("A Pilotboard deployment, production or local (paths start with /api/v1). The "
                        + "defaults are the local app run by the README's command; for a production deployment "
                        + "set host to its name and scheme to https.")
                .variables(Map.of(
                        "scheme",
                        OASFactory.createServerVariable()
                                .enumeration(java.util.List.of("https", "http"))
                                .defaultValue("http")
                                .description("https for a deployment, http on your own machine"),
                        "host",
                        OASFactory.createServerVariable()
                                .defaultValue("localhost:8080")
                                .description("Host name and, if not the default, port")))
                .addExtension("x-internal", false)));
        // Every API answer says where its client stands against its request budget (RateLimiter).
        rateLimitHeader(openAPI, "RateLimit-Limit", "Requests this client may make in the current window", "1200");
        rateLimitHeader(openAPI, "RateLimit-Remaining", "Requests left in the current window", "1187");
        rateLimitHeader(
                openAPI, "RateLimit-Reset", "Seconds until the window ends and the budget is whole again", "42");
        rateLimitHeader(openAPI, "Retry-After", "Seconds to wait before trying again", "42");
        // The generic page record: every list names its own page schema (TaskPage, HistoryPage, ...).
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().removeSchema("Page");
        }
        openAPI.getComponents()
                .addSecurityScheme(
                        BEARER,
                        OASFactory.createSecurityScheme()
                                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .description(
                                        "A session token from POST /api/v1/auth/login, or an API token from POST /api/v1/tokens. "
                                                + "Reads of public data need none; every write does. A browser may sign in with cookie: true "
                                                + "instead: the session is then the HttpOnly cookie pilotboard_session, and every write signed in "
                                                + "by it must send the header X-CSRF-Token with the csrfToken of the sign-in (or of GET /api/v1/me). A call with "
                                                + "X-CSRF-Token whose cookie is no longer a session gets 401; without it, such a cookie is ignored."));
        openAPI.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                    if (op.getDescription() == null) {
                        op.setDescription(OperationDescriptions.BY_OPERATION.get(op.getOperationId()));
                    }
                    if (op.getDescription() == null || op.getSummary() == null) {
                        throw new IllegalStateException(method + " " + path + " (" + op.getOperationId()
                                + ") needs a summary and a description (OperationDescriptions)");
                    }
                    if (op.getParameters() != null) {
                        // Query integers (page, size, limit) are small: say so, as clients choose their types by it.
                        op.getParameters().stream()
                                .map(p -> p.getSchema())
                                .filter(schema -> schema != null
                                        && schema.getType() != null
                                        && schema.getType()
                                                .contains(
                                                        org.eclipse.microprofile.openapi.models.media.Schema.SchemaType
                                                                .INTEGER)
                                        && schema.getFormat() == null)
                                .forEach(schema -> schema.setFormat("int32"));
                    }
                    if (isPage(op)) {
                        op.getResponses()
                                .getAPIResponse("200")
                                .addHeader(
                                        PageLinks.HEADER,
                                        OASFactory.createHeader()
                                                .description("RFC 8288 links to the first, previous, next and last "
                                                        + "page (prev and next only where there is one), each this "
                                                        + "request's URL with another page number")
                                                .schema(OASFactory.createSchema()
                                                        .addType(
                                                                org.eclipse.microprofile.openapi.models.media.Schema
                                                                        .SchemaType.STRING))
                                                .example(
                                                        "<https://pilotboard.example/api/v1/tasks?size=20&page=0>; "
                                                                + "rel=\"first\", <https://pilotboard.example/api/v1/tasks?size=20&page=2>; "
                                                                + "rel=\"next\", <https://pilotboard.example/api/v1/tasks?size=20&page=6>; rel=\"last\""));
                    }
                    examples(op, method + " " + path);
                    if (op.getResponses() != null) {
                        problemExamples(op, path);
                    }
                    boolean hasPathParam = path.contains("{");
                    boolean isWrite = method != PathItem.HttpMethod.GET;
                    boolean needsToken =
                            (isWrite || PRIVATE_READS.contains(path) || path.startsWith("/api/v1/webhooks"))
                                    && !path.equals(LOGIN);
                    if (needsToken) {
                        op.setSecurity(java.util.List.of(
                                OASFactory.createSecurityRequirement().addScheme(BEARER)));
                    } else if (!path.equals(LOGIN)) {
                        // A public read: anonymous ({}) or with a token, which shows a signed-in reader
                        // more (a task's internalNote), so that generated clients send theirs.
                        op.setSecurity(java.util.List.of(
                                OASFactory.createSecurityRequirement(),
                                OASFactory.createSecurityRequirement().addScheme(BEARER)));
                        add(
                                op,
                                "401",
                                "A token was sent but is unknown, expired or revoked (send none to read anonymously)",
                                problem(
                                        401,
                                        "unauthorized",
                                        "Unauthorized",
                                        "The token is unknown, expired or revoked, or its account is disabled",
                                        path));
                    }
                    if (needsToken) {
                        add(
                                op,
                                "401",
                                "No valid token: sign in, or send Authorization: Bearer <token>",
                                problem(
                                        401,
                                        "unauthorized",
                                        "Unauthorized",
                                        "Sign in first: POST /api/v1/auth/login",
                                        path));
                        add(
                                op,
                                "403",
                                "Signed in, but this role, region or read-only token may not do this; or a write by the session cookie without its X-CSRF-Token",
                                problem(403, "forbidden", "Forbidden", "You may write only in your own regions", path));
                    }
                    add(
                            op,
                            "400",
                            "Invalid request: malformed JSON, wrong types, failed validation (see violations)",
                            "{\"type\":\"urn:pilotboard:problem:validation\",\"title\":\"Invalid request\",\"status\":400,"
                                    + "\"detail\":\"plannedEnd: must not be before plannedStart\",\"instance\":\""
                                    + path + "\","
                                    + "\"violations\":[{\"field\":\"plannedEnd\",\"in\":\"body\",\"message\":\"must not be before plannedStart\"}]}");
                    if (hasPathParam) {
                        add(
                                op,
                                "404",
                                "No such record",
                                problem(404, "not-found", "Not found", "Task '99' does not exist", path));
                    }
                    if (notModified(op)) {
                        addIfNoneMatch(op);
                    }
                    if ((isWrite && method != PathItem.HttpMethod.POST) || hasHeader(op, "If-Match")) {
                        add(
                                op,
                                "412",
                                "The record changed since the ETag in If-Match",
                                problem(
                                        412,
                                        "precondition-failed",
                                        "Precondition failed",
                                        "The task was changed by someone else",
                                        path));
                        if (requiresIfMatch(op)) {
                            add(
                                    op,
                                    "428",
                                    "If-Match is required",
                                    problem(
                                            428,
                                            "precondition-required",
                                            "Precondition required",
                                            "Send If-Match with the ETag you read",
                                            path));
                        }
                    }
                    if (isWrite) {
                        add(
                                op,
                                "409",
                                "Conflicts with existing data",
                                problem(409, "conflict", "Conflict", "Region 'hefei-metro' already exists", path));
                        add(
                                op,
                                "413",
                                "Body too large",
                                problem(
                                        413,
                                        "http-413",
                                        "Request Entity Too Large",
                                        "The request body is too large",
                                        path));
                        add(
                                op,
                                "415",
                                "Body not JSON",
                                problem(
                                        415,
                                        "http-415",
                                        "Unsupported Media Type",
                                        "Send the body as application/json",
                                        path));
                    }
                    if (!op.getResponses().hasAPIResponse("429")) {
                        add(
                                op,
                                "429",
                                "Over this client's request budget (docs/api.md, Rate limits): wait Retry-After seconds",
                                "{\"type\":\"urn:pilotboard:problem:rate-limited\",\"title\":\"Too many requests\",\"status\":429,"
                                        + "\"detail\":\"This client made 1200 requests in the current window; try again in 42 s (Retry-After).\","
                                        + "\"instance\":\"" + path + "\"}");
                    }
                    add(
                            op,
                            "500",
                            "Unexpected error (logged with the id given in detail)",
                            problem(
                                    500,
                                    "internal",
                                    "Internal error",
                                    "Something went wrong on our side. Quote this id when reporting it: 5f0c…",
                                    path));
                    add(
                            op,
                            "503",
                            "The database is unavailable; retry after Retry-After seconds",
                            problem(
                                    503,
                                    "unavailable",
                                    "Service unavailable",
                                    "The database is not reachable right now; try again shortly.",
                                    path));
                    rateLimitHeaders(op);
                }));
    }

    /**
     * Realistic examples (answers of the demo data set, recorded from the running app, with secrets
     * replaced) for the JSON bodies whose resource method gives none: src/main/resources/openapi/examples.json,
     * by operationId. Every JSON request body and success answer must end up with an example.
     */
    private static void examples(Operation op, String name) {
        JsonNode recorded = EXAMPLES.path(op.getOperationId());
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            var media = op.getRequestBody().getContent().getMediaType("application/json");
            if (media != null && media.getExamples() == null && media.getExample() == null) {
                if (!recorded.has("request")) {
                    throw new IllegalStateException(name + " needs a request example (openapi/examples.json)");
                }
                media.setExamples(Map.of(
                        "example",
                        OASFactory.createExample().value(JSON.convertValue(recorded.get("request"), Object.class))));
            }
        }
        if (op.getResponses() == null) {
            return;
        }
        op.getResponses().getAPIResponses().forEach((code, response) -> {
            var media = !code.startsWith("2") || response.getContent() == null
                    ? null
                    : response.getContent().getMediaType("application/json");
            if (media != null && media.getExamples() == null && media.getExample() == null) {
                JsonNode value = recorded.path("responses").get(code);
                if (value == null) {
                    throw new IllegalStateException(
                            name + " needs an example of its " + code + " (openapi/examples.json)");
                }
                media.setExamples(
                        Map.of("example", OASFactory.createExample().value(JSON.convertValue(value, Object.class))));
            }
        });
    }

    private static final Map<String, String[]> PROBLEM_KINDS = Map.of(
            "401", new String[] {"unauthorized", "Unauthorized"},
            "403", new String[] {"forbidden", "Forbidden"},
            "404", new String[] {"not-found", "Not found"},
            "409", new String[] {"conflict", "Conflict"},
            "413", new String[] {"http-413", "Request Entity Too Large"},
            "415", new String[] {"http-415", "Unsupported Media Type"},
            "422", new String[] {"validation", "Unprocessable content"},
            "429", new String[] {"too-many-attempts", "Too many attempts"},
            "503", new String[] {"unavailable", "Service unavailable"});

    /** A problem answer a resource method declared without an example gets one from its status and description. */
    private static void problemExamples(Operation op, String path) {
        op.getResponses().getAPIResponses().forEach((code, response) -> {
            var media =
                    response.getContent() == null ? null : response.getContent().getMediaType(Problem.MEDIA_TYPE);
            if (media == null || media.getExamples() != null || media.getExample() != null) {
                return;
            }
            String[] kind = PROBLEM_KINDS.getOrDefault(code, new String[] {"http-" + code, "Error"});
            Map<String, Object> value = new java.util.LinkedHashMap<>();
            value.put("type", "urn:pilotboard:problem:" + kind[0]);
            value.put("title", kind[1]);
            value.put("status", Integer.parseInt(code));
            value.put("detail", response.getDescription());
            value.put("instance", path);
            media.setExamples(Map.of("problem", OASFactory.createExample().value(value)));
        });
    }

    private static void rateLimitHeader(OpenAPI openAPI, String name, String description, String example) {
        openAPI.getComponents()
                .addHeader(
                        name,
                        OASFactory.createHeader()
                                .description(description)
                                .schema(OASFactory.createSchema()
                                        .addType(
                                                org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER)
                                        .format("int32")
                                        .minimum(java.math.BigDecimal.ZERO))
                                .example(Integer.parseInt(example)));
    }

    /** The RateLimit-* headers on every success and client error; Retry-After with them on a 429. */
    private static void rateLimitHeaders(Operation op) {
        op.getResponses().getAPIResponses().forEach((code, response) -> {
            if (!(code.startsWith("2") || code.startsWith("4"))) {
                return;
            }
            for (String name : java.util.List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset")) {
                response.addHeader(name, OASFactory.createHeader().ref("#/components/headers/" + name));
            }
            if (code.equals("429")) {
                response.addHeader("Retry-After", OASFactory.createHeader().ref("#/components/headers/Retry-After"));
            }
        });
    }

    private static JsonNode readExamples() {
        try (var in = ProblemResponsesFilter.class.getClassLoader().getResourceAsStream("openapi/examples.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi/examples.json is missing");
            }
            return JSON.readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A list answered in pages: its 200 is one of the *Page schemas. */
    private static boolean isPage(Operation op) {
        if (op.getResponses() == null || !op.getResponses().hasAPIResponse("200")) {
            return false;
        }
        var content = op.getResponses().getAPIResponse("200").getContent();
        var json = content == null ? null : content.getMediaType("application/json");
        return json != null
                && json.getSchema() != null
                && json.getSchema().getRef() != null
                && json.getSchema().getRef().endsWith("Page");
    }

    private static boolean hasHeader(Operation op, String name) {
        return op.getParameters() != null
                && op.getParameters().stream()
                        .anyMatch(p -> name.equalsIgnoreCase(p.getName())
                                && p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER);
    }

    private static boolean notModified(Operation op) {
        return op.getResponses() != null && op.getResponses().hasAPIResponse("304");
    }

    /** An operation that may answer 304 takes the ETag it compares with, so that clients can send it. */
    private static void addIfNoneMatch(Operation op) {
        if (hasHeader(op, "If-None-Match")) {
            return;
        }
        op.addParameter(OASFactory.createParameter()
                .name("If-None-Match")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER)
                .required(false)
                .description("The ETag of the copy you hold: 304 without a body while it is still current")
                .schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .maxLength(100))
                .example("\"3\""));
    }

    /** 428 is documented where the operation declares If-Match as required (as generated clients then also insist). */
    private static boolean requiresIfMatch(Operation op) {
        return op.getParameters() != null
                && op.getParameters().stream()
                        .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName())
                                && p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER
                                && Boolean.TRUE.equals(p.getRequired()));
    }

    /** Examples go into the document as JSON objects, not as strings holding JSON. */
    private static Object parse(String example) {
        try {
            return JSON.readValue(example, Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("bad example " + example, e);
        }
    }

    private static String problem(int status, String slug, String title, String detail, String path) {
        return "{\"type\":\"urn:pilotboard:problem:" + slug + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"instance\":\"" + path + "\"}";
    }

    private static void add(Operation op, String code, String description, String example) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        // Keep a response the code declared; replace the bare ones SmallRye adds by itself (no content).
        if (responses.hasAPIResponse(code) && responses.getAPIResponse(code).getContent() != null) {
            return;
        }
        responses.addAPIResponse(
                code,
                OASFactory.createAPIResponse()
                        .description(description)
                        .content(OASFactory.createContent()
                                .addMediaType(
                                        Problem.MEDIA_TYPE,
                                        OASFactory.createMediaType()
                                                .schema(OASFactory.createSchema()
                                                        .ref(PROBLEM_REF))
                                                .examples(Map.of(
                                                        "problem",
                                                        OASFactory.createExample()
                                                                .value(parse(example)))))));
    }
}
