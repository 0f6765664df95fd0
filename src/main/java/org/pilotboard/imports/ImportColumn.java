package org.pilotboard.imports;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of an import file. A heading may be the English key ({@code regionCode}), the
 * Chinese label ({@code 地区代码}) or both ({@code 地区代码 regionCode}, as in the template), in any
 * order of columns; absent columns are empty.
 */
enum ImportColumn {
    KIND("kind", "类型", Rows.BOTH, "task", "task（任务）或 update（进展）；也可写“任务”“进展”", "task or update (also 任务 / 进展)"),
    REGION_CODE(
            "regionCode",
            "地区代码",
            Rows.BOTH,
            "hefei-metro",
            "试点地区代码，见 /api/v1/regions",
            "pilot region code, see /api/v1/regions"),
    EXTERNAL_KEY(
            "externalKey",
            "任务编号",
            Rows.BOTH,
            "HF-LAND-01",
            "本地区内唯一、固定不变的任务编号：再次导入时据此找到同一任务，不会重复创建；进展行用它（连同地区代码）指明任务",
            "the task's stable key, unique in its region: a re-import finds the same task instead of creating another; "
                    + "update rows name their task by it (with regionCode)"),
    TASK_ID(
            "taskId",
            "任务ID",
            Rows.UPDATE,
            "",
            "仅进展行：已有任务的 ID（可代替地区代码＋任务编号）",
            "update rows only: an existing task's id (instead of regionCode + externalKey)"),
    MEASURE_CODE(
            "measureCode",
            "措施编号",
            Rows.TASK,
            "5.2",
            "所落实的总体方案措施编号（行动或目标类），见 /api/v1/measures",
            "the plan measure carried out (an action or target), see /api/v1/measures"),
    MILESTONE_CODE(
            "milestoneCode",
            "里程碑",
            Rows.TASK,
            "2025",
            "服务的国家里程碑：2021、2022H1、2023、2025",
            "the national milestone served: 2021, 2022H1, 2023, 2025"),
    TITLE_ZH("titleZh", "任务名称", Rows.TASK, "探索建设用地增减挂钩节余指标跨省域调剂", "必填", "required"),
    TITLE_EN("titleEn", "英文名称", Rows.TASK, "", "可选", "optional"),
    RESPONSIBLE_UNIT("responsibleUnit", "责任单位", Rows.TASK, "合肥市自然资源和规划局", "必填", "required"),
    PLANNED_START(
            "plannedStart",
            "计划开始",
            Rows.TASK,
            "2025-10-01",
            "必填，日期 YYYY-MM-DD（Excel 日期单元格亦可）",
            "required, a date YYYY-MM-DD (or an Excel date cell)"),
    PLANNED_END("plannedEnd", "计划完成", Rows.TASK, "2026-12-31", "必填，不早于计划开始", "required, not before plannedStart"),
    REVISION_REASON(
            "revisionReason",
            "调整原因",
            Rows.TASK,
            "",
            "已有任务的计划日期改变时必填（基线日期不变）；日期不变时不读取",
            "needed when the row changes an existing task's planned dates (the baseline stays); not read otherwise"),
    IMPLEMENTATION_DOC_NUMBER("implementationDocNumber", "实施方案文号", Rows.TASK, "皖政办〔2025〕12号", "可选", "optional"),
    IMPLEMENTATION_DOC_URL(
            "implementationDocUrl", "实施方案链接", Rows.TASK, "", "可选，http(s) 链接", "optional, an http(s) link"),
    DESCRIPTION_ZH("descriptionZh", "任务说明", Rows.TASK, "", "可选", "optional"),
    DESCRIPTION_EN("descriptionEn", "英文说明", Rows.TASK, "", "可选", "optional"),
    INTERNAL_NOTE("internalNote", "内部备注", Rows.TASK, "", "可选，仅登录用户可见", "optional, seen by signed-in users only"),
    UPDATE_KEY(
            "updateKey",
            "进展编号",
            Rows.UPDATE,
            "2026-Q2",
            "进展行必填：该任务内唯一、固定不变的编号，再次导入时不会重复记录",
            "required on update rows: the update's stable key, unique per task, so that a re-import does not record it twice"),
    STATUS(
            "status",
            "状态",
            Rows.UPDATE,
            "in_progress",
            "进展行必填：not_started 未启动、in_progress 推进中、completed 已完成、delayed 滞后、suspended 暂停",
            "required on update rows: not_started, in_progress, completed, delayed, suspended (or the Chinese words)"),
    PROGRESS(
            "progress",
            "进度",
            Rows.UPDATE,
            "40",
            "0–100 的整数（可带 %）；空则沿用当前进度；已完成为 100",
            "a whole number 0–100 (a % sign is fine); empty keeps the current progress; completed is 100"),
    COMMENT("comment", "进展说明", Rows.UPDATE, "首批跨省调剂指标已完成交易", "延期、暂停时必填", "required for delayed and suspended"),
    EVIDENCE_URL(
            "evidenceUrl",
            "佐证链接",
            Rows.UPDATE,
            "https://www.gov.cn/",
            "http(s) 链接，多个用换行或分号分隔；已完成须有佐证链接或文号",
            "http(s) links, several separated by new lines or semicolons; completing needs a link or a document number"),
    EVIDENCE_DOC_NUMBER(
            "evidenceDocNumber",
            "佐证文号",
            Rows.UPDATE,
            "",
            "文件文号，多个用换行或分号分隔",
            "document numbers, several separated by new lines or semicolons"),
    ACTUAL_START("actualStart", "实际开始", Rows.UPDATE, "", "可选，不晚于今天", "optional, not after today"),
    ACTUAL_END("actualEnd", "实际完成", Rows.UPDATE, "", "仅已完成：可选，不晚于今天", "completed only: optional, not after today");

