package org.pilotboard.plan;

/** Example JSON for the OpenAPI document. */
final class Examples {

    private Examples() {}

    static final String PLAN = """
            {"titleZh": "要素市场化配置综合改革试点总体方案",
             "titleEn": "Overall Plan for Comprehensive Reform Pilots on the Market-based Allocation of Factors of Production",
             "issuerZh": "国务院办公厅", "issuerEn": "General Office of the State Council", "docNumber": "国办发〔2021〕51号",
             "issuedOn": "2021-12-21", "publishedOn": "2022-01-06", "periodStart": 2021, "periodEnd": 2025,
             "datasetVersion": 1,
             "coverage": {"factors": 9, "factorsWithItems": 3, "items": 12, "measures": 47, "trackableMeasures": 39}}""";

    static final String MILESTONES = """
            [{"code": "2022H1", "dueOn": "2022-06-30", "titleZh": "完成试点地区布局、实施方案编制报批",
              "titleEn": "Pilot layout set and implementation plans drafted and approved",
              "textZh": "2022年上半年，完成试点地区布局、实施方案编制报批工作。", "measureCode": "4.2",
              "observedStatus": "late", "source": "seed"}]""";

    static final String FACTORS = """
            [{"code": "land", "number": 2, "numeralZh": "二", "titleZh": "进一步提高土地要素配置效率",
              "titleEn": "Further Improving the Efficiency of Land Allocation", "source": "seed",
              "items": [{"number": 5, "numeralZh": "五", "factorCode": "land", "titleZh": "支持探索土地管理制度改革",
                         "titleEn": "Supporting Exploration of Land Management System Reform", "source": "seed", "measureCount": 4}]}]""";

    static final String MEASURES = """
            [{"code": "5.2", "itemNumber": 5, "factorCode": "land", "seq": 2, "kind": "action", "trackable": true,
              "textZh": "允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。",
              "summaryEn": "Allow eligible areas to explore a mechanism for trans-provincial use of surplus quotas.",
              "source": "seed"}]""";
}
