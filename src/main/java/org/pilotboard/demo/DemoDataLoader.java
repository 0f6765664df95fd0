package org.pilotboard.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jboss.logging.Logger;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;
import org.pilotboard.plan.DatasetState;
import org.pilotboard.plan.Measure;
import org.pilotboard.plan.MeasureKind;
import org.pilotboard.plan.PlanItem;
import org.pilotboard.region.Region;
import org.pilotboard.task.Evidence;
import org.pilotboard.task.Task;
import org.pilotboard.task.TaskService;
import org.pilotboard.task.TaskService.WriteContext;
import org.pilotboard.task.TaskStatus;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;
import org.pilotboard.task.TaskViews.TaskWrite;

/**
 * Loads a deterministic demo set once, when pilotboard.demo-data is on: for each real region, its
 * implementation-plan task against the 2022 H1 milestone, eight tasks on the plan's land and labour
 * measures (version 1) and one task for each chapter the region emphasises among 四-十 (version 2,
 * added to an installation that has version 1), with histories that fit the region's approval and
 * pilot term. Every record it writes is marked demo; it only adds records and never changes real ones.
 *
 * <p>Over 400 lines on purpose: the demo set is one deterministic recipe, read top to bottom.
 */
@ApplicationScoped
public class DemoDataLoader {

    static final String DATASET = "demo";
    static final int VERSION = 2;
    /** Histories run up to this day (or today, if earlier), so the set is the same whenever it loads. */
    static final LocalDate HISTORY_UNTIL = LocalDate.of(2026, 11, 15);

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * The chapters (factors) of 四-十 a pilot works on, one demo task each, in order. Where the shipped
     * regions dataset names a pilot's emphasis, from its local documents, that comes first:
     * 渝府发〔2025〕16号's first task heading is 促进技术要素向现实生产力转化, and Chongqing covers every factor;
     * 湘政办发〔2025〕53号's 2026 milestone names land, technology, labour, capital, data and resources and
     * the environment; 豫政〔2025〕28号 (as reported) focuses on technology, land, labour, data, capital and
     * resources. Every pilot also gets a task on chapter 十 (organisation: evaluation and authorisation).
     */
    static final Map<String, List<String>> EMPHASIS = Map.of(
            "chongqing",
                    List.of(
                            "technology",
                            "technology",
                            "data",
                            "capital",
                            "resources_environment",
                            "market_governance",
                            "coordination",
                            "organisation"),
            "changsha-zhuzhou-xiangtan",
                    List.of("technology", "capital", "data", "resources_environment", "coordination", "organisation"),
            "zhengzhou", List.of("technology", "data", "capital", "resources_environment", "organisation"));
    /** For the pilots whose own documents were not found: a spread over the chapters 四-十. */
    static final List<String> DEFAULT_EMPHASIS = List.of(
            "capital",
            "technology",
            "data",
            "market_governance",
            "resources_environment",
            "coordination",
            "organisation");

    /** The story a demo task tells. */
    enum Scenario {
        COMPLETED_EARLY,
        COMPLETED_LATE,
        ON_TRACK,
        DELAYED,
        OVERDUE,
        STALE,
        NOT_STARTED,
        SUSPENDED,
        REVISED
    }

    private final TaskService tasks;
    private final PilotboardConfig config;
    private final AppClock clock;
    private final ObjectMapper json;