    /** Which rows a column belongs to; a filled cell in a column of the other kind is an error. */
    enum Rows {
        TASK,
        UPDATE,
        BOTH
    }

    final String key;
    final String zh;
    final Rows rows;
    final String example;
    final String helpZh;
    final String helpEn;

    ImportColumn(String key, String zh, Rows rows, String example, String helpZh, String helpEn) {
        this.key = key;
        this.zh = zh;
        this.rows = rows;
        this.example = example;
        this.helpZh = helpZh;
        this.helpEn = helpEn;
    }

    /** The heading the template uses: the Chinese label and the key. */
    String heading() {
        return zh + " " + key;
    }

    boolean forTasks() {
        return rows != Rows.UPDATE;
    }

    boolean forUpdates() {
        return rows != Rows.TASK;
    }

    private static final Map<String, ImportColumn> BY_HEADING = new HashMap<>();

    static {
        for (ImportColumn c : values()) {
            String key = c.key.toLowerCase(Locale.ROOT);
            for (String alias : new String[] {key, c.zh, c.zh + key, key + c.zh}) {
                BY_HEADING.put(normalise(alias), c);
            }
        }
    }

    /** The column a heading names, or null. */
    static ImportColumn byHeading(String heading) {
        return BY_HEADING.get(normalise(heading));
    }

    /** The column of a field of TaskWrite or StatusUpdateWrite, as named in a violation. */
    static ImportColumn byField(String field) {
        if (field.startsWith("evidence")) {
            return field.endsWith("documentNumber") ? EVIDENCE_DOC_NUMBER : EVIDENCE_URL;
        }
        for (ImportColumn c : values()) {
            if (c.key.equals(field)) {
                return c;
            }
        }
        return null;
    }

    /** Lower case, without blanks, brackets, asterisks and similar decoration. */
    static String normalise(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u3000*＊()（）\\[\\]【】/／:：_\\-]", "");
    }
}
