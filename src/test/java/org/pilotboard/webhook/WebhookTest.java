package org.pilotboard.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.anonymous;
import static org.pilotboard.Api.as;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class WebhookTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Map<String, Object> PROGRESS =
            Map.of("status", "in_progress", "progress", 30, "comment", "推进中");
    private static final Map<String, Object> COMPLETED =
            Map.of("status", "completed", "evidence", List.of(Map.of("url", "https://www.gov.cn/zhengce/example")));

    @Inject
    EntityManager em;

    @Inject
    WebhookOutbox outbox;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    MilestoneWatch milestones;

    private final List<Receiver> receivers = new ArrayList<>();

    /** Every test removes its webhooks, so later tests' events do not go to receivers that are gone. */
    @AfterEach
    void removeWebhooks() {
        for (Map<String, Object> w : json().get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("$")) {
            json().header("If-Match", "\"" + w.get("version") + "\"")
                    .delete("/api/v1/webhooks/" + w.get("id"))
                    .then()
                    .statusCode(204);
        }
        receivers.forEach(Receiver::close);
    }

    private Receiver receiver() {
        Receiver r = new Receiver();
        receivers.add(r);
        return r;
    }

    /** Registers a webhook; answers [id, secret]. */
    private static String[] register(String url, String... events) {
        JsonPath created = json().body(Map.of("url", url, "events", List.of(events), "description", "测试接收端"))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/"))
                .header("ETag", equalTo("\"0\""))
                .body("secret", startsWith("whsec_"))
                .body("webhook.url", equalTo(url))
                .body("webhook.active", equalTo(true))
                .body("webhook.createdBy", equalTo(Api.ADMIN))
                .body("webhook", not(org.hamcrest.Matchers.hasKey("secret")))
                .extract()
                .jsonPath();
        return new String[] {created.getString("webhook.id"), created.getString("secret")};
    }

    private static JsonPath deliveries(String webhookId) {
        return json().get("/api/v1/webhooks/" + webhookId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Polls the probe until done accepts its answer, and answers that; fails after PATIENCE naming what it waited for. */
    private static <T> T await(String what, Supplier<T> probe, Predicate<T> done) {
        return Awaitility.await(what)
                .atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(50))
                .until(probe::get, done);
    }

    /** How a receiver checks a delivery: HMAC-SHA256 of "<timestamp>.<body>" with the secret, as in the README. */
    private static String expectedSignature(String secret, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256="
                + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private long rows(String sql, Object param) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql)
                                .setParameter("p", param)
                                .getSingleResult())
                        .longValue());
    }

    // ---- delivery -------------------------------------------------------------------------------

    @Test
    void aStatusUpdateReachesTheReceiverSignedWithTheSecret() throws Exception {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "status_update.posted");
        json().get("/api/v1/webhooks")
                .then()
                .statusCode(200)
                .body("find { it.id == " + hook[0] + " }.events", equalTo(List.of("status_update.posted")))
                .body("secret", org.hamcrest.Matchers.everyItem(nullValue()));
        Map<String, Object> task = Api.taskBody(Api.newRegion());
        task.put("internalNote", "内部备注-不应外传");
        long taskId = Api.newTask(task);

        json().body(PROGRESS)
                .post("/api/v1/tasks/" + taskId + "/updates")
                .then()
                .statusCode(201);

        Receiver.Hit hit = await(
                        "the status update at the receiver",
                        () -> receiver.hits("status_update.posted"),
                        hits -> !hits.isEmpty())
                .get(0);
        assertEquals(expectedSignature(hook[1], hit.timestamp(), hit.body()), hit.signature());
        assertNotEquals(expectedSignature(hook[1] + "x", hit.timestamp(), hit.body()), hit.signature());
        assertTrue(
                Math.abs(Instant.now().getEpochSecond() - Long.parseLong(hit.timestamp())) < 60, "a current timestamp");
        JsonPath body = new JsonPath(hit.body());
        assertEquals("status_update.posted", body.getString("type"));
        assertEquals(taskId, body.getLong("data.task.id"));
        assertEquals("in_progress", body.getString("data.task.status"));
        assertEquals(30, body.getInt("data.update.progress"));
        assertEquals("推进中", body.getString("data.update.comment"));
        assertTrue(body.getString("id").matches("[0-9a-f-]{36}"), "an event id");
        assertFalse(hit.body().contains("内部备注"), "internal notes never leave: " + hit.body());

        JsonPath d = await(
                "the delivery recorded",
                () -> deliveries(hook[0]),
                page -> "delivered".equals(page.getString("items[0].status")));
        assertEquals(1, d.getInt("totalItems"));
        assertEquals(hit.delivery(), d.getString("items[0].id"));
        assertEquals(1, d.getInt("items[0].attempts"));
        assertEquals(200, d.getInt("items[0].lastStatusCode"));
        assertEquals("status_update.posted", d.getString("items[0].event"));
        assertEquals(body.getString("id"), d.getString("items[0].eventId"));
        assertEquals(taskId, d.getLong("items[0].payload.data.task.id"));
        assertTrue(d.get("items[0].deliveredAt") != null && d.get("items[0].nextAttemptAt") == null);
        json().get("/api/v1/webhooks/" + hook[0])
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("deliveries.delivered", equalTo(1))
                .body("deliveries.pending", equalTo(0));

        // Audited without the secret; counted in the metrics.
        json().queryParam("entityType", "webhook")
                .queryParam("entityId", hook[0])
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("webhook.create"))
                .body(not(containsString(hook[1])));
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString(
                        "pilotboard_webhook_deliveries_total{event=\"status_update.posted\",outcome=\"delivered\"}"));
    }

    @Test
    void taskCreatedGoesOnlyToItsSubscribers() {
        Receiver creations = receiver();
        Receiver updates = receiver();
        String[] onCreate = register(creations.url(), "task.created");
        String[] onUpdate = register(updates.url(), "status_update.posted");
        long taskId = Api.newTask(Api.newRegion());

        // Queued with the write: the outbox rows exist when the answer arrives.
        assertEquals(1, deliveries(onCreate[0]).getInt("totalItems"));
        assertEquals(0, deliveries(onUpdate[0]).getInt("totalItems"));
        Receiver.Hit hit = await(
                        "task.created at the receiver", () -> creations.hits("task.created"), h -> !h.isEmpty())
                .get(0);
        JsonPath body = new JsonPath(hit.body());
        assertEquals("task.created", body.getString("type"));
        assertEquals(taskId, body.getLong("data.task.id"));
        assertEquals("not_started", body.getString("data.task.status"));
        assertEquals(0, body.getInt("data.task.version"));
    }

    @Test
    void pingChecksTheReceiver() throws Exception {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "task.created");
        json().post("/api/v1/webhooks/" + hook[0] + "/ping")
                .then()
                .statusCode(202)
                .body("event", equalTo("ping"))
                .body("status", equalTo("pending"));
        Receiver.Hit hit = await("the ping", () -> receiver.hits("ping"), h -> !h.isEmpty())
                .get(0);
        assertEquals(expectedSignature(hook[1], hit.timestamp(), hit.body()), hit.signature());
        assertEquals(Long.parseLong(hook[0]), new JsonPath(hit.body()).getLong("data.webhookId"));
    }

    // ---- milestones -----------------------------------------------------------------------------

    @Test
    void anOverrideChangesTheMilestoneStatus() {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "milestone.status_changed");
        String shown = given().get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("byMilestone.find { it.code == '2021' }.status");
        String other = shown.equals("achieved_late") ? "achieved" : "achieved_late";
        try {
            json().body(Map.of("status", other, "reason", "测试覆盖"))
                    .put("/api/v1/milestones/2021/override")
                    .then()
                    .statusCode(200);
            // Setting the same override again changes nothing shown: no second event.
            json().body(Map.of("status", other, "reason", "测试覆盖，换个说法"))
                    .put("/api/v1/milestones/2021/override")
                    .then()
                    .statusCode(200);
        } finally {
            json().delete("/api/v1/milestones/2021/override").then().statusCode(200);
        }
        List<Receiver.Hit> hits =
                await("two milestone events", () -> receiver.hits("milestone.status_changed"), h -> h.size() >= 2);
        assertEquals(2, deliveries(hook[0]).getInt("totalItems"));
        List<JsonPath> events = hits.stream()
                .map(h -> new JsonPath(h.body()))
                .sorted(java.util.Comparator.comparing(j -> j.getString("occurredAt")))
                .toList();
        JsonPath set = events.get(0);
        assertEquals("2021", set.getString("data.milestone.code"));
        assertEquals(shown, set.getString("data.previousStatus"));
        assertEquals(other, set.getString("data.status"));
        assertEquals("override", set.getString("data.cause"));
        assertEquals("测试覆盖", set.getString("data.override.reason"));
        JsonPath cleared = events.get(1);
        assertEquals(other, cleared.getString("data.previousStatus"));
        assertEquals(shown, cleared.getString("data.status"));
        assertEquals(shown, cleared.getString("data.derivedStatus"));
        assertEquals(null, (Object) cleared.get("data.override"));
    }

    @Test
    void taskWritesThatChangeAMilestoneStatusAreAnnounced() {
        String code = "T" + System.nanoTime() % 1_000_000;
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                INSERT INTO milestone (code, due_on, title_zh, title_en, text_zh, source)
                VALUES (:code, DATE '2099-12-31', '测试节点', 'Test milestone', '测试', 'test')""").setParameter("code", code).executeUpdate());
        try {
            milestones.checkAll(); // records the new milestone's status, as a start would
            Receiver receiver = receiver();
            String[] hook = register(receiver.url(), "milestone.status_changed");
            Map<String, Object> body = Api.taskBody(Api.newRegion());
            body.put("milestoneCode", code);
            long taskId = Api.newTask(body);
            assertEquals(1, deliveries(hook[0]).getInt("totalItems"), "no_tasks → in_progress");

            json().body(PROGRESS)
                    .post("/api/v1/tasks/" + taskId + "/updates")
                    .then()
                    .statusCode(201);
            assertEquals(1, deliveries(hook[0]).getInt("totalItems"), "progress alone changes no milestone status");

            json().body(COMPLETED)
                    .post("/api/v1/tasks/" + taskId + "/updates")
                    .then()
                    .statusCode(201);
            assertEquals(2, deliveries(hook[0]).getInt("totalItems"), "in_progress → achieved");

            List<JsonPath> events = await(
                            "both events at the receiver",
                            () -> receiver.hits("milestone.status_changed"),
                            h -> h.size() >= 2)
                    .stream()
                    .map(h -> new JsonPath(h.body()))
                    .sorted(java.util.Comparator.comparing(j -> j.getString("occurredAt")))
                    .toList();
            assertEquals(
                    List.of("no_tasks", "in_progress"),
                    List.of(
                            events.get(0).getString("data.previousStatus"),
                            events.get(0).getString("data.status")));
            assertEquals(
                    List.of("in_progress", "achieved"),
                    List.of(
                            events.get(1).getString("data.previousStatus"),
                            events.get(1).getString("data.status")));
            assertEquals("task", events.get(1).getString("data.cause"));
            assertEquals(taskId, events.get(1).getLong("data.taskId"));
            assertEquals(code, events.get(1).getString("data.milestone.code"));
            assertEquals(0, milestones.checkAll(), "the periodic check finds nothing left to announce");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery(
                                "DELETE FROM status_update WHERE task_id IN (SELECT id FROM task WHERE milestone_code = :code)")
                        .setParameter("code", code)
                        .executeUpdate();
                em.createNativeQuery("DELETE FROM task WHERE milestone_code = :code")
                        .setParameter("code", code)
                        .executeUpdate();
                em.createNativeQuery("DELETE FROM milestone WHERE code = :code")
                        .setParameter("code", code)
                        .executeUpdate();
            });
        }
    }

    // ---- retries, leases, concurrency ------------------------------------------------------------

    @Test
    void aFailedAttemptIsRetriedWithTheSameDeliveryId() {
        Receiver receiver = receiver().answer(500);
        String[] hook = register(receiver.url(), "task.created");
        Api.newTask(Api.newRegion());

        List<Receiver.Hit> hits = await("a second attempt", () -> receiver.hits("task.created"), h -> h.size() >= 2);
        assertEquals(
                hits.get(0).delivery(), hits.get(1).delivery(), "the same delivery, for the receiver to deduplicate");
        assertEquals(hits.get(0).body(), hits.get(1).body());
        JsonPath d = await(
                "the outcome", () -> deliveries(hook[0]), p -> "delivered".equals(p.getString("items[0].status")));
        assertEquals(2, d.getInt("items[0].attempts"));
        assertEquals(200, d.getInt("items[0].lastStatusCode"));
        assertEquals(null, (Object) d.get("items[0].lastError"));
        assertEquals(2, receiver.hits().size());
    }

    @Test
    void aReceiverThatKeepsFailingIsGivenUpThenRetriedByHand() {
        Receiver receiver = receiver().otherwise(503);
        String[] hook = register(receiver.url(), "task.created");
        Api.newTask(Api.newRegion());

        // %test: 3 attempts, 0.5 s then 1 s apart.
        JsonPath d =
                await("giving up", () -> deliveries(hook[0]), p -> "failed".equals(p.getString("items[0].status")));
        assertEquals(3, d.getInt("items[0].attempts"));
        assertEquals(503, d.getInt("items[0].lastStatusCode"));
        assertEquals("HTTP 503", d.getString("items[0].lastError"));
        assertEquals(3, receiver.hits().size());
        json().queryParam("status", "failed")
                .get("/api/v1/webhooks/" + hook[0] + "/deliveries")
                .then()
                .body("totalItems", equalTo(1));
        json().get("/api/v1/webhooks/" + hook[0]).then().body("deliveries.failed", equalTo(1));

        receiver.otherwise(204);
        String deliveryId = d.getString("items[0].id");
        json().post("/api/v1/webhooks/" + hook[0] + "/deliveries/" + deliveryId + "/retry")
                .then()
                .statusCode(202)
                .body("status", equalTo("pending"))
                .body("attempts", equalTo(0));
        d = await(
                "the retry delivered",
                () -> deliveries(hook[0]),
                p -> "delivered".equals(p.getString("items[0].status")));
        assertEquals(1, d.getInt("items[0].attempts"));
        assertEquals(204, d.getInt("items[0].lastStatusCode"));
        json().queryParam("entityType", "webhook_delivery")
                .queryParam("entityId", deliveryId)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("webhook.delivery_retry"));
        problem(
                json().post("/api/v1/webhooks/" + hook[0] + "/deliveries/999999999/retry")
                        .then(),
                404);
    }

    @Test
    void aDeliveryClaimedByADispatcherThatDiedIsSentWhenItsLeaseEnds() {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "task.created");
        // What claim() leaves behind when the process dies before sending or recording: attempt 1 under a lease.
        Instant leaseEnd = Instant.now().plusSeconds(3);
        long id = QuarkusTransaction.requiringNew().call(() -> {
            long delivery = outbox.enqueueTo(Long.parseLong(hook[0]), "task.created", Map.of("task", Map.of("id", 1)));
            em.createNativeQuery("UPDATE webhook_delivery SET attempts = 1, claim_token = gen_random_uuid(),"
                            + " next_attempt_at = :lease, last_attempt_at = now() WHERE id = :id")
                    .setParameter("lease", leaseEnd)
                    .setParameter("id", delivery)
                    .executeUpdate();
            return delivery;
        });
        assertTrue(deliveries(hook[0]).getBoolean("items[0].inFlight"));

        Receiver.Hit hit = await("the redelivery", () -> receiver.hits("task.created"), h -> !h.isEmpty())
                .get(0);
        assertEquals(Long.toString(id), hit.delivery());
        assertFalse(hit.at().isBefore(leaseEnd), "not before the lease ends: " + hit.at() + " < " + leaseEnd);
        JsonPath d = await(
                "the outcome", () -> deliveries(hook[0]), p -> "delivered".equals(p.getString("items[0].status")));
        assertEquals(2, d.getInt("items[0].attempts"));
        assertEquals(1, receiver.hits().size());
    }

    @Test
    void concurrentDispatchersNeverSendADeliveryTwice() throws Exception {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "task.created");
        int count = 45;
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < count; i++) {
                    outbox.enqueueTo(Long.parseLong(hook[0]), "task.created", Map.of("n", i));
                }
            });
            // Three more dispatchers race the scheduled one and the one woken by the commit.
            List<Callable<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rounds.add(dispatcher::dispatchOnce);
            }
            for (Future<Integer> f : pool.invokeAll(rounds)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        await("every delivery at the receiver", receiver::hits, h -> h.size() >= count);
        await(
                "every outcome recorded",
                () -> deliveries(hook[0]),
                p -> p.getList("items.status").stream().allMatch("delivered"::equals));
        Set<String> ids = new HashSet<>();
        receiver.hits().forEach(h -> ids.add(h.delivery()));
        assertEquals(count, ids.size());
        assertEquals(count, receiver.hits().size(), "no delivery sent twice");
        assertEquals(
                0,
                rows(
                        "SELECT count(*) FROM webhook_delivery WHERE webhook_id = :p AND attempts <> 1",
                        Long.parseLong(hook[0])));
    }

    // ---- the outbox is the write's transaction ----------------------------------------------------

    @Test
    void theOutboxCommitsAndRollsBackWithTheWrite() {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "status_update.posted", "task.created");
        long webhookId = Long.parseLong(hook[0]);
        long taskId = Api.newTask(Api.newRegion());
        long before = rows("SELECT count(*) FROM webhook_delivery WHERE webhook_id = :p", webhookId);

        // A refused write queues nothing.
        problem(
                json().body(Map.of("status", "completed"))
                        .post("/api/v1/tasks/" + taskId + "/updates")
                        .then(),
                400);
        problem(
                json().body(Map.of("status", "in_progress"))
                        .post("/api/v1/tasks/999999999/updates")
                        .then(),
                404);
        assertEquals(before, rows("SELECT count(*) FROM webhook_delivery WHERE webhook_id = :p", webhookId));

        // A transaction that queued an event and then failed leaves no delivery.
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    outbox.enqueue("task.created", () -> Map.of("task", Map.of("id", -1)));
                    throw new IllegalStateException("the business write fails after queueing");
                }));
        assertEquals(before, rows("SELECT count(*) FROM webhook_delivery WHERE webhook_id = :p", webhookId));
        // Queueing outside a transaction is refused rather than committed on its own.
        assertThrows(TransactionalException.class, () -> outbox.enqueue("task.created", () -> Map.of()));

        // The committed write has its delivery.
        json().body(PROGRESS)
                .post("/api/v1/tasks/" + taskId + "/updates")
                .then()
                .statusCode(201);
        assertEquals(before + 1, rows("SELECT count(*) FROM webhook_delivery WHERE webhook_id = :p", webhookId));
    }

    @Test
    void anInactiveWebhookGetsNoEventsAndItsHeldDeliveriesGoOutWhenActivated() {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "task.created");
        json().header("If-Match", "\"0\"")
                .body(Map.of("active", false))
                .patch("/api/v1/webhooks/" + hook[0])
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("active", equalTo(false));
        Api.newTask(Api.newRegion());
        assertEquals(0, deliveries(hook[0]).getInt("totalItems"));
        problem(json().post("/api/v1/webhooks/" + hook[0] + "/ping").then(), 409);
        // A delivery queued while active and not yet sent waits for the webhook to be active again.
        QuarkusTransaction.requiringNew()
                .run(() -> outbox.enqueueTo(Long.parseLong(hook[0]), "task.created", Map.of("held", true)));
        json().header("If-Match", "\"1\"")
                .body(Map.of("active", true, "events", List.of("task.created", "task.created")))
                .patch("/api/v1/webhooks/" + hook[0])
                .then()
                .statusCode(200)
                .body("events", equalTo(List.of("task.created")));
        await("the held delivery", receiver::hits, h -> h.size() == 1);
    }

    // ---- who may, and bad input -------------------------------------------------------------------

    @Test
    void onlyAdminsSeeOrManageWebhooks() {
        Receiver receiver = receiver();
        String[] hook = register(receiver.url(), "task.created");
        Map<String, Object> body = Map.of("url", receiver.url(), "events", List.of("task.created"));
        problem(anonymous().get("/api/v1/webhooks").then(), 401);
        problem(anonymous().body(body).post("/api/v1/webhooks").then(), 401);
        problem(anonymous().get("/api/v1/webhooks/" + hook[0] + "/deliveries").then(), 401);
        problem(anonymous().post("/api/v1/webhooks/" + hook[0] + "/ping").then(), 401);

        String region = Api.newRegion();
        for (String role : List.of("official", "viewer")) {
            String username = Api.username(role);
            Api.newUser(username, role, role.equals("official") ? List.of(region) : List.of());
            String token = Api.login(username, Api.password(username));
            problem(as(token).get("/api/v1/webhooks").then(), 403);
            problem(as(token).get("/api/v1/webhooks/" + hook[0]).then(), 403);
            problem(as(token).body(body).post("/api/v1/webhooks").then(), 403);
            problem(
                    as(token)
                            .header("If-Match", "\"0\"")
                            .body(Map.of("active", false))
                            .patch("/api/v1/webhooks/" + hook[0])
                            .then(),
                    403);
            problem(
                    as(token)
                            .header("If-Match", "\"0\"")
                            .delete("/api/v1/webhooks/" + hook[0])
                            .then(),
                    403);
            problem(as(token).get("/api/v1/webhooks/" + hook[0] + "/deliveries").then(), 403);
            problem(
                    as(token)
                            .post("/api/v1/webhooks/" + hook[0] + "/deliveries/1/retry")
                            .then(),
                    403);
            problem(as(token).post("/api/v1/webhooks/" + hook[0] + "/ping").then(), 403);
        }
        // An admin's read-only token reads, and writes nothing.
        String readOnly = json().body(Map.of("name", "webhook reader", "readOnly", true))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
        as(readOnly).get("/api/v1/webhooks").then().statusCode(200);
        problem(as(readOnly).body(body).post("/api/v1/webhooks").then(), 403);
        json().get("/api/v1/webhooks/" + hook[0])
                .then()
                .statusCode(200)
                .body("version", equalTo(0))
                .body("active", equalTo(true));
    }

    @Test
    void badInputIsA400NamingTheField() {
        String ok = "https://hooks.example.org/pilotboard";
        Map<String, String> badUrls = Map.of(
                "ftp://hooks.example.org/x",
                "http or https",
                "hooks.example.org/x",
                "http or https",
                "/relative/path",
                "http or https",
                "https://user:secret@hooks.example.org/x",
                "user name",
                "https://hooks.example.org/x#frag",
                "fragment",
                "http://exa mple.org/",
                "not a valid URL",
                "https://hooks.example.org/" + "x".repeat(2000),
                "2000");
        badUrls.forEach((url, message) -> problem(
                        json().body(Map.of("url", url, "events", List.of("task.created")))
                                .post("/api/v1/webhooks")
                                .then(),
                        400)
                .body("type", equalTo("urn:pilotboard:problem:validation"))
                .body("violations[0].field", equalTo("url"))
                .body("violations[0].message", containsString(message)));
        problem(
                        json().body(Map.of("url", ok, "events", List.of("task.created", "task.deleted")))
                                .post("/api/v1/webhooks")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("events[1]"));
        problem(
                        json().body(Map.of("url", ok, "events", List.of()))
                                .post("/api/v1/webhooks")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("events"));
        problem(json().body(Map.of("url", ok)).post("/api/v1/webhooks").then(), 400)
                .body("violations[0].field", equalTo("events"));
        problem(
                        json().body(Map.of("url", ok, "events", List.of("task.created"), "secret", "short"))
                                .post("/api/v1/webhooks")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("secret"));
        problem(
                        json().body(Map.of(
                                        "url", ok, "events", List.of("task.created"), "secret", "aaaaaaaaaaaaaaaaaaaa"))
                                .post("/api/v1/webhooks")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("secret"));
        problem(
                json().body(Map.of("url", ok, "events", List.of("task.created"), "colour", "red"))
                        .post("/api/v1/webhooks")
                        .then(),
                400);
        problem(
                json().body(Map.of("url", ok, "events", "task.created"))
                        .post("/api/v1/webhooks")
                        .then(),
                400);
        problem(json().body("{\"url\": ").post("/api/v1/webhooks").then(), 400);
        problem(json().get("/api/v1/webhooks/abc").then(), 400).body("violations[0].field", equalTo("id"));
        problem(json().get("/api/v1/webhooks/999999999").then(), 404);
        problem(json().post("/api/v1/webhooks/abc/deliveries/1/retry").then(), 400);
        problem(json().post("/api/v1/webhooks/1/deliveries/0/retry").then(), 400)
                .body("violations[0].field", equalTo("deliveryId"));

        // A chosen secret is used as given; PATCH needs the current ETag.
        String secret = "my-own-Secret-for-signing-2026";
        String id = json().body(Map.of("url", ok, "events", List.of("task.created"), "secret", secret))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .body("secret", equalTo(secret))
                .extract()
                .jsonPath()
                .getString("webhook.id");
        problem(
                        json().queryParam("status", "sent")
                                .get("/api/v1/webhooks/" + id + "/deliveries")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("status"));
        problem(
                json().queryParam("size", "1000")
                        .get("/api/v1/webhooks/" + id + "/deliveries")
                        .then(),
                400);
        problem(
                json().body(Map.of("active", false))
                        .patch("/api/v1/webhooks/" + id)
                        .then(),
                428);
        problem(
                json().header("If-Match", "\"7\"")
                        .body(Map.of("active", false))
                        .patch("/api/v1/webhooks/" + id)
                        .then(),
                412);
        problem(
                        json().header("If-Match", "\"0\"")
                                .body(Map.of("url", "gopher://x"))
                                .patch("/api/v1/webhooks/" + id)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("url"));
        problem(json().delete("/api/v1/webhooks/" + id).then(), 428);
        json().header("If-Match", "\"0\"")
                .body(Map.of("description", ""))
                .patch("/api/v1/webhooks/" + id)
                .then()
                .statusCode(200)
                .body("description", nullValue())
                .body("url", equalTo(ok));
        json().header("If-Match", "\"1\"")
                .delete("/api/v1/webhooks/" + id)
                .then()
                .statusCode(204);
        problem(json().get("/api/v1/webhooks/" + id).then(), 404);
        json().queryParam("entityType", "webhook")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("webhook.delete"))
                .body(not(containsString(secret)))
                .body("items[0].before.url", notNullValue());
    }

    @Test
    void theBackoffGrowsWithJitterAndRepeatsItsLastStep() {
        Map<Integer, Long> waits = new HashMap<>();
        for (int attempt = 1; attempt <= 4; attempt++) {
            waits.put(attempt, dispatcher.backoff(attempt).toMillis());
        }
        // %test: PT0.5S, PT1S with ±20% jitter.
        assertTrue(waits.get(1) >= 400 && waits.get(1) <= 600, waits.toString());
        assertTrue(waits.get(2) >= 800 && waits.get(2) <= 1200, waits.toString());
        assertTrue(waits.get(4) >= 800 && waits.get(4) <= 1200, waits.toString());
    }
}