    public DemoDataLoader(TaskService tasks, PilotboardConfig config, AppClock clock, ObjectMapper json) {
        this.tasks = tasks;
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    void onStart(@Observes @Priority(30) StartupEvent start) {
        if (config.demoData()) {
            load();
        }
    }

    /** Loads the demo set unless it is loaded; answers the number of tasks added. */
    @Transactional
    public int load() {
        DatasetState.lockLoads();
        int loaded = DatasetState.loadedVersion(DATASET);
        if (loaded >= VERSION) {
            return 0;
        }
        LocalDate until = clock.today().isBefore(HISTORY_UNTIL) ? clock.today() : HISTORY_UNTIL;
        List<Measure> actions = Measure.<Measure>list(
                "kind = ?1 and itemNumber >= 5", Sort.by("itemNumber").and("seq"), MeasureKind.action);
        Map<String, List<Measure>> byFactor = new HashMap<>();
        for (Measure m : actions) {
            String factor = factorOf(m);
            // Chapter 十 is mostly addressed to the State Council's departments; a pilot can carry out only
            // the measures addressed to the pilots themselves (their text opens with 试点).
            if (!"organisation".equals(factor) || m.textZh.startsWith("试点")) {
                byFactor.computeIfAbsent(factor, k -> new ArrayList<>()).add(m);
            }
        }
        int added = 0;
        for (Region region : Region.<Region>list("demo = false and approvedOn is not null", Sort.by("code"))) {
            if (loaded < 1) {
                added += landAndLabourTasks(region, byFactor, until);
            }
            added += wholePlanTasks(region, byFactor, until);
        }
        DatasetState.record(DATASET, VERSION, clock.now());
        LOG.infof("Demo data v%d loaded (was v%d): %d task(s), all marked demo", VERSION, loaded, added);
        return added;
    }

    /** Version 1: the implementation-plan task and eight tasks on land and labour measures. */
    private int landAndLabourTasks(Region region, Map<String, List<Measure>> byFactor, LocalDate until) {
        Random random = new Random(region.code.hashCode() * 31L + 1);
        int added = implementationPlanTask(region, until);
        List<Measure> picked = new ArrayList<>(byFactor.getOrDefault("land", List.of()));
        picked.addAll(byFactor.getOrDefault("labour", List.of()));
        Collections.shuffle(picked, random);
        List<Scenario> scenarios = shuffledScenarios(random);
        for (int i = 0; i < 8 && i < picked.size(); i++) {
            added += pilotTask(region, picked.get(i), scenarios.get(i % scenarios.size()), random, until);
        }
        return added;
    }

    /** Version 2: one task for each chapter of 四-十 the region emphasises, on a measure drawn from it. */
    private int wholePlanTasks(Region region, Map<String, List<Measure>> byFactor, LocalDate until) {
        Random random = new Random(region.code.hashCode() * 31L + 2);
        List<Scenario> scenarios = shuffledScenarios(random);
        List<String> chapters = EMPHASIS.getOrDefault(region.code, DEFAULT_EMPHASIS);
        Set<String> used = new HashSet<>();
        int added = 0;
        for (int i = 0; i < chapters.size(); i++) {
            List<Measure> candidates = new ArrayList<>(byFactor.getOrDefault(chapters.get(i), List.of()));
            candidates.removeIf(m -> used.contains(m.code));
            if (candidates.isEmpty()) {
                continue;
            }
            Measure measure = candidates.get(random.nextInt(candidates.size()));
            used.add(measure.code);
            added += pilotTask(region, measure, scenarios.get(i % scenarios.size()), random, until);
        }
        return added;
    }

    private static List<Scenario> shuffledScenarios(Random random) {
        List<Scenario> scenarios = new ArrayList<>(List.of(Scenario.values()));
        Collections.shuffle(scenarios, random);
        return scenarios;
    }

    private static String factorOf(Measure measure) {
        return PlanItem.<PlanItem>findById(measure.itemNumber).factorCode;
    }

    /** Each pilot's own 实施方案: due by the 2022 H1 milestone, approved only in 国函〔2025〕86号. */
    private int implementationPlanTask(Region region, LocalDate until) {
        String author = author(region);
        TaskWrite write = new TaskWrite(
                region.code,
                "4.2",
                "2022H1",
                "编制" + region.nameZh + "要素市场化配置综合改革试点实施方案并报批",
                "Draft the " + region.nameEn + " implementation plan and have it approved",
                "按总体方案要求，2022年上半年完成实施方案编制报批工作。",
                null,
                region.nameZh + "试点工作领导小组办公室",
                LocalDate.of(2022, 1, 4),
                LocalDate.of(2022, 6, 30),
                region.approvalDocNumber,
                null,
                null,
                null);
        Task task = tasks.createTask(write, ctx(author, LocalDate.of(2022, 1, 4)));
        update(task, TaskStatus.in_progress, 30, "实施方案起草工作启动。", null, author, LocalDate.of(2022, 3, 1), until);
        update(
                task,
                TaskStatus.delayed,
                60,
                "实施方案仍在征求意见和修改完善中，未能在2022年上半年完成报批。",
                null,
                author,
                LocalDate.of(2022, 7, 8),
                until);
        update(
                task,
                TaskStatus.completed,
                100,
                "国务院批复同意实施方案，试点期限自批复之日起2年。",
                List.of(new Evidence(null, region.approvalDocNumber, region.approvalTitle)),
                author,
                region.approvedOn,
                until);
        return 1;
    }

    private int pilotTask(Region region, Measure measure, Scenario scenario, Random random, LocalDate until) {
        LocalDate approved = region.approvedOn;
        String author = author(region);
        int jitter = random.nextInt(15);
        LocalDate start = approved.plusDays(30L + jitter);
        LocalDate end = switch (scenario) {
            case COMPLETED_EARLY -> approved.plusDays(365L + jitter);
            case COMPLETED_LATE -> approved.plusDays(240L + jitter);
            case OVERDUE -> approved.plusDays(330L + jitter);
            case NOT_STARTED -> approved.plusDays(700L - jitter);
            default -> approved.plusDays(540L + random.nextInt(150));
        };
        if (scenario == Scenario.NOT_STARTED) {
            start = approved.plusDays(450L + jitter);
        }
        if (region.termEnd != null && end.isAfter(region.termEnd)) {
            end = region.termEnd;
        }
        TaskWrite write = new TaskWrite(
                region.code,
                measure.code,
                "2025",
                title(measure),
                englishTitle(measure),
                measure.textZh,
                null,
                unit(region, measure),
                start,
                end,
                region.approvalDocNumber,
                null,
                null,
                null);
        LocalDate created = approved.plusDays(10L + jitter);
        Task task = tasks.createTask(write, ctx(author, created));
        LocalDate kickoff = start.plusDays(random.nextInt(10));
        switch (scenario) {
            case COMPLETED_EARLY -> {
                progressUpdates(task, kickoff, end.minusDays(45), 20, 80, author, random, until);
                update(
                        task,
                        TaskStatus.completed,
                        100,
                        "提前完成试点任务，形成可复制经验。",
                        evidence(region, measure),
                        author,
                        end.minusDays(30),
                        until);
            }
            case COMPLETED_LATE -> {
                progressUpdates(task, kickoff, end.minusDays(10), 15, 70, author, random, until);
                update(task, TaskStatus.delayed, 80, "配套政策出台晚于预期，完成时间顺延。", null, author, end.plusDays(5), until);
                update(
                        task,
                        TaskStatus.completed,
                        100,
                        "任务完成，已报送试点总结。",
                        evidence(region, measure),
                        author,
                        end.plusDays(60),
                        until);
            }
            case ON_TRACK -> progressUpdates(task, kickoff, until.minusDays(10), 10, 65, author, random, until);
            case DELAYED -> {
                progressUpdates(task, kickoff, until.minusDays(60), 10, 35, author, random, until);
                update(task, TaskStatus.delayed, 35, "涉及跨部门审批事项，进度落后于计划。", null, author, until.minusDays(30), until);
            }
            case OVERDUE -> progressUpdates(task, kickoff, until.minusDays(20), 20, 70, author, random, until);
            case STALE -> progressUpdates(task, kickoff, approved.plusDays(100), 10, 20, author, random, until);
            case NOT_STARTED ->
                update(
                        task,
                        TaskStatus.not_started,
                        0,
                        "前期准备中，按计划于" + start + "启动。",
                        null,
                        author,
                        until.minusDays(15),
                        until);
            case SUSPENDED -> {
                progressUpdates(task, kickoff, until.minusDays(90), 10, 30, author, random, until);
                update(task, TaskStatus.suspended, 30, "等待国家有关部门政策细则，暂停推进。", null, author, until.minusDays(60), until);
            }
            case REVISED -> {
                progressUpdates(task, kickoff, until.minusDays(120), 10, 40, author, random, until);
                revise(task, end.plusDays(90), "试点范围调整，经领导小组同意顺延完成时间。", author, until.minusDays(100), until);
                progressUpdates(task, until.minusDays(80), until.minusDays(15), 45, 60, author, random, until);
            }
        }
        return 1;
    }

    /** Updates in progress every 35-65 days from first to last, progress rising from low to high. */
    private void progressUpdates(
            Task task,
            LocalDate first,
            LocalDate last,
            int low,
            int high,
            String author,
            Random random,
            LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(35L + random.nextInt(31))) {
            dates.add(d);
        }
        for (int i = 0; i < dates.size(); i++) {
            int progress = dates.size() == 1 ? low : low + (high - low) * i / (dates.size() - 1);
            String comment = i == 0 ? "任务启动，已明确责任分工和工作计划。" : "按计划推进，完成阶段性工作。";
            update(task, TaskStatus.in_progress, progress, comment, null, author, dates.get(i), until);
        }
    }

