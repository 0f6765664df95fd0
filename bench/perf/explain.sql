-- EXPLAIN ANALYZE of the dashboard's and the task list's queries as the app runs them now (keep in step
-- with TaskTally, DashboardService and TaskReader). Run by bench.py with -v region="'<code>'"; each
-- plan is headed by "-- <name>". JIT off, as the app's connections have it (application.properties).
\pset format unaligned
\pset tuples_only on
SET jit = off;
\echo -- summary_counts
EXPLAIN (ANALYZE, BUFFERS)
SELECT x.region_id, x.factor_code, x.milestone_code, x.status, CAST(sum(x.tasks) AS bigint),
       CAST(sum(x.progress_sum) AS bigint), CAST(sum(x.overdue) AS bigint), CAST(sum(x.stale) AS bigint)
  FROM (SELECT region_id, factor_code, milestone_code, status, tasks, progress_sum, overdue, stale
          FROM task_tally
        UNION ALL
        SELECT region_id, factor_code, milestone_code, status, tasks, progress_sum, overdue, stale
          FROM task_tally_delta
        UNION ALL
        SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0,
               CASE WHEN t.planned_end < (now() AT TIME ZONE 'Asia/Shanghai')::date THEN 1 ELSE -1 END, 0
          FROM task_tally_clock c
          JOIN task t ON t.status <> 'completed'
                     AND t.planned_end >= least(c.due_before, (now() AT TIME ZONE 'Asia/Shanghai')::date)
                     AND t.planned_end < greatest(c.due_before, (now() AT TIME ZONE 'Asia/Shanghai')::date)
          JOIN measure m ON m.code = t.measure_code
          JOIN plan_item i ON i.number = m.item_number
        UNION ALL
        SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0, 0,
               CASE WHEN t.last_verified_at < now() - interval '90 days' THEN 1 ELSE -1 END
          FROM task_tally_clock c
          JOIN task t ON t.status <> 'completed'
                     AND t.last_verified_at >= least(c.verified_before, now() - interval '90 days')
                     AND t.last_verified_at < greatest(c.verified_before, now() - interval '90 days')
          JOIN measure m ON m.code = t.measure_code
          JOIN plan_item i ON i.number = m.item_number) x
 GROUP BY GROUPING SETS ((x.region_id, x.factor_code, x.status), (x.milestone_code, x.status))
HAVING sum(x.tasks) <> 0;
\echo -- summary_latest_updates
EXPLAIN (ANALYZE, BUFFERS)
SELECT u.id, u.task_id, t.title_zh, t.title_en, r.code, r.name_zh, r.name_en, u.status,
       u.previous_status, u.progress, u.comment, u.author, u.recorded_at, u.demo
  FROM status_update u
  JOIN task t ON t.id = u.task_id
  JOIN region r ON r.id = t.region_id
 WHERE u.recorded_at <= now()
 ORDER BY u.recorded_at DESC, u.id DESC
 LIMIT 10;
\echo -- timeline_rows
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.id, r.code, i.factor_code, t.measure_code, t.milestone_code, t.title_zh, t.title_en, t.status,
       t.progress, t.baseline_start, t.baseline_end, t.planned_start, t.planned_end, t.actual_start,
       t.actual_end, t.status <> 'completed' AND t.last_verified_at < now() - interval '90 days', t.demo
  FROM task t
  JOIN region r ON r.id = t.region_id
  JOIN measure m ON m.code = t.measure_code
  JOIN plan_item i ON i.number = m.item_number
 WHERE 1 = 1 AND t.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region)
 ORDER BY t.planned_start, t.id LIMIT 500;
\echo -- timeline_count
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*)
  FROM (SELECT t.id, t.region_id, t.status, t.planned_start FROM task t) t
 WHERE 1 = 1 AND t.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region);
\echo -- tasks_list_rows
EXPLAIN (ANALYZE, BUFFERS)
SELECT t.id, r.code, r.name_zh, r.name_en, t.measure_code, i.factor_code, t.milestone_code, t.title_zh,
       t.title_en, t.description_zh, t.description_en, t.responsible_unit, t.baseline_start, t.baseline_end,
       t.planned_start, t.planned_end, t.actual_start, t.actual_end, t.status, t.progress,
       t.last_verified_at, t.implementation_doc_number, t.implementation_doc_url, t.demo, t.version,
       t.created_at, t.updated_at, t.internal_note, t.external_key
  FROM task t
  JOIN region r ON r.id = t.region_id
  JOIN measure m ON m.code = t.measure_code
  JOIN plan_item i ON i.number = m.item_number
 WHERE 1 = 1 AND t.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region) AND t.status = 'in_progress'
 ORDER BY t.planned_end ASC, t.id ASC LIMIT 50 OFFSET 0;
\echo -- tasks_list_count
-- The list's total for region/factor/milestone/status filters: summed from the tally and its deltas (TaskReader.TALLY_COUNT).
EXPLAIN (ANALYZE, BUFFERS)
SELECT CAST(coalesce(sum(c.tasks), 0) AS bigint)
  FROM (SELECT region_id, factor_code, milestone_code, status, tasks FROM task_tally UNION ALL
        SELECT region_id, factor_code, milestone_code, status, tasks FROM task_tally_delta) c
 WHERE 1 = 1 AND c.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region) AND c.status = 'in_progress';
\echo -- tasks_list_count_by_index
-- The same total counted from the tasks (what a filter the tally has no column for still does).
EXPLAIN (ANALYZE, BUFFERS)
SELECT count(*)
  FROM (SELECT t.id, t.region_id, t.status, t.planned_end FROM task t) t
 WHERE 1 = 1 AND t.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region) AND t.status = 'in_progress';
