#!/usr/bin/env python3
"""Derives the app's shipped dataset (src/main/resources/dataset/*.json) from the reference
extraction in ../shared/plan. Run it again when that extraction changes, raise "version" in the
output if the plan text changed, and run the tests: DatasetSeedTest checks the text against the seeds.

usage: python3 src/build/derive-dataset.py [path/to/shared/plan]
"""
import json
import os
import re
import sys
from datetime import date, timedelta

# Version 1: chapters 一-三 with text, 四-九 by title only. Version 2: the whole plan, 10 chapters,
# 32 items, 122 measures (the codes of items 1-12 unchanged); regions with their local documents.
PLAN_VERSION = 2
REGIONS_VERSION = 2

here = os.path.dirname(os.path.abspath(__file__))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "..", "shared", "plan")
out = os.path.join(here, "..", "main", "resources", "dataset")
plan = json.load(open(os.path.join(src, "plan.json"), encoding="utf-8"))
regions = json.load(open(os.path.join(src, "regions.json"), encoding="utf-8"))


def note(*parts):
    text = " ".join(p for p in parts if p)
    return text or None


def corroboration(item):
    c = item.get("corroborated_by") or []
    if not c:
        return None
    return "Corroborated by: " + "; ".join(f"{x['source']} ({x['level']})" for x in c) + "."


doc = plan["document"]
SOURCES = {s["id"]: s for s in doc["sources"]}


def publisher(source_id):
    # Web sources name no publisher: each counts as its own. The seeds and the mirrors name theirs, so
    # seed-000 and sina-mirror-a/b/c are all one publisher (新浪财经).
    s = SOURCES[source_id]
    return s.get("publisher") or s["id"]


WHOLE = re.compile(r"^verbatim(, with its numeral| \(Traditional script\))?$")


def provenance(item):
    """Where an item's text comes from, and whether a publisher other than the one it rests on prints it
    word for word ("verbatim"), quotes only parts of it ("fragments"), or nobody else does ("none").
    English summaries ("substance") confirm nothing about the Chinese wording."""
    seed_ids = {s["file"]: s["id"] for s in doc["sources"] if s["kind"] == "seed"}
    primary_ids = [seed_ids[f] for f in item.get("seed_files", [])] + item.get("found_in", [])
    primaries = {publisher(i) for i in primary_ids}
    corroborated = item.get("corroborated_by", [])
    others = [c for c in corroborated if publisher(c["source"]) not in primaries]
    if len(primaries) > 1 or any(WHOLE.match(c["level"]) for c in others):
        second = "verbatim"
    elif any("verbatim" in c["level"] or "quoted" in c["level"] for c in others):
        second = "fragments"
    else:
        second = "none"
    return {"seedFiles": item.get("seed_files", []), "foundIn": item.get("found_in", []),
            "corroboratedBy": [{"source": c["source"], "level": c["level"]} for c in corroborated],
            "secondPublisher": second}

document = {
    "titleZh": doc["title_zh"], "titleEn": doc["title_en"],
    "issuerZh": doc["issuer_zh"], "issuerEn": doc["issuer_en"],
    "docNumber": doc["doc_number"], "issuedOn": doc["issued"], "publishedOn": doc["published"],
    "periodStart": doc["period"]["start"], "periodEnd": doc["period"]["end"],
    "preambleZh": doc["preamble_zh"], "noticeZh": doc["notice"]["text_zh"],
    "sources": [{k: s.get(k) for k in ("id", "kind", "title", "publisher", "url", "date", "covers")}
                for s in doc["sources"]],
}

factors, items = [], []
for ch in plan["chapters"]:
    factors.append({
        "code": ch["factor"], "number": ch["number"], "numeralZh": ch["numeral_zh"],
        "titleZh": ch["title_zh"], "titleEn": ch["title_en"], "source": ch["source"],
        "sourceNote": note(ch.get("title_basis"), ch.get("items_note"), ch.get("note"), ch.get("factor_note")),
    })
    for it in ch.get("items", []):
        items.append({
            "number": it["number"], "numeralZh": it["numeral_zh"], "factor": ch["factor"],
            "titleZh": it["title_zh"], "titleEn": it["title_en"], "source": it["source"],
            "sourceNote": note(corroboration(it), it.get("numbering_note"), it.get("completeness_note")),
            "provenance": provenance(it),
            "measures": [{"seq": m["seq"], "kind": m["kind"], "textZh": m["text_zh"], "summaryEn": m["summary_en"]}
                         for m in it["measures"]],
        })

