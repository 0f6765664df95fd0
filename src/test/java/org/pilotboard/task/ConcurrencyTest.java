package org.pilotboard.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/** Parallel writers on one task: exactly the winners' changes and history survive, nothing is lost. */
@QuarkusTest
class ConcurrencyTest {

    private static final int WRITERS = 16;
    private static ExecutorService pool;

    @BeforeAll
    static void start() {
        pool = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    /** Runs the calls at the same moment and answers their responses. */
    private static List<Response> together(List<Callable<Response>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        for (Callable<Response> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        go.countDown();
        List<Response> responses = new ArrayList<>();
        for (Future<Response> f : futures) {
            responses.add(f.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    @Test
    void conflictingPatchesOnOneVersionHaveExactlyOneWinner() throws Exception {
        long id = Api.newTask(Api.newRegion());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String end = "2027-07-" + String.format("%02d", i + 1);
            String reason = "writer " + i;
            calls.add(() -> json().header("If-Match", "\"0\"")
                    .body(Map.of("plannedEnd", end, "revisionReason", reason, "responsibleUnit", reason))
                    .patch("/api/v1/tasks/" + id));
        }
        List<Response> responses = together(calls);
        List<Response> winners =
                responses.stream().filter(r -> r.statusCode() == 200).toList();
        long refused = responses.stream().filter(r -> r.statusCode() == 412).count();
        assertEquals(1, winners.size(), "exactly one writer wins");
        assertEquals(WRITERS - 1, refused, "every other writer is told 412");

        JsonPath winner = winners.get(0).jsonPath();
        JsonPath task = given().get("/api/v1/tasks/" + id).jsonPath();
        assertEquals(1, task.getInt("version"));
        assertEquals(winner.getString("plannedEnd"), task.getString("plannedEnd"));
        assertEquals(winner.getString("responsibleUnit"), task.getString("responsibleUnit"));
        assertEquals("2027-06-30", task.getString("baselineEnd"));
        JsonPath revisions = given().get("/api/v1/tasks/" + id + "/revisions").jsonPath();
        assertEquals(1, revisions.getList("$").size(), "only the winner's revision is in the history");
        assertEquals(winner.getString("responsibleUnit"), revisions.getString("[0].reason"));
    }

    @Test
    void parallelStatusUpdatesAreAllKeptInOrder() throws Exception {
        long id = Api.newTask(Api.newRegion());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int progress = i + 1;
            calls.add(() -> json().body(
                            Map.of("status", "in_progress", "progress", progress, "comment", "update " + progress))
                    .post("/api/v1/tasks/" + id + "/updates"));
        }
        List<Response> responses = together(calls);
        responses.forEach(r -> assertEquals(201, r.statusCode(), r.asString()));

        JsonPath history = given().get("/api/v1/tasks/" + id + "/updates").jsonPath();
        List<Integer> versions = history.getList("taskVersion", Integer.class);
        assertEquals(WRITERS, versions.size(), "every acknowledged update is in the history");
        for (int i = 0; i < WRITERS; i++) {
            assertEquals(i + 1, versions.get(i), "versions follow one another without gaps");
        }
        // Each update's previous progress is the one before it: none was based on a stale read.
        List<Integer> progress = history.getList("progress", Integer.class);
        List<Integer> previous = history.getList("previousProgress", Integer.class);
        for (int i = 1; i < WRITERS; i++) {
            assertEquals(progress.get(i - 1), previous.get(i));
        }
        Set<Integer> acknowledged = new HashSet<>();
        responses.forEach(r -> acknowledged.add(r.jsonPath().getInt("progress")));
        assertEquals(acknowledged, new HashSet<>(progress));
        JsonPath task = given().get("/api/v1/tasks/" + id).jsonPath();
        assertEquals(WRITERS, task.getInt("version"));
        assertEquals(progress.get(WRITERS - 1), task.getInt("progress"));
    }

    @Test
    void statusUpdatesInsistingOnOneVersionHaveExactlyOneWinner() throws Exception {
        long id = Api.newTask(Api.newRegion());
        List<Callable<Response>> calls = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            int progress = i + 1;
            calls.add(() -> json().header("If-Match", "\"0\"")
                    .body(Map.of("status", "in_progress", "progress", progress))
                    .post("/api/v1/tasks/" + id + "/updates"));
        }
        List<Response> responses = together(calls);
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count());
        assertEquals(
                WRITERS - 1,
                responses.stream().filter(r -> r.statusCode() == 412).count());
        assertEquals(
                1,
                given().get("/api/v1/tasks/" + id + "/updates")
                        .jsonPath()
                        .getList("$")
                        .size());
    }
}
