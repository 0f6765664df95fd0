package org.pilotboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Small helpers shared by the API tests: JSON requests, fresh regions and tasks, problem checks. */
public final class Api {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private Api() {}

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Bootstrap-Passw0rd-26";
    /** Per Quarkus start: a restart with another test profile loads this class anew. */
    private static String adminToken;

    /** A JSON request as the bootstrap admin. */
    public static RequestSpecification json() {
        return asAdmin().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A request as the bootstrap admin. */
    public static RequestSpecification asAdmin() {
        if (adminToken == null) {
            adminToken = login(ADMIN, ADMIN_PASSWORD);
        }
        return given().auth().oauth2(adminToken);
    }

    /** A JSON request with this bearer token. */
    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A JSON request by nobody. */
    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("token");
    }

    /** Creates a user and answers its id. */
    public static long newUser(String username, String role, List<String> regions) {
        return json().body(Map.of(
                        "username",
                        username,
                        "displayName",
                        "测试用户 " + username,
                        "password",
                        password(username),
                        "role",
                        role,
                        "regions",
                        regions))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    /** The password newUser gives a user. */
    public static String password(String username) {
        return "Secret-" + Integer.toHexString(username.hashCode()) + "-2026!";
    }

    /** A fresh username. */
    public static String username(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    /** Asserts an RFC 9457 problem with this status and no trace of internals. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", containsString("urn:pilotboard:problem:"))
                .body("title", not(equalTo(null)))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    /** A region of its own for a test, so tests do not depend on each other's data. */
    public static String newRegion() {
        String code = "test-region-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        json().body(Map.of(
                        "code",
                        code,
                        "nameZh",
                        "测试区域" + code,
                        "nameEn",
                        "Test region " + code,
                        "type",
                        "central_city",
                        "provinces",
                        List.of("测试省"),
                        "approval",
                        Map.of("docNumber", "国函〔2025〕86号", "approvedOn", "2025-09-11", "termEnd", "2027-09-10")))
                .post("/api/v1/regions")
                .then()
                .statusCode(201);
        return code;
    }

    public static Map<String, Object> taskBody(String region) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("measureCode", "5.2");
        body.put("milestoneCode", "2025");
        body.put("titleZh", "测试任务" + SEQ.incrementAndGet());
        body.put("responsibleUnit", "测试单位");
        body.put("plannedStart", "2025-10-01");
        body.put("plannedEnd", "2027-06-30");
        return body;
    }

    /** Creates a task from the body and answers its id. */
    public static long newTask(Map<String, Object> body) {
        return json().body(body)
                .post("/api/v1/tasks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    public static long newTask(String region) {
        return newTask(taskBody(region));
    }

    public static String etag(long taskId) {
        return given().get("/api/v1/tasks/" + taskId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    public static String today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }
}
