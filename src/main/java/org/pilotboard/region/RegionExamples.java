package org.pilotboard.region;

/** Example JSON for the OpenAPI document. */
final class RegionExamples {

    private RegionExamples() {}

    static final String WRITE = """
            {"code": "hefei-metro", "nameZh": "合肥都市圈", "nameEn": "Hefei Metropolitan Area",
             "type": "metropolitan_area", "provinces": ["安徽省"], "cities": [],
             "approval": {"docNumber": "国函〔2025〕86号", "title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复",
                          "approvedOn": "2025-09-11", "termEnd": "2027-09-10"},
             "notes": "The pilot's boundary was not verified.",
             "sourceUrls": ["https://www.zzwb.cn/news/364536"]}""";

    static final String REGION = """
            {"code": "hefei-metro", "nameZh": "合肥都市圈", "nameEn": "Hefei Metropolitan Area",
             "type": "metropolitan_area", "provinces": ["安徽省"], "cities": [],
             "approval": {"docNumber": "国函〔2025〕86号", "title": "国务院关于全国部分地区要素市场化配置综合改革试点实施方案的批复",
                          "approvedOn": "2025-09-11", "termEnd": "2027-09-10"},
             "notes": "The pilot's boundary was not verified.",
             "sourceUrls": ["https://www.zzwb.cn/news/364536"], "demo": false, "version": 0}""";
}
