package org.pilotboard.sdkcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilotboard.client.ApiClient;
import org.pilotboard.client.ApiException;
import org.pilotboard.client.ApiResponse;
import org.pilotboard.client.api.ExportsApi;
import org.pilotboard.client.api.FeedApi;
import org.pilotboard.client.api.RegionsApi;
import org.pilotboard.client.api.SignInApi;
import org.pilotboard.client.api.TasksApi;
import org.pilotboard.client.model.Approval;
import org.pilotboard.client.model.Evidence;
import org.pilotboard.client.model.LoginRequest;
import org.pilotboard.client.model.LoginResponse;
import org.pilotboard.client.model.Me;
import org.pilotboard.client.model.Problem;
import org.pilotboard.client.model.Region;
import org.pilotboard.client.model.RegionType;
import org.pilotboard.client.model.RegionWrite;
import org.pilotboard.client.model.Role;
import org.pilotboard.client.model.StatusUpdate;
import org.pilotboard.client.model.StatusUpdateWrite;
import org.pilotboard.client.model.Task;
import org.pilotboard.client.model.TaskPage;
import org.pilotboard.client.model.TaskPatch;
import org.pilotboard.client.model.TaskStatus;
import org.pilotboard.client.model.TaskWrite;
import org.pilotboard.client.model.TokenCreate;
import org.pilotboard.client.model.TokenCreated;

/**
 * Uses the client that openapi-generator made from the running app's /q/openapi, unchanged: signs
 * in, creates an API token and works with it, lists tasks with filters and paging, posts status
 * updates with the ETag handling the API asks for, and reads them back. Every failure the API
 * answers is an RFC 9457 problem that the generated Problem model reads.
 */
class GeneratedClientTest {

    private static final String URL = System.getProperty("pilotboard.url", "http://localhost:8080");
    private static final String USERNAME = System.getProperty("pilotboard.admin.username", "admin");
    private static final String PASSWORD = System.getProperty("pilotboard.admin.password", "");

    /** A region code of this run, so the check also runs against a database that has seen it before. */
    private static final String REGION = "sdk-check-" + Long.toString(System.currentTimeMillis(), 36);

    private static ApiClient anonymous;
    private static ApiClient withApiToken;
    private static String apiToken;

    @BeforeAll
    static void signIn() throws ApiException {
        assertFalse(PASSWORD.isEmpty(), "pass the admin password as -Dpilotboard.admin.password=...");
        anonymous = client(null);

        // A session from username and password ...
        LoginResponse session = new SignInApi(anonymous).login(new LoginRequest().username(USERNAME).password(PASSWORD));
        assertTrue(session.getToken().startsWith("pbs_"), session.getToken());
        assertEquals(Role.ADMIN, session.getUser().getRole());
        assertTrue(session.getExpiresAt().isAfter(OffsetDateTime.now()));

        // ... creates an API token for this "other system", which does the rest.
        TokenCreated created = new SignInApi(client(session.getToken())).createToken(new TokenCreate()
                .name("generated client check " + REGION).readOnly(false).expiresAt(OffsetDateTime.now().plusDays(1)));
        apiToken = created.getToken();
        assertTrue(apiToken.startsWith("pbt_"), apiToken);
        assertNotNull(created.getDetails().getId());
        withApiToken = client(apiToken);
    }

