package org.pilotboard.task;

/** Example JSON for the OpenAPI document. */
final class TaskExamples {

    private TaskExamples() {}

    static final String WRITE = """
            {"regionCode": "hefei-metro", "measureCode": "5.2", "milestoneCode": "2025",
             "titleZh": "探索建设用地增减挂钩节余指标跨省域调剂", "titleEn": "Trans-provincial use of surplus land quotas",
             "responsibleUnit": "合肥市自然资源和规划局", "plannedStart": "2025-10-01", "plannedEnd": "2026-12-31",
             "implementationDocNumber": "皖政办〔2025〕12号"}""";

    static final String PATCH = """
            {"plannedEnd": "2027-03-31", "revisionReason": "等待跨省调剂政策细则出台"}""";

    static final String TASK = """
            {"id": 42, "regionCode": "hefei-metro", "regionNameZh": "合肥都市圈", "regionNameEn": "Hefei Metropolitan Area",
             "measureCode": "5.2", "factorCode": "land", "milestoneCode": "2025",
             "titleZh": "探索建设用地增减挂钩节余指标跨省域调剂", "titleEn": "Trans-provincial use of surplus land quotas",
             "responsibleUnit": "合肥市自然资源和规划局",
             "baselineStart": "2025-10-01", "baselineEnd": "2026-12-31", "plannedStart": "2025-10-01", "plannedEnd": "2027-03-31",
             "actualStart": "2025-10-15", "slipDays": 90, "status": "in_progress", "progress": 40, "overdue": false,
             "lastVerifiedAt": "2026-10-20T02:00:00Z", "stale": false, "implementationDocNumber": "皖政办〔2025〕12号",
             "demo": false, "version": 3, "createdAt": "2025-09-20T02:00:00Z", "updatedAt": "2026-10-20T02:00:00Z"}""";

    static final String PAGE =
            "{\"items\": [" + TASK + "], \"page\": 0, \"size\": 20, \"totalItems\": 1, \"totalPages\": 1}";

    static final String UPDATE_WRITE = """
            {"status": "completed", "comment": "首批跨省调剂指标完成交易",
             "evidence": [{"url": "https://example.gov.cn/notice/123", "documentNumber": "皖自然资〔2026〕8号", "label": "交易公告"}]}""";

    static final String UPDATE = """
            {"id": 7, "taskId": 42, "taskVersion": 4, "status": "completed", "progress": 100,
             "previousStatus": "in_progress", "previousProgress": 40, "confirmation": false,
             "comment": "首批跨省调剂指标完成交易",
             "evidence": [{"url": "https://example.gov.cn/notice/123", "documentNumber": "皖自然资〔2026〕8号", "label": "交易公告"}],
             "author": "合肥市发展改革委", "recordedAt": "2026-11-20T03:00:00Z", "demo": false}""";
}
