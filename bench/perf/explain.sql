-- EXPLAIN ANALYZE of the dashboard's queries as the app runs them (keep in step with
-- DashboardService). Run by bench.py with -v region="'<code>'"; each plan is headed by "-- <name>".
\pset format unaligned
\pset tuples_only on
\echo -- summary_cells
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.code, i.factor_code, t.milestone_code, t.status, count(*), sum(t.progress),
       count(*) FILTER (WHERE t.status <> 'completed' AND t.planned_end < (now() AT TIME ZONE 'Asia/Shanghai')::date),
       count(*) FILTER (WHERE t.status <> 'completed' AND t.last_verified_at < now() - interval '90 days'),
       max(t.actual_end)
  FROM task t
  JOIN region r ON r.id = t.region_id
  JOIN measure m ON m.code = t.measure_code
  JOIN plan_item i ON i.number = m.item_number
 GROUP BY r.code, i.factor_code, t.milestone_code, t.status;
\echo -- timeline_rows
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.id, r.code, i.factor_code, t.measure_code, t.milestone_code, t.title_zh, t.title_en, t.status,
       t.progress, t.baseline_start, t.baseline_end, t.planned_start, t.planned_end, t.actual_start,
       t.actual_end, t.status <> 'completed' AND t.last_verified_at < now() - interval '90 days', t.demo
  FROM task t
  JOIN region r ON r.id = t.region_id
  JOIN measure m ON m.code = t.measure_code
  JOIN plan_item i ON i.number = m.item_number
 WHERE r.code = :region
 ORDER BY r.code, t.planned_start, t.id LIMIT 500;
\echo -- timeline_count
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*) FROM task t JOIN region r ON r.id = t.region_id
  JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
 WHERE r.code = :region;
\echo -- tasks_list
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.id, r.code, t.title_zh, t.status, t.planned_end
  FROM task t JOIN region r ON r.id = t.region_id
  JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
 WHERE r.code IN (:region) AND t.status IN ('in_progress')
 ORDER BY t.planned_end ASC, t.id ASC LIMIT 50;
