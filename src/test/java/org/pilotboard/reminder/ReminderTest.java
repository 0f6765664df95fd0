package org.pilotboard.reminder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.as;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.login;
import static org.pilotboard.Api.newRegion;
import static org.pilotboard.Api.newTask;
import static org.pilotboard.Api.password;
import static org.pilotboard.Api.problem;
import static org.pilotboard.Api.taskBody;
import static org.pilotboard.Api.username;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The daily reminders (issue 16, point 2), with e-mail to a real SMTP server (GreenMail) started for
 * the test: who gets them, what they say in Chinese, the inbox, the webhook events, and that nothing
 * is reminded or sent twice, also when two runs meet.
 */
@QuarkusTest
@TestProfile(ReminderTest.WithSmtp.class)
class ReminderTest {

    public static class WithSmtp implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpServer.class));
        }
    }

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    ReminderService reminders;

    @Inject
    EntityManager em;

    /** A region with officials (username, e-mail address). */
    private record Region(String code, String nameZh, List<String> officials) {
        String address(int i) {
            return officials.get(i) + "@example.gov.cn";
        }
    }

    private static Region region(int officials) {
        String code = newRegion();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < officials; i++) {
            String name = username("reminded");
            json().body(Map.of(
                            "username",
                            name,
                            "displayName",
                            "官员 " + name,
                            "email",
                            name + "@example.gov.cn",
                            "password",
                            password(name),
                            "role",
                            "official",
                            "regions",
                            List.of(code)))
                    .post("/api/v1/users")
                    .then()
                    .statusCode(201);
            names.add(name);
        }
        return new Region(code, "测试区域" + code, names);
    }

    private static long task(Region region, String title, LocalDate plannedEnd) {
        Map<String, Object> body = taskBody(region.code());
        body.put("titleZh", title);
        body.put("plannedStart", plannedEnd.minusMonths(6).toString());
        body.put("plannedEnd", plannedEnd.toString());
        return newTask(body);
    }

    private static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : SmtpServer.smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))) {
                found.add(m);
            }
        }
        return found;
    }

    private static JsonPath run() {
        return json().post("/api/v1/reminders/run")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void officialsGetOneChineseEmailListingTheirOverdueAndDueSoonTasksAndNeverTwice() throws Exception {
        Region region = region(2);
        Region other = region(1);
        String overdue = "逾期的测试任务" + region.code();
        String dueSoon = "快到期的测试任务" + region.code();
        String later = "远期的测试任务" + region.code();
        task(region, overdue, TODAY.minusDays(10));
        task(region, dueSoon, TODAY.plusDays(5));
        task(region, later, TODAY.plusDays(200));
        // The second official turns reminder e-mails off for themself.
        String second =
                login(region.officials().get(1), password(region.officials().get(1)));
        as(second)
                .body(Map.of("enabled", false))
                .put("/api/v1/me/email-reminders")
                .then()
                .statusCode(200)
                .body("user.emailReminders", equalTo(false));

        JsonPath first = run();
        assertTrue(first.getInt("created.overdue") >= 1 && first.getInt("created.due_soon") >= 1, first.prettify());

        List<MimeMessage> mail = mailTo(region.address(0));
        assertEquals(1, mail.size(), "one e-mail for the run, listing both tasks");
        MimeMessage message = mail.get(0);
        assertEquals("【试点看板】提醒：" + region.nameZh() + "有 2 项任务需要更新（1 项已逾期）", message.getSubject());
        String body = ((String) message.getContent()).replace("\r\n", "\n");
        assertTrue(
                body.contains("已逾期（1 项）\n- " + overdue + "（" + region.nameZh() + "，计划完成 " + TODAY.minusDays(10)
                        + "，已逾期 10 天）"),
                body);
        assertTrue(
                body.contains("14 天内到期（1 项）\n- " + dueSoon + "（" + region.nameZh() + "，计划完成 " + TODAY.plusDays(5)
                        + "，还有 5 天）"),
                body);
        assertTrue(body.contains("https://pilotboard.example.gov.cn/console/tasks/"), body);
        assertFalse(body.contains(later), "a task due in 200 days is not mentioned");
        assertEquals(List.of(), mailTo(region.address(1)), "the official who turned e-mail off gets none");
        assertEquals(List.of(), mailTo(other.address(0)), "an official of another region gets none");

        JsonPath again = run();
        assertEquals(
                0, again.getInt("created.overdue") + again.getInt("created.due_soon") + again.getInt("created.stale"));
        assertEquals(0, again.getInt("emailsSent"));
        assertEquals(1, mailTo(region.address(0)).size(), "nothing is sent twice");
    }

    @Test
    void aStaleTaskIsRemindedOnceUntilItIsVerifiedAgain() throws Exception {
        Region region = region(1);
        long id = task(region, "久未更新的测试任务" + region.code(), TODAY.plusDays(300));
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE task SET last_verified_at = now() - interval '120 days' WHERE id = :id")
                        .setParameter("id", id)
                        .executeUpdate());
        run();
        List<MimeMessage> mail = mailTo(region.address(0));
        assertEquals(1, mail.size());
        String body = (String) mail.get(0).getContent();
        assertTrue(body.contains("长期未更新（1 项）"), body);
        run();
        assertEquals(1, mailTo(region.address(0)).size(), "the same stale spell is reminded once");
    }

    @Test
    void twoRunsAtTheSameMomentRemindAndSendOnce() throws Exception {
        Region region = region(1);
        long id = task(region, "同时提醒的测试任务" + region.code(), TODAY.minusDays(3));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<ReminderService.RunResult> job = () -> {
                start.await();
                return reminders.run();
            };
            Future<ReminderService.RunResult> a = pool.submit(job);
            Future<ReminderService.RunResult> b = pool.submit(job);
            start.countDown();
            int created = a.get().created().get(ReminderKind.overdue)
                    + b.get().created().get(ReminderKind.overdue);
            assertTrue(created >= 1, "one of the runs created the reminder");
        } finally {
            pool.shutdown();
        }
        long rows = QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery("SELECT count(*) FROM reminder WHERE task_id = :id")
                                .setParameter("id", id)
                                .getSingleResult())
                        .longValue());
        assertEquals(1, rows, "one reminder for the task");
        assertEquals(1, mailTo(region.address(0)).size(), "one e-mail");
    }

    @Test
    void theInboxShowsTheRemindersOfOnesOwnRegionsAndCountsTheUnread() {
        Region region = region(1);
        Region other = region(1);
        long mine = task(region, "收件箱的测试任务" + region.code(), TODAY.minusDays(1));
        task(other, "别处的测试任务" + other.code(), TODAY.minusDays(1));
        run();
        String token =
                login(region.officials().get(0), password(region.officials().get(0)));
        String otherToken =
                login(other.officials().get(0), password(other.officials().get(0)));

        JsonPath inbox = as(token)
                .get("/api/v1/reminders")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of(mine), inbox.getList("items.taskId", Long.class));
        assertEquals("overdue", inbox.getString("items[0].kind"));
        assertEquals(region.code(), inbox.getString("items[0].regionCode"));
        assertFalse(inbox.getBoolean("items[0].read"));
        as(token).get("/api/v1/reminders/count").then().statusCode(200).body("unread", equalTo(1));

        long reminderId = inbox.getLong("items[0].id");
        problem(as(otherToken).post("/api/v1/reminders/" + reminderId + "/read").then(), 404);
        as(token).post("/api/v1/reminders/" + reminderId + "/read").then().statusCode(204);
        as(token).get("/api/v1/reminders/count").then().statusCode(200).body("unread", equalTo(0));
        as(token).get("/api/v1/reminders?unread=true").then().statusCode(200).body("totalItems", equalTo(0));
        as(otherToken).get("/api/v1/reminders/count").then().statusCode(200).body("unread", equalTo(1));
        as(otherToken).post("/api/v1/reminders/read-all").then().statusCode(204);
        as(otherToken).get("/api/v1/reminders/count").then().statusCode(200).body("unread", equalTo(0));
    }

    @Test
    void onlyAnAdminRunsTheJobAndNobodyReadsAnInboxWithoutSigningIn() {
        Region region = region(1);
        String token =
                login(region.officials().get(0), password(region.officials().get(0)));
        problem(as(token).post("/api/v1/reminders/run").then(), 403);
        problem(given().get("/api/v1/reminders").then(), 401);
        problem(
                given().body("{}")
                        .contentType("application/json")
                        .put("/api/v1/me/email-reminders")
                        .then(),
                401);
        problem(as(token).body(Map.of()).put("/api/v1/me/email-reminders").then(), 400);
    }

    @Test
    void aWebhookReceivesTaskOverdueWithTheTask() {
        String webhook = json().body(Map.of(
                        "url", "http://127.0.0.1:9/reminders", "events", List.of("task.overdue", "task.due_soon")))
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("webhook.id");
        Region region = region(1);
        long id = task(region, "通知的测试任务" + region.code(), TODAY.minusDays(2));
        run();
        String payload = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("SELECT CAST(payload AS text) FROM webhook_delivery"
                                + " WHERE webhook_id = :w AND event_type = 'task.overdue'"
                                + " AND payload -> 'data' -> 'task' ->> 'id' = :task")
                        .setParameter("w", Long.parseLong(webhook))
                        .setParameter("task", String.valueOf(id))
                        .getSingleResult());
        JsonPath event = new JsonPath(payload);
        assertEquals("task.overdue", event.getString("type"));
        assertEquals("overdue", event.getString("data.reminder.kind"));
        assertEquals(TODAY.minusDays(2).toString(), event.getString("data.reminder.period"));
        assertFalse(payload.contains("internalNote"), "the public view of the task");
    }
}