# Each goal is one target sentence of item 四 (工作目标), in order.
goal_item = next(i for i in items if i["number"] == 4)
milestones = []
for g in plan["goals"]:
    seq = next(m["seq"] for m in goal_item["measures"] if m["textZh"] == g["text_zh"])
    observed = g.get("observed") or {}
    milestones.append({
        "code": g["code"], "dueOn": g["due"], "titleZh": g["title_zh"], "titleEn": g["title_en"],
        "textZh": g["text_zh"], "measure": f"4.{seq}", "observedStatus": observed.get("status"),
        "observedNote": observed.get("note"), "source": g["source"],
    })

TYPES = {"城市群": "city_cluster", "都市圈": "metropolitan_area", "中心城市": "central_city", "城市副中心": "sub_centre"}
CODES = {
    "北京城市副中心": "beijing-sub-centre", "苏南重点城市": "sunan", "杭甬温": "hangzhou-ningbo-wenzhou",
    "合肥都市圈": "hefei-metro", "福厦泉": "fuzhou-xiamen-quanzhou", "郑州市": "zhengzhou",
    "长株潭": "changsha-zhuzhou-xiangtan", "粤港澳大湾区内地九市": "gba-mainland-nine",
    "重庆市": "chongqing", "成都市": "chengdu",
}


def term_end(approved):
    # 自即日起2年内: two years from the approval date, the last day being the day before.
    d = date.fromisoformat(approved)
    return (d.replace(year=d.year + 2) - timedelta(days=1)).isoformat()


def linked(entry):
    # A draft or an interpretation of a local document: its date, note and one source link.
    if not entry:
        return None
    return {"date": entry["date"], "issuerZh": entry.get("issuer_zh"), "note": entry.get("note"),
            "sourceUrl": entry["source"]["url"]}


def local_document(d):
    # A province's or city's own implementation document for its pilot, as found (dates, counts and
    # conflicts between sources are kept as the extraction records them, not resolved).
    period = d.get("period") or {}
    return {
        "docNumber": d["doc"], "titleZh": d["title_zh"], "issuerZh": d["issuer_zh"], "issuedOn": d.get("date"),
        "dateNote": d.get("date_basis"), "periodStart": period.get("start"), "periodEnd": period.get("end"),
        "measuresReported": d.get("measures_reported"), "measuresNote": d.get("measures_basis"),
        "conflict": d.get("conflict"),
        "milestones": [{"dueOn": m["due"], "textZh": m["text_zh"], "summaryEn": m.get("summary_en")}
                       for m in d.get("milestones", [])],
        "note": d.get("text_note"), "draft": linked(d.get("draft")), "interpretation": linked(d.get("interpretation")),
        "sources": [{"url": s["url"], "what": s["what"]} for s in d["source"]],
    }


def reported_task(t):
    return {"textZh": t["text_zh"], "saidBy": t["said_by"], "sharedWith": t.get("shared_with", []),
            "sourceUrl": t["source"]["url"], "sourceWhat": t["source"]["what"], "checked": t.get("checked"),
            "note": t.get("note")}


out_regions = []
for r in regions:
    out_regions.append({
        "code": CODES[r["name_zh"]], "nameZh": r["name_zh"], "nameEn": r["name_en"], "type": TYPES[r["type"]],
        "provinces": r["provinces"], "cities": r.get("cities", []),
        "approval": {"docNumber": r["approval"]["doc"], "title": r["approval"]["title_zh"],
                     "approvedOn": r["approved"], "termEnd": term_end(r["approved"])},
        "notes": note(
            r.get("notes"),
            f"Member cities: {r['cities_basis']}." if r.get("cities_basis") else "Member cities not verified.",
            f"Type: {r['type_basis']}.",
            f"Approval date: {r['approved_basis']}.",
            f"Term: {r['approval']['term']}."),
        "sourceUrls": [s["url"] for s in r["source"]],
        "localDocuments": [local_document(d) for d in r.get("local_documents", [])],
        "reportedTasks": [reported_task(t) for t in r.get("reported_tasks", [])],
    })

os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "plan.json"), "w", encoding="utf-8") as f:
    json.dump({"version": PLAN_VERSION, "document": document, "factors": factors, "items": items,
               "milestones": milestones}, f, ensure_ascii=False, indent=1)
    f.write("\n")
with open(os.path.join(out, "regions.json"), "w", encoding="utf-8") as f:
    json.dump({"version": REGIONS_VERSION, "regions": out_regions}, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(f"{len(factors)} factors, {len(items)} items, {sum(len(i['measures']) for i in items)} measures, "
      f"{len(milestones)} milestones, {len(out_regions)} regions")
