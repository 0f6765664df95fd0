package org.pilotboard.imports;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class ImportTest {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of(
            "kind",
            "regionCode",
            "externalKey",
            "taskId",
            "measureCode",
            "milestoneCode",
            "titleZh",
            "responsibleUnit",
            "plannedStart",
            "plannedEnd",
            "revisionReason",
            "updateKey",
            "status",
            "progress",
            "comment",
            "evidenceUrl",
            "evidenceDocNumber");

    // ---- building files -------------------------------------------------------------------------

    /** A row of the file as column → value; absent columns are blank. */
    static Map<String, String> task(String region, String key, String title) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kind", "task");
        row.put("regionCode", region);
        row.put("externalKey", key);
        row.put("measureCode", "5.2");
        row.put("milestoneCode", "2025");
        row.put("titleZh", title);
        row.put("responsibleUnit", "测试单位");
        row.put("plannedStart", "2025-10-01");
        row.put("plannedEnd", "2027-06-30");
        return row;
    }

    static Map<String, String> update(String region, String key, String updateKey, String status, String progress) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("kind", "update");
        row.put("regionCode", region);
        row.put("externalKey", key);
        row.put("updateKey", updateKey);
        row.put("status", status);
        row.put("progress", progress);
        return row;
    }

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> copy = new LinkedHashMap<>(row);
        copy.put(column, value);
        return copy;
    }

    @SafeVarargs
    static byte[] csv(Map<String, String>... rows) {
        StringBuilder csv =
                new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String column : HEADER) {
                String value = row.getOrDefault(column, "");
                cells.add(
                        value.contains(",") || value.contains("\"") || value.contains("\n")
                                ? "\"" + value.replace("\"", "\"\"") + "\""
                                : value);
            }
            csv.append(String.join(",", cells)).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static RequestSpecification as(String token) {
        return token == null ? Api.asAdmin() : given().auth().oauth2(token);
    }

    static ValidatableResponse post(String token, String type, byte[] body, boolean dryRun) {
        RequestSpecification request =
                as(token).contentType(type).accept("application/json").body(body);
        if (dryRun) {
            request.queryParam("dryRun", "true");
        }
        return request.post("/api/v1/imports").then();
    }

    static ValidatableResponse importCsv(byte[] body) {
        return post(null, CSV, body, false);
    }

    static int taskCount(String region) {
        return given().queryParam("region", region)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("totalItems");
    }

    static long taskId(String region, String key) {
        List<Map<String, Object>> items = Api.asAdmin()
                .queryParam("region", region)
                .queryParam("size", 200)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        return items.stream()
                .filter(t -> key.equals(t.get("externalKey")))
                .map(t -> ((Number) t.get("id")).longValue())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task " + key + " in " + region));
    }

    static List<Map<String, Object>> updates(long taskId) {
        return given().get("/api/v1/tasks/" + taskId + "/updates")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
    }

    static JsonPath rejected(ValidatableResponse response) {
        return problem(response, 422)
                .body("type", equalTo("urn:pilotboard:problem:import-rejected"))
                .body("detail", containsString("nothing was imported"))
                .extract()
                .jsonPath();
    }

    /** The first error message for a row and column key, or null. */
    static String errorAt(JsonPath errors, int row, String field) {
        List<Map<String, Object>> list = errors.getList("errors");
        return list.stream()
                .filter(e -> ((Number) e.get("row")).intValue() == row && field.equals(e.get("field")))
                .map(e -> (String) e.get("message"))
                .findFirst()
                .orElse(null);
    }

    // ---- happy paths -------------------------------------------------------------------------------

    @Test
    void csvCreatesTasksAndUpdatesInOrderUnderTheImportingUser() {
        String region = Api.newRegion();
        byte[] file = csv(
                task(region, "K-1", "导入的任务, 第一"),
                update(region, "K-1", "U-1", "in_progress", "40%"),
                with(
                        with(
                                update(region, "K-1", "U-2", "completed", ""),
                                "evidenceUrl",
                                "https://example.org/a\nhttps://example.org/b"),
                        "evidenceDocNumber",
                        "皖政办〔2026〕1号"),
                task(region, "K-2", "第二个任务"));

        JsonPath result = importCsv(file)
                .statusCode(200)
                .contentType("application/json")
                .body("dryRun", equalTo(false))
                .body("rows", equalTo(4))
                .body("counts.created", equalTo(4))
                .body("counts.updated", equalTo(0))
                .body("counts.unchanged", equalTo(0))
                .body("results.row", equalTo(List.of(2, 3, 4, 5)))
                .body("results.kind", equalTo(List.of("task", "update", "update", "task")))
                .extract()
                .jsonPath();

        long id = taskId(region, "K-1");
        assertEquals(id, result.getLong("results[0].taskId"));
        assertEquals(id, result.getLong("results[2].taskId"));
        Api.asAdmin()
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .body("externalKey", equalTo("K-1"))
                .body("titleZh", equalTo("导入的任务, 第一"))
                .body("status", equalTo("completed"))
                .body("progress", equalTo(100))
                .body("actualEnd", equalTo(Api.today()));
        List<Map<String, Object>> history = updates(id);
        assertEquals(2, history.size());
        assertEquals("U-1", history.get(0).get("externalKey"));
        assertEquals(40, history.get(0).get("progress"));
        assertEquals("U-2", history.get(1).get("externalKey"));
        assertEquals(3, ((List<?>) history.get(1).get("evidence")).size());
        assertEquals(
                result.getLong("results[2].updateId"), ((Number) history.get(1).get("id")).longValue());
        assertEquals(2, taskCount(region));

        // audited under the importing user, each record in its own entry, and the import as a whole
        Api.asAdmin()
                .queryParam("entityType", "task")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.action", hasItem("task.create"))
                .body("items.action", hasItem("task.status_update"))
                .body("items.actorName", org.hamcrest.Matchers.everyItem(equalTo(Api.ADMIN)));
        Api.asAdmin()
                .queryParam("action", "import.apply")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void xlsxWithChineseHeadingsDateCellsAndNumbers() throws IOException {
        String region = Api.newRegion();
        long existing = Api.newTask(region); // no external key: updated by its id
        byte[] file = xlsx(sheet -> {
            String[] headings = {
                "类型", "地区代码", "任务编号", "任务ID", "措施编号", "里程碑", "任务名称", "责任单位", "计划开始", "计划完成", "进展编号", "状态", "进度", "进展说明",
                "# 我的备注"
            };
            for (int c = 0; c < headings.length; c++) {
                sheet.value(0, c, headings[c]);
            }
            sheet.value(1, 0, "任务");
            sheet.value(1, 1, region);
            sheet.value(1, 2, "X-1");
            sheet.value(1, 4, "5.2");
            sheet.value(1, 5, 2025); // a number cell where a code belongs: read as its text
            sheet.value(1, 6, "电子表格导入的任务");
            sheet.value(1, 7, "测试单位");
            sheet.value(1, 8, LocalDate.of(2025, 11, 1));
            sheet.style(1, 8).format("yyyy-mm-dd").set();
            sheet.value(1, 9, "2027/6/30");
            sheet.value(1, 14, "只是给自己看的");
            sheet.value(2, 0, "进展");
            sheet.value(2, 3, existing);
            sheet.value(2, 10, "Q1");
            sheet.value(2, 11, "延期");
            sheet.value(2, 12, 20);
            sheet.value(2, 13, "征地补偿标准调整");
        });
        post(null, XLSX, file, false)
                .statusCode(200)
                .body("counts.created", equalTo(2))
                .body("results[1].taskId", equalTo((int) existing));
        long id = taskId(region, "X-1");
        Api.asAdmin()
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .body("plannedStart", equalTo("2025-11-01"))
                .body("plannedEnd", equalTo("2027-06-30"))
                .body("milestoneCode", equalTo("2025"));
        Api.asAdmin()
                .get("/api/v1/tasks/" + existing)
                .then()
                .statusCode(200)
                .body("status", equalTo("delayed"))
                .body("progress", equalTo(20));
        assertEquals("Q1", updates(existing).get(0).get("externalKey"));
    }

    @Test
    void xlsxFormulasAreNeverEvaluated() throws IOException {
        String region = Api.newRegion();
        byte[] file = xlsx(sheet -> {
            for (int c = 0; c < HEADER.size(); c++) {
                sheet.value(0, c, HEADER.get(c));
            }
            Map<String, String> row = task(region, "F-1", "公式");
            for (int c = 0; c < HEADER.size(); c++) {
                String value = row.get(HEADER.get(c));
                if (value != null) {
                    sheet.value(1, c, value);
                }
            }
            sheet.formula(1, HEADER.indexOf("titleZh"), "CONCATENATE(\"a\",\"b\")");
            sheet.value(1, HEADER.indexOf("plannedEnd"), 46000); // a number, not formatted as a date
        });
        JsonPath errors = rejected(post(null, XLSX, file, false));
        assertTrue(errorAt(errors, 2, "titleZh").contains("formula"), errors.prettify());
        assertTrue(errorAt(errors, 2, "plannedEnd").contains("not a date"), errors.prettify());
        assertEquals(0, taskCount(region));
    }

    // ---- problems ------------------------------------------------------------------------------------

    @Test
    void everyRowIsCheckedAndAnyProblemWritesNothing() {
        String region = Api.newRegion();
        long existing = Api.newTask(region);
        int tasksBefore = taskCount(region);
        byte[] file = csv(
                task(region, "OK-1", "没有问题的任务"),
                task("no-such-region", "R-1", "地区不存在"),
                with(task(region, "M-1", "措施不存在"), "measureCode", "99.9"),
                with(task(region, "D-1", "日期有误"), "plannedEnd", "2027-02-30"),
                with(task(region, "D-2", "结束早于开始"), "plannedEnd", "2024-01-01"),
                update(region, "OK-1", "U-1", "completed", ""),
                update(region, "OK-1", "U-2", "finished", "10"),
                with(update(region, "", "", "in_progress", "10"), "taskId", String.valueOf(existing)),
                update(region, "missing", "U-4", "in_progress", "10"),
                with(task(region, "S-1", "任务行不带状态"), "status", "in_progress"),
                Map.of("kind", "something"));

        JsonPath errors = rejected(importCsv(file));
        assertTrue(errorAt(errors, 3, "regionCode").contains("no region"), errors.prettify());
        assertTrue(errorAt(errors, 4, "measureCode").contains("no measure"), errors.prettify());
        assertTrue(errorAt(errors, 5, "plannedEnd").contains("not a day of the calendar"), errors.prettify());
        assertTrue(errorAt(errors, 6, "plannedEnd").contains("before plannedStart"), errors.prettify());
        assertTrue(errorAt(errors, 7, "evidenceUrl").contains("evidence"), errors.prettify());
        assertTrue(errorAt(errors, 8, "status").contains("not a status"), errors.prettify());
        assertTrue(errorAt(errors, 9, "updateKey").contains("required"), errors.prettify());
        assertTrue(errorAt(errors, 10, "externalKey").contains("has no task"), errors.prettify());
        assertTrue(errorAt(errors, 11, "status").contains("update rows"), errors.prettify());
        assertTrue(errorAt(errors, 12, "kind").contains("neither task"), errors.prettify());
        assertNull(errorAt(errors, 2, "externalKey"), "the good row has no problem");
        assertEquals(
                "status", errors.getString("errors.find { it.row == 8 }.column"), "the heading as the file writes it");
        assertEquals(errors.getList("errors").size(), errors.getInt("errorCount"));

        assertEquals(tasksBefore, taskCount(region));
        assertEquals(0, updates(existing).size());
    }

    @Test
    void allOrNothingWhenOnlyTheLastRowIsBad() {
        String region = Api.newRegion();
        long existing = Api.newTask(region);
        byte[] file = csv(
                task(region, "A-1", "第一"),
                update(region, "A-1", "U-1", "in_progress", "30"),
                with(update(region, "", "U-9", "in_progress", "50"), "taskId", String.valueOf(existing)),
                task(region, "A-2", "第二"),
                update(region, "A-2", "U-1", "delayed", "10")); // delayed needs a comment
        JsonPath errors = rejected(importCsv(file));
        assertEquals(1, errors.getInt("errorCount"), errors.prettify());
        assertTrue(errorAt(errors, 6, "comment").contains("comment is required"), errors.prettify());
        assertEquals(1, taskCount(region), "only the task made before the import");
        assertEquals(0, updates(existing).size());
        Api.asAdmin().get("/api/v1/tasks/" + existing).then().body("status", equalTo("not_started"));
    }

    @Test
    void anOfficialImportsOnlyIntoTheirOwnRegions() {
        String own = Api.newRegion();
        String other = Api.newRegion();
        long otherTask = Api.newTask(other);
        String user = Api.username("importer");
        Api.newUser(user, "official", List.of(own));
        String token = Api.login(user, Api.password(user));

        byte[] file = csv(
                task(own, "O-1", "本地区任务"),
                task(other, "O-2", "别的地区的任务"),
                with(update("", "", "U-1", "in_progress", "10"), "taskId", String.valueOf(otherTask)));
        JsonPath errors = rejected(post(token, CSV, file, false));
        assertTrue(errorAt(errors, 3, "regionCode").contains("only in your own regions"), errors.prettify());
        assertTrue(errorAt(errors, 4, "regionCode").contains("only in your own regions"), errors.prettify());
        assertEquals(2, errors.getInt("errorCount"), errors.prettify());
        assertEquals(0, taskCount(own), "nothing written, not even in the official's own region");
        assertEquals(1, taskCount(other));
        assertEquals(0, updates(otherTask).size());

        post(token, CSV, csv(task(own, "O-1", "本地区任务")), false).statusCode(200).body("counts.created", equalTo(1));
        Api.asAdmin()
                .queryParam("entityType", "task")
                .queryParam("entityId", taskId(own, "O-1"))
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].actorName", equalTo(user));
    }

    @Test
    void anonymousAndViewersMayNotImport() {
        problem(
                given().contentType(CSV)
                        .body(csv(task("x", "y", "z")))
                        .post("/api/v1/imports")
                        .then(),
                401);
        problem(
                given().contentType(CSV)
                        .queryParam("dryRun", "true")
                        .body(csv(task("x", "y", "z")))
                        .post("/api/v1/imports")
                        .then(),
                401);
        String viewer = Api.username("viewer");
        Api.newUser(viewer, "viewer", List.of());
        problem(post(Api.login(viewer, Api.password(viewer)), CSV, csv(task("x", "y", "z")), true), 403);
    }

    // ---- idempotency and dry runs -----------------------------------------------------------------

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String region = Api.newRegion();
        Map<String, String> taskRow = task(region, "I-1", "幂等");
        Map<String, String> updateRow = with(update(region, "I-1", "2026-Q1", "in_progress", "25"), "comment", "首批");
        byte[] file = csv(taskRow, updateRow);
        importCsv(file).statusCode(200).body("counts.created", equalTo(2));
        long id = taskId(region, "I-1");
        int version = Api.asAdmin()
                .get("/api/v1/tasks/" + id)
                .then()
                .extract()
                .jsonPath()
                .getInt("version");

        importCsv(file)
                .statusCode(200)
                .body("counts.created", equalTo(0))
                .body("counts.unchanged", equalTo(2))
                .body("results.outcome", equalTo(List.of("unchanged", "unchanged")))
                .body("results[0].taskId", equalTo((int) id))
                .body(
                        "results[1].updateId",
                        equalTo(((Number) updates(id).get(0).get("id")).intValue()));
        assertEquals(1, taskCount(region));
        assertEquals(1, updates(id).size());
        Api.asAdmin().get("/api/v1/tasks/" + id).then().body("version", equalTo(version));

        // a changed field updates the task; a changed planned date needs a reason and is a revision
        importCsv(csv(with(taskRow, "titleZh", "幂等（改名）"), updateRow))
                .statusCode(200)
                .body("results.outcome", equalTo(List.of("updated", "unchanged")));
        JsonPath noReason = rejected(importCsv(csv(with(taskRow, "plannedEnd", "2027-08-31"))));
        assertTrue(errorAt(noReason, 2, "revisionReason").contains("needs a reason"), noReason.prettify());
        Map<String, String> revised =
                with(with(with(taskRow, "titleZh", "幂等（改名）"), "plannedEnd", "2027-08-31"), "revisionReason", "国家批复调整");
        importCsv(csv(revised)).statusCode(200).body("results[0].outcome", equalTo("updated"));
        importCsv(csv(revised)).statusCode(200).body("results[0].outcome", equalTo("unchanged"));
        given().get("/api/v1/tasks/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].reason", equalTo("国家批复调整"));
        Api.asAdmin()
                .get("/api/v1/tasks/" + id)
                .then()
                .body("titleZh", equalTo("幂等（改名）"))
                .body("baselineEnd", equalTo("2027-06-30"))
                .body("plannedEnd", equalTo("2027-08-31"));

        // the history is never rewritten: the same update key with other values is a problem
        JsonPath changed = rejected(importCsv(csv(with(updateRow, "progress", "30"))));
        assertTrue(errorAt(changed, 2, "updateKey").contains("new key"), changed.prettify());
        // twice the same key in one file
        JsonPath twice = rejected(importCsv(csv(taskRow, taskRow)));
        assertTrue(errorAt(twice, 3, "externalKey").contains("already on row 2"), twice.prettify());
        assertEquals(1, updates(id).size());
    }

    @Test
    void aDryRunChecksAndWritesNothing() {
        String region = Api.newRegion();
        byte[] file = csv(task(region, "DR-1", "试运行"), update(region, "DR-1", "U", "in_progress", "10"));
        post(null, CSV, file, true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("counts.created", equalTo(2))
                .body("results.outcome", equalTo(List.of("created", "created")))
                .body("results[0].taskId", equalTo(null));
        assertEquals(0, taskCount(region));
        rejected(post(null, CSV, csv(task(region, "DR-1", "")), true));
        assertEquals(0, taskCount(region));
        importCsv(file).statusCode(200).body("counts.created", equalTo(2));
        assertEquals(1, taskCount(region));
    }

    @Test
    void aLargerFileIsWrittenWholeAcrossSessionFlushes() {
        String region = Api.newRegion();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(task(region, "L-" + i, "批量任务 " + i));
        }
        for (int i = 0; i < 120; i++) { // updates after all tasks: their tasks were written many flushes before
            rows.add(update(region, "L-" + i, "Q1", "in_progress", String.valueOf(i % 99)));
        }
        @SuppressWarnings("unchecked")
        byte[] file = csv(rows.toArray(Map[]::new));
        importCsv(file).statusCode(200).body("counts.created", equalTo(240));
        assertEquals(120, taskCount(region));
        long last = taskId(region, "L-119");
        Api.asAdmin()
                .get("/api/v1/tasks/" + last)
                .then()
                .body("status", equalTo("in_progress"))
                .body("progress", equalTo(119 % 99));
        assertEquals(1, updates(last).size());
        importCsv(file).statusCode(200).body("counts.unchanged", equalTo(240));
    }

    // ---- the template -----------------------------------------------------------------------------------

    @Test
    void theCsvTemplateReadsBackAsAnImportableFile() {
        byte[] template = given().queryParam("format", "csv")
                .get("/api/v1/imports/template")
                .then()
                .statusCode(200)
                .contentType(CSV)
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, template[0], "UTF-8 byte-order mark");
        String text = new String(template, StandardCharsets.UTF_8);
        assertTrue(text.contains("地区代码 regionCode"), text);
        given().accept(CSV)
                .get("/api/v1/imports/template")
                .then()
                .statusCode(200)
                .contentType(CSV);

        // as it is: examples only, so nothing to import
        JsonPath empty = rejected(importCsv(template));
        assertTrue(empty.getString("errors[0].message").contains("no rows to import"), empty.prettify());

        // the examples uncommented, in a region of our own: a task and an update of it
        String region = Api.newRegion();
        byte[] filled = text.replace("\n#", "\n").replace("hefei-metro", region).getBytes(StandardCharsets.UTF_8);
        post(null, CSV, filled, true)
                .statusCode(200)
                .body("counts.created", equalTo(2))
                .body("results.kind", equalTo(List.of("task", "update")));
        problem(
                given().queryParam("format", "pdf")
                        .get("/api/v1/imports/template")
                        .then(),
                400);
    }

    @Test
    void theXlsxTemplateReadsBackAsAnImportableFile() throws IOException {
        byte[] template = given().accept(XLSX)
                .get("/api/v1/imports/template")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .extract()
                .asByteArray();
        String region = Api.newRegion();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(2, sheets.size(), "an import sheet and a help sheet");
            assertTrue(
                    sheets.get(1).read().stream().anyMatch(r -> r.getCellText(0).contains("updateKey")));
            for (Row row : sheets.get(0).read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    String cell = row.getCellText(c);
                    cells.add(c == 0 ? cell.replace("#", "") : cell.replace("hefei-metro", region));
                }
                rows.add(cells);
            }
        }
        JsonPath asIs = rejected(post(null, XLSX, template, true));
        assertTrue(asIs.getString("errors[0].message").contains("no rows to import"), asIs.prettify());
        byte[] filled = xlsx(sheet -> {
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        });
        post(null, XLSX, filled, false).statusCode(200).body("counts.created", equalTo(2));
        assertNotNull(taskId(region, "HF-LAND-01"));
    }

    // ---- malformed files and limits ------------------------------------------------------------------

    @Test
    void malformedFilesAndTooManyRows() {
        problem(importCsv("kind,regionCode\r\n\"task,unclosed\r\n".getBytes(StandardCharsets.UTF_8)), 400)
                .body("detail", containsString("never closed"));
        problem(post(null, XLSX, "not a zip at all".getBytes(StandardCharsets.UTF_8), false), 400);
        problem(post(null, XLSX, new byte[] {'P', 'K', 3, 4, 1, 2, 3}, false), 400);
        problem(post(null, "application/json", "{}".getBytes(StandardCharsets.UTF_8), false), 415);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        problem(post(null, "application/vnd.ms-excel", xls, false), 415).body("detail", containsString(".xls"));
        problem(importCsv(new byte[0]), 400);

        JsonPath heading =
                rejected(importCsv("kind,regionCode,colour\r\ntask,x,red\r\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, heading.getInt("errors[0].row"));
        assertEquals("colour", heading.getString("errors[0].column"));

        StringBuilder many = new StringBuilder(String.join(",", HEADER)).append("\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            many.append("task,r,k").append(i).append("\n");
        }
        problem(importCsv(many.toString().getBytes(StandardCharsets.UTF_8)), 413)
                .body("detail", containsString("5000"));
    }

    @Test
    void gb18030CsvFromChineseExcelIsRead() {
        String region = Api.newRegion();
        String text = "类型,地区代码,任务编号,措施编号,里程碑,任务名称,责任单位,计划开始,计划完成\r\n" + "任务," + region
                + ",G-1,5.2,2025,国标编码的任务,测试单位,2025/10/1,2027年6月30日\r\n";
        importCsv(text.getBytes(java.nio.charset.Charset.forName("GB18030")))
                .statusCode(200)
                .body("counts.created", equalTo(1));
        Api.asAdmin()
                .get("/api/v1/tasks/" + taskId(region, "G-1"))
                .then()
                .body("titleZh", equalTo("国标编码的任务"))
                .body("plannedEnd", equalTo("2027-06-30"));
    }

    interface SheetWriter {
        void write(Worksheet sheet) throws IOException;
    }

    static byte[] xlsx(SheetWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "ImportTest", "1.0");
        writer.write(workbook.newWorksheet("import"));
        workbook.finish();
        return out.toByteArray();
    }

    // ---- one answer for every problem, and what a dry run shows (issue 19) -----------------------------

    @Test
    void everyProblemOfEveryRowComesInOneAnswer() {
        String region = Api.newRegion();
        Map<String, String> reversed =
                with(with(task(region, "A-1", ""), "plannedStart", "2026-06-30"), "plannedEnd", "2026-01-01");
        Map<String, String> overHundred = update(region, "A-2", "U-1", "delayed", "150");
        Map<String, String> notALink =
                with(update(region, "A-2", "U-2", "in_progress", "abc"), "evidenceUrl", "not-a-link");
        JsonPath errors = rejected(importCsv(csv(reversed, task(region, "A-2", "好的任务"), overHundred, notALink)));

        // a blank title and reversed dates on one task row
        assertNotNull(errorAt(errors, 2, "titleZh"), errors.prettify());
        assertTrue(errorAt(errors, 2, "plannedEnd").contains("before plannedStart"), errors.prettify());
        // a progress of 150 and the missing reason of a delay on one update row
        assertTrue(errorAt(errors, 4, "progress").contains("100"), errors.prettify());
        assertNotNull(errorAt(errors, 4, "comment"), errors.prettify());
        // an unreadable progress and an evidence link that is no URL on another
        assertTrue(errorAt(errors, 5, "progress").contains("not a whole number"), errors.prettify());
        assertTrue(errorAt(errors, 5, "evidenceUrl").contains("URL"), errors.prettify());
        assertEquals(6, errors.getInt("errorCount"), errors.prettify());
        assertEquals(0, taskCount(region));
    }

    @Test
    void aDryRunShowsEachRowsTitleAndCells() {
        String region = Api.newRegion();
        long existing = Api.newTask(region);
        String existingTitle = Api.asAdmin()
                .get("/api/v1/tasks/" + existing)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("titleZh");
        Map<String, String> byId = update(null, null, "U-1", "in_progress", "30%");
        byId.remove("regionCode");
        byId.remove("externalKey");
        byId.put("taskId", String.valueOf(existing));
        JsonPath result = post(
                        null,
                        CSV,
                        csv(task(region, "D-1", "试运行的任务"), update(region, "D-1", "U-1", "进行中", "10"), byId),
                        true)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .extract()
                .jsonPath();

        assertEquals("试运行的任务", result.getString("results[0].title"));
        Map<String, String> taskCells = new LinkedHashMap<>(task(region, "D-1", "试运行的任务"));
        assertEquals(taskCells, result.getMap("results[0].values"));
        assertEquals("试运行的任务", result.getString("results[1].title"), "an update row: the title of its task");
        assertEquals(
                Map.of(
                        "kind",
                        "update",
                        "regionCode",
                        region,
                        "externalKey",
                        "D-1",
                        "updateKey",
                        "U-1",
                        "status",
                        "进行中",
                        "progress",
                        "10"),
                result.getMap("results[1].values"));
        assertEquals(existingTitle, result.getString("results[2].title"));
        assertEquals(
                Map.of(
                        "kind",
                        "update",
                        "taskId",
                        String.valueOf(existing),
                        "updateKey",
                        "U-1",
                        "status",
                        "in_progress",
                        "progress",
                        "30%"),
                result.getMap("results[2].values"));
        assertEquals(1, taskCount(region), "a dry run writes nothing: only the task there before");
    }
}