    private void update(
            Task task,
            TaskStatus status,
            int progress,
            String comment,
            List<Evidence> evidence,
            String author,
            LocalDate on,
            LocalDate until) {
        if (on.isAfter(until)) {
            return; // the demo never records the future
        }
        tasks.record(task, new StatusUpdateWrite(status, progress, comment, evidence, null, null), ctx(author, on));
    }

    private void revise(Task task, LocalDate newEnd, String reason, String author, LocalDate on, LocalDate until) {
        if (on.isAfter(until)) {
            return;
        }
        ObjectNode patch =
                json.createObjectNode().put("plannedEnd", newEnd.toString()).put("revisionReason", reason);
        tasks.patch(task.id, patch, "\"" + task.version + "\"", ctx(author, on));
    }

    private static WriteContext ctx(String author, LocalDate on) {
        Instant at = on.atTime(LocalTime.of(10, 0)).atZone(CHINA).toInstant();
        return new WriteContext(author, at, true);
    }

    private static String author(Region region) {
        return region.nameZh + "试点工作专班（演示）";
    }

    private static String title(Measure measure) {
        String text = measure.textZh.replaceAll("[。；]$", "");
        int cut = text.indexOf('，');
        String head = cut > 8 && cut < 40 ? text.substring(0, cut) : text;
        return head.length() > 60 ? head.substring(0, 60) + "…" : head;
    }

