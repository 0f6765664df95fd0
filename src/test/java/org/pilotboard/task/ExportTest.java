package org.pilotboard.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;
import org.pilotboard.http.ExportSlots;

@QuarkusTest
class ExportTest {

    @Test
    void csvWithTheListsFiltersForExcel() {
        String region = Api.newRegion();
        Map<String, Object> tricky = Api.taskBody(region);
        tricky.put("titleZh", "用地, \"标准地\"出让");
        tricky.put("responsibleUnit", "=HYPERLINK(\"http://evil\")");
        long trickyId = Api.newTask(tricky);
        long plain = Api.newTask(region);
        Api.newTask(Api.newRegion()); // another region: not exported

        byte[] body = given().queryParam("region", region)
                .queryParam("format", "csv")
                .queryParam("sort", "id")
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .contentType(TaskExport.CSV)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".csv"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, body[0], "UTF-8 byte-order mark");
        String csv = new String(body, StandardCharsets.UTF_8).substring(1);
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size(), csv);
        assertTrue(lines.get(0).startsWith("id,regionCode,regionNameZh,factorCode,measureCode"));
        assertTrue(lines.get(1).startsWith(trickyId + "," + region + ","));
        assertTrue(lines.get(1).contains("\"用地, \"\"标准地\"\"出让\""), "quoted per RFC 4180");
        assertTrue(lines.get(1).contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), "a formula is neutralised");
        assertTrue(lines.get(2).startsWith(plain + ","));
        assertTrue(csv.contains("\r\n"));

        String byAccept = given().accept(TaskExport.CSV)
                .queryParam("region", region)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertEquals(3, byAccept.lines().count());
        given().queryParam("region", region)
                .queryParam("format", "json")
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(2));
        problem(given().queryParam("format", "pdf").get("/api/v1/tasks").then(), 400);
        problem(
                given().queryParam("format", "csv")
                        .queryParam("status", "nope")
                        .get("/api/v1/tasks")
                        .then(),
                400);
    }

    @Test
    void xlsxIsASpreadsheetWithEveryRow() throws Exception {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("titleZh", "导出到电子表格的任务");
        Api.newTask(body);
        byte[] xlsx = given().accept(TaskExport.XLSX)
                .queryParam("region", region)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .contentType(TaskExport.XLSX)
                .extract()
                .asByteArray();
        Map<String, String> parts = unzip(xlsx);
        assertTrue(parts.containsKey("xl/workbook.xml"), parts.keySet().toString());
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String strings = parts.getOrDefault("xl/sharedStrings.xml", "");
        // Texts go inline into the sheet as it streams: a shared-strings table would hold every distinct text
        // (a million titles) in memory until the workbook ends.
        assertTrue(
                sheet.contains("t=\"inlineStr\"") && sheet.contains("导出到电子表格的任务"),
                sheet.substring(0, Math.min(400, sheet.length())));
        assertFalse(strings.contains("导出到电子表格的任务"), strings);
        assertTrue((sheet + strings).contains("regionCode"));
        assertTrue(
                sheet.contains("r=\"2\""),
                "one header row and one task row: " + sheet.substring(0, Math.min(400, sheet.length())));
    }

    @Test
    void pastTheSheetsRowLimitAnXlsxGoesOnInAnotherSheet() throws Exception {
        // Excel's limit is 1,048,576 rows a sheet (the bench's stress history of ten million status updates
        // passes it ten times); here 3 rows a sheet: the heading and two rows, so seven rows take four sheets.
        List<TaskExport.Column<Integer>> columns =
                List.of(new TaskExport.Column<>("n", n -> n), new TaskExport.Column<>("text", n -> "第" + n + "行"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskExport.writeXlsx(
                "status-updates",
                columns,
                each -> java.util.stream.IntStream.rangeClosed(1, 7).boxed().forEach(each),
                out,
                3);
        Map<String, String> parts = unzip(out.toByteArray());
        String workbook = parts.get("xl/workbook.xml");
        assertTrue(
                workbook.contains("name=\"status-updates\"")
                        && workbook.contains("name=\"status-updates (4)\"")
                        && !workbook.contains("status-updates (5)"),
                workbook);
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            String sheet = parts.get("xl/worksheets/sheet" + i + ".xml");
            assertTrue(
                    sheet.contains("<row r=\"1\"") && !sheet.contains("<row r=\"4\""),
                    "a heading and at most two rows: " + sheet);
            all.append(sheet);
        }
        int last = -1;
        for (int n = 1; n <= 7; n++) { // every row once, in order
            int at = all.indexOf("第" + n + "行");
            assertTrue(at > last && all.indexOf("第" + n + "行", at + 1) < 0, "row " + n);
            last = at;
        }
    }

    @Test
    void statusUpdateHistoryAcrossTasks() {
        String region = Api.newRegion();
        long first = Api.newTask(region);
        long second = Api.newTask(region);
        Api.newTask(Api.newRegion()); // another region: not exported
        post(first, Map.of("status", "in_progress", "progress", 20, "comment", "=开工, \"第一批\""));
        post(second, Map.of("status", "in_progress", "progress", 10));
        post(
                first,
                Map.of(
                        "status",
                        "completed",
                        "progress",
                        100,
                        "evidence",
                        List.of(Map.of("documentNumber", "国函〔2025〕86号", "url", "https://www.gov.cn/a"))));

        byte[] body = given().queryParam("region", region)
                .queryParam("format", "csv")
                .get("/api/v1/status-updates")
                .then()
                .statusCode(200)
                .contentType(TaskExport.CSV)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("status-updates"))
                .extract()
                .asByteArray();
        assertEquals((byte) 0xEF, body[0], "UTF-8 byte-order mark");
        List<String> lines =
                new String(body, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertEquals(4, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("id,taskId,regionCode,regionNameZh,factorCode,measureCode"), lines.get(0));
        assertTrue(lines.get(1).contains("," + first + "," + region + ","), "oldest first: " + lines.get(1));
        assertTrue(lines.get(1).contains(",not_started,0,in_progress,20,false,\"'=开工, \"\"第一批\"\"\","), lines.get(1));
        assertTrue(lines.get(2).contains("," + second + ","), lines.get(2));
        assertTrue(lines.get(3).contains("国函〔2025〕86号 https://www.gov.cn/a"), lines.get(3));

        given().queryParam("region", region)
                .queryParam("status", "completed")
                .get("/api/v1/status-updates")
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(1))
                .body("items[0].taskId", org.hamcrest.Matchers.equalTo((int) first))
                .body("items[0].previousStatus", org.hamcrest.Matchers.equalTo("in_progress"))
                .body("items[0].evidence[0].documentNumber", org.hamcrest.Matchers.equalTo("国函〔2025〕86号"));
        given().queryParam("region", region)
                .queryParam("since", Api.today())
                .queryParam("until", Api.today())
                .get("/api/v1/status-updates")
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(3));
        given().queryParam("region", region)
                .queryParam(
                        "until",
                        java.time.LocalDate.parse(Api.today()).minusDays(1).toString())
                .get("/api/v1/status-updates")
                .then()
                .statusCode(200)
                .body("totalItems", org.hamcrest.Matchers.equalTo(0));

        byte[] xlsx = given().accept(TaskExport.XLSX)
                .queryParam("region", region)
                .get("/api/v1/status-updates")
                .then()
                .statusCode(200)
                .contentType(TaskExport.XLSX)
                .extract()
                .asByteArray();
        String sheet = unzip(xlsx).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("r=\"4\"") && !sheet.contains("r=\"5\""), "a header and three updates");

        problem(
                given().queryParam("format", "csv")
                        .queryParam("since", "2026-02-30")
                        .get("/api/v1/status-updates")
                        .then(),
                400);
        problem(
                given().queryParam("since", "2026-03-01")
                        .queryParam("until", "2026-02-01")
                        .get("/api/v1/status-updates")
                        .then(),
                400);
        problem(
                given().queryParam("factor", "nope")
                        .accept(TaskExport.CSV)
                        .get("/api/v1/status-updates")
                        .then(),
                404);
    }

    @Inject
    ExportSlots slots;

    @Test
    void onlyAFewExportsRunAtOnceTheRestAreToldToRetry() throws Exception {
        // Two downloads holding their slots (as slow clients would), not finished yet.
        List<StreamingOutput> running =
                List.of(slots.inSlot(out -> out.write('x')), slots.inSlot(out -> out.write('x')));
        for (String path :
                List.of("/api/v1/tasks?format=csv", "/api/v1/status-updates?format=csv", "/api/v1/export.json")) {
            problem(given().get(path).then(), 503)
                    .header("Retry-After", "10")
                    .body("type", org.hamcrest.Matchers.equalTo("urn:pilotboard:problem:busy"));
        }
        given().get("/api/v1/tasks?size=1").then().statusCode(200); // the API itself is unaffected
        for (StreamingOutput download : running) {
            download.write(new ByteArrayOutputStream()); // written: the slot is free again
        }
        given().get("/api/v1/tasks?format=csv").then().statusCode(200);
        given().get("/api/v1/export.json").then().statusCode(200);
    }

    @Test
    void aDownloadThatEndsWithoutItsBodyFreesItsSlotAtOnce() {
        // HEAD answers without a body, so the export's body is never written; more of them than there
        // are slots must not leave the next download waiting for slots nobody uses.
        for (int i = 0; i < 4; i++) {
            given().head("/api/v1/tasks?format=csv").then().statusCode(200);
            given().head("/api/v1/export.json").then().statusCode(200);
        }
        given().get("/api/v1/tasks?format=csv").then().statusCode(200);
        given().get("/api/v1/export.json").then().statusCode(200);
    }

    private static void post(long taskId, Map<String, Object> update) {
        Api.json()
                .body(update)
                .post("/api/v1/tasks/" + taskId + "/updates")
                .then()
                .statusCode(201);
    }

    /** The parts of an XLSX file (a zip), numeric character references spelled out. */
    private static Map<String, String> unzip(byte[] xlsx) {
        Map<String, String> parts = new HashMap<>();
        try {
            java.io.File file = java.io.File.createTempFile("export", ".xlsx");
            file.deleteOnExit();
            java.nio.file.Files.write(file.toPath(), xlsx);
            try (ZipFile zip = new ZipFile(file)) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    parts.put(
                            e.getName(),
                            unescape(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return parts;
    }

    /** The XML writer spells non-ASCII characters as numeric references (&#26032;). */
    private static String unescape(String xml) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(code))));
        }
        return m.appendTail(out).toString();
    }
}
