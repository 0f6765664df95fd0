-- The two statements the app sends for GET /api/v1/tasks?region=…&status=…&size=50 (TaskReader.list: the
-- total from the tally, then the page), replayed by pgbench with no app in between: what PostgreSQL alone
-- can do of this read (50 rows scattered over the task table, three joins), the ceiling of the app's
-- task list. Run with -M prepared; needs :min_region/:max_region (region ids).
\set region random(:min_region, :max_region)
\set s random(1, 5)
SELECT CAST(coalesce(sum(c.tasks), 0) AS bigint)
  FROM (SELECT region_id, factor_code, milestone_code, status, tasks FROM task_tally UNION ALL
        SELECT region_id, factor_code, milestone_code, status, tasks FROM task_tally_delta) c
 WHERE c.region_id = (SELECT rr.id FROM region rr WHERE rr.id = :region)
   AND c.status = (ARRAY['in_progress', 'completed', 'delayed', 'not_started', 'suspended'])[:s];
SELECT t.id, r.code, r.name_zh, r.name_en, t.measure_code, i.factor_code, t.milestone_code, t.title_zh,
       t.title_en, t.description_zh, t.description_en, t.responsible_unit, t.baseline_start, t.baseline_end,
       t.planned_start, t.planned_end, t.actual_start, t.actual_end, t.status, t.progress,
       t.last_verified_at, t.implementation_doc_number, t.implementation_doc_url, t.demo, t.version,
       t.created_at, t.updated_at, t.internal_note, t.external_key
  FROM task t JOIN region r ON r.id = t.region_id JOIN measure m ON m.code = t.measure_code
  JOIN plan_item i ON i.number = m.item_number
 WHERE t.region_id = (SELECT rr.id FROM region rr WHERE rr.id = :region)
   AND t.status = (ARRAY['in_progress', 'completed', 'delayed', 'not_started', 'suspended'])[:s]
 ORDER BY t.planned_end ASC, t.id ASC LIMIT 50 OFFSET 0;