    private static String englishTitle(Measure measure) {
        if (measure.summaryEn == null) {
            return null;
        }
        String s = measure.summaryEn;
        int cut = s.indexOf(", ");
        String head = cut > 20 && cut < 120 ? s.substring(0, cut) : s;
        return head.length() > 120 ? head.substring(0, 120) + "…" : head;
    }

    /** The kind of department that would carry out a measure, by its item (chapters by item range). */
    private static String unit(Region region, Measure measure) {
        int item = measure.itemNumber;
        String department = item <= 9
                ? "自然资源主管部门"
                : item == 10
                        ? "公安机关"
                        : item <= 12
                                ? "人力资源社会保障部门"
                                : item <= 15
                                        ? "地方金融管理部门"
                                        : item <= 18
                                                ? "科技主管部门"
                                                : item <= 22
                                                        ? "数据管理部门"
                                                        : item <= 24
                                                                ? "生态环境主管部门"
                                                                : item <= 26
                                                                        ? "市场监管部门"
                                                                        : item <= 28 ? "发展改革部门" : "试点工作领导小组办公室";
        return region.nameZh + department;
    }

    private static List<Evidence> evidence(Region region, Measure measure) {
        return List.of(
                new Evidence(null, "演示〔2026〕" + measure.code.replace(".", "") + "号", region.nameZh + "试点任务完成情况报告（演示）"));
    }
}