    /** The generated native client takes credentials through its request interceptor. */
    private static ApiClient client(String bearer) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(URL);
        if (bearer != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearer));
        }
        return client;
    }

    @Test
    void theApiTokenActsAsItsCreator() throws ApiException {
        Me me = new SignInApi(withApiToken).getMe();
        assertEquals(USERNAME, me.getUser().getUsername());
        assertEquals("api", me.getTokenKind());
        assertEquals(Boolean.FALSE, me.getReadOnly());
        assertEquals(Boolean.TRUE, me.getAdmin());
    }

    @Test
    void failuresArriveAsProblems() throws ApiException {
        ApiException wrongPassword = assertThrows(ApiException.class,
                () -> new SignInApi(anonymous).login(new LoginRequest().username("nobody-" + REGION).password("not the password at all")));
        assertProblem(wrongPassword, 401, "unauthorized");

        ApiException anonymousWrite = assertThrows(ApiException.class, () -> new RegionsApi(anonymous).createRegion(region("anonymous-" + REGION)));
        assertProblem(anonymousWrite, 401, "unauthorized");

        ApiException missing = assertThrows(ApiException.class, () -> new TasksApi(anonymous).getTask(Long.MAX_VALUE, null, null));
        assertProblem(missing, 404, "not-found");

        ApiException invalid = assertThrows(ApiException.class, () -> new TasksApi(anonymous)
                .listTasks(null, null, null, null, null, null, 0, null, null, 500, null, null, null));
        Problem problem = assertProblem(invalid, 400, "validation");
        assertEquals("size", problem.getViolations().get(0).getField());
    }

    @Test
    void listTasksWithFiltersAndPostStatusUpdates() throws ApiException {
        RegionsApi regions = new RegionsApi(withApiToken);
        TasksApi tasks = new TasksApi(withApiToken);

        Region region = regions.createRegion(region(REGION));
        assertEquals(REGION, region.getCode());
        assertEquals(RegionType.CENTRAL_CITY, region.getType());

        ApiResponse<Task> createdA = tasks.createTaskWithHttpInfo(task("land quota trading"));
        assertEquals(201, createdA.getStatusCode());
        Task a = createdA.getData();
        assertEquals(TaskStatus.NOT_STARTED, a.getStatus());
        assertEquals("\"" + a.getVersion() + "\"", etag(createdA), "the ETag is the task's version");
        Task b = tasks.createTask(task("cross-region labour transfer"));

        // A status update without If-Match (optional for appends) moves task A on.
        StatusUpdate started = tasks.postStatusUpdate(a.getId(), new StatusUpdateWrite().status(TaskStatus.IN_PROGRESS).progress(40)
                .comment("首批指标完成交易"), null);
        assertEquals(TaskStatus.NOT_STARTED, started.getPreviousStatus());
        assertEquals(TaskStatus.IN_PROGRESS, started.getStatus());

        // Filters: region and status, as typed lists.
        TaskPage inProgress = tasks.listTasks(null, null, null, null, null, null, null, null, List.of(REGION), null, null, null,
                List.of(TaskStatus.IN_PROGRESS));
        assertEquals(1L, inProgress.getTotalItems());
        assertEquals(a.getId(), inProgress.getItems().get(0).getId());
        assertEquals(40, inProgress.getItems().get(0).getProgress());
        TaskPage notStarted = tasks.listTasks(null, false, "land", null, null, null, null, null, List.of(REGION), null, null, null,
                List.of(TaskStatus.NOT_STARTED, TaskStatus.DELAYED));
        assertEquals(List.of(b.getId()), notStarted.getItems().stream().map(Task::getId).toList());

        // Paging and sorting.
        TaskPage second = tasks.listTasks(null, null, null, null, null, null, 1, null, List.of(REGION), 1, "id", null, null);
        assertEquals(2L, second.getTotalItems());
        assertEquals(2, second.getTotalPages());
        assertEquals(1, second.getPage());
        assertEquals(List.of(b.getId()), second.getItems().stream().map(Task::getId).toList());

        // Writes against an old version are refused (412) and change nothing ...
        ApiResponse<Task> readB = tasks.getTaskWithHttpInfo(b.getId(), null, null);
        String etagB = etag(readB);
        assertEquals("\"" + readB.getData().getVersion() + "\"", etagB);
        String stale = "\"" + (readB.getData().getVersion() + 7) + "\"";
        ApiException conflict = assertThrows(ApiException.class, () -> tasks.postStatusUpdate(b.getId(),
                new StatusUpdateWrite().status(TaskStatus.DELAYED).comment("stale write"), stale));
        assertProblem(conflict, 412, "precondition-failed");
        assertEquals(TaskStatus.NOT_STARTED, tasks.getTask(b.getId(), null, null).getStatus());

        // ... and go through with the ETag just read; the answer carries the new one.
        ApiResponse<StatusUpdate> delayed = tasks.postStatusUpdateWithHttpInfo(b.getId(), new StatusUpdateWrite()
                .status(TaskStatus.DELAYED).progress(10).comment("用地指标待省级统筹").actualStart(LocalDate.of(2025, 11, 3)), etagB);
        assertEquals(201, delayed.getStatusCode());
        assertEquals("\"" + delayed.getData().getTaskVersion() + "\"", etag(delayed));

        // Changing a task's fields needs the current ETag in If-Match, which the spec marks required.
        ApiException oldVersion = assertThrows(ApiException.class, () -> tasks.updateTask(b.getId(), etagB,
                new TaskPatch().responsibleUnit("某市自然资源和规划局")));
        assertProblem(oldVersion, 412, "precondition-failed");
        ApiResponse<Task> patched = tasks.updateTaskWithHttpInfo(b.getId(), etag(delayed), new TaskPatch().responsibleUnit("某市自然资源和规划局"));
        assertEquals("某市自然资源和规划局", patched.getData().getResponsibleUnit());
        assertEquals(TaskStatus.DELAYED, patched.getData().getStatus(), "a merge patch leaves the other fields alone");

        // Completing needs evidence.
        ApiException noEvidence = assertThrows(ApiException.class, () -> tasks.postStatusUpdate(a.getId(),
                new StatusUpdateWrite().status(TaskStatus.COMPLETED), null));
        assertProblem(noEvidence, 400, "validation");
        tasks.postStatusUpdate(a.getId(), new StatusUpdateWrite().status(TaskStatus.COMPLETED).comment("全部完成")
                .addEvidenceItem(new Evidence().url("https://example.gov.cn/notice/123").documentNumber("皖自然资〔2026〕8号").label("交易公告")), null);

        // Read back: the tasks, their histories, and the list by status.
        Task doneA = tasks.getTask(a.getId(), null, null);
        assertEquals(TaskStatus.COMPLETED, doneA.getStatus());
        assertEquals(100, doneA.getProgress());
        Task readBackB = tasks.getTask(b.getId(), null, null);
        assertEquals(TaskStatus.DELAYED, readBackB.getStatus());
        assertEquals(LocalDate.of(2025, 11, 3), readBackB.getActualStart());
        assertEquals(patched.getData().getVersion(), readBackB.getVersion());

        List<StatusUpdate> historyA = tasks.listStatusUpdates(a.getId(), null);
        assertEquals(List.of(TaskStatus.IN_PROGRESS, TaskStatus.COMPLETED), historyA.stream().map(StatusUpdate::getStatus).toList());
        Evidence evidence = historyA.get(1).getEvidence().get(0);
        assertEquals("皖自然资〔2026〕8号", evidence.getDocumentNumber());
        List<StatusUpdate> historyB = tasks.listStatusUpdates(b.getId(), null);
        assertEquals(1, historyB.size());
        assertEquals("用地指标待省级统筹", historyB.get(0).getComment());
        assertNotNull(historyB.get(0).getRecordedAt());

        TaskPage finished = new TasksApi(anonymous).listTasks(null, null, null, null, null, null, null, null, List.of(REGION), null,
                "-progress", null, List.of(TaskStatus.COMPLETED, TaskStatus.DELAYED));
        assertEquals(List.of(a.getId(), b.getId()), finished.getItems().stream().map(Task::getId).toList());
    }

    /**
     * Clearing an optional field: TaskPatch's optional fields are nullable in the document, so the
     * generated model sends null for a field set to null and leaves out a field never set (JsonNullable).
     * Also through generated methods only: an empty patch keeps the version, the CSV export and the
     * feed arrive as files, and a delete (whose only declared type is problem+json) is done.
     */
    @Test
    void aMergePatchClearsAnOptionalFieldWithNull() throws Exception {
        String code = REGION + "-n";
        new RegionsApi(withApiToken).createRegion(region(code));
        TasksApi tasks = new TasksApi(withApiToken);
        ApiResponse<Task> created = tasks.createTaskWithHttpInfo(task("field to clear").regionCode(code)
                .descriptionEn("Cleared by the client").implementationDocNumber("皖政办〔2025〕12号").internalNote("内部备注"));
        Task task = created.getData();
        assertEquals("field to clear", task.getTitleEn());
        assertEquals("内部备注", task.getInternalNote());

        ApiResponse<Task> cleared = tasks.updateTaskWithHttpInfo(task.getId(), etag(created),
                new TaskPatch().titleEn(null).descriptionEn(null).implementationDocNumber(null));
        assertEquals(200, cleared.getStatusCode());
        assertNull(cleared.getData().getTitleEn(), "null cleared titleEn");
        assertNull(cleared.getData().getDescriptionEn(), "null cleared descriptionEn");
        assertNull(cleared.getData().getImplementationDocNumber(), "null cleared implementationDocNumber");
        assertEquals("内部备注", cleared.getData().getInternalNote(), "a field never set stays as it was");
        assertEquals("检查任务 field to clear", cleared.getData().getTitleZh());
        Task readBack = tasks.getTask(task.getId(), null, null);
        assertNull(readBack.getTitleEn());
        assertEquals(task.getVersion() + 1, readBack.getVersion());

        ApiResponse<Task> unchanged = tasks.updateTaskWithHttpInfo(task.getId(), etag(cleared), new TaskPatch());
        assertEquals(readBack.getVersion(), unchanged.getData().getVersion(), "an empty patch writes no new version");
        assertEquals(etag(cleared), etag(unchanged));

        File csv = new ExportsApi(anonymous).exportTasksCsv(null, null, null, null, null, null, null, List.of(code), null, null, null);
        String rows = Files.readString(csv.toPath(), StandardCharsets.UTF_8);
        assertTrue(rows.contains("检查任务 field to clear"), rows);
        File feed = new FeedApi(anonymous).getStatusUpdateFeed(null, 5, null);
        assertTrue(Files.readString(feed.toPath(), StandardCharsets.UTF_8).contains("<feed"));

        tasks.deleteTask(task.getId(), etag(unchanged));
        assertProblem(assertThrows(ApiException.class, () -> tasks.getTask(task.getId(), null, null)), 404, "not-found");
    }

    private static RegionWrite region(String code) {
        return new RegionWrite().code(code).nameZh("生成客户端检查 " + code).nameEn("Generated client check " + code)
                .type(RegionType.CENTRAL_CITY).addProvincesItem("测试省")
                .approval(new Approval().docNumber("国函〔2025〕86号").approvedOn(LocalDate.of(2025, 9, 11)).termEnd(LocalDate.of(2027, 9, 10)));
    }

    private static TaskWrite task(String titleEn) {
        return new TaskWrite().regionCode(REGION).measureCode("5.2").milestoneCode("2025").titleZh("检查任务 " + titleEn).titleEn(titleEn)
                .responsibleUnit("测试单位").plannedStart(LocalDate.of(2025, 10, 1)).plannedEnd(LocalDate.of(2027, 6, 30));
    }

    private static String etag(ApiResponse<?> response) {
        List<String> values = response.getHeaders().get("ETag");
        assertNotNull(values, "an ETag header in " + response.getHeaders());
        return values.get(0);
    }

    /** The error body parses as the spec's Problem, with the type and status the API documents. */
    private static Problem assertProblem(ApiException e, int status, String type) {
        assertEquals(status, e.getCode(), e.getResponseBody());
        assertTrue(e.getResponseHeaders().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                String.valueOf(e.getResponseHeaders().map()));
        try {
            Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
            assertEquals(status, problem.getStatus());
            assertEquals("urn:pilotboard:problem:" + type, problem.getType());
            assertNotNull(problem.getTitle());
            return problem;
        } catch (java.io.IOException io) {
            throw new AssertionError("not a problem document: " + e.getResponseBody(), io);
        }
    }
}
