-- The statements the app sends for POST /api/v1/tasks/{id}/updates (TokenAuthenticator, then
-- TaskService.postUpdate), replayed by pgbench with no app in between: what PostgreSQL alone can do of
-- this write on this schema (9 task indexes, the tally trigger, a history row and an audit row), the
-- ceiling of the app's status updates. Run with -M prepared; needs :token_hash (a token's hash, bound as a parameter) and :min_id/:max_id.
\set id random(:min_id, :max_id)
\set p random(1, 99)
BEGIN;
SELECT t.id, t.account_id, a.username, a.role, a.disabled, t.kind, t.read_only, t.expires_at, t.revoked_at, t.last_used_at, r.id, r.code
  FROM access_token t JOIN account a ON a.id = t.account_id LEFT JOIN account_region ar ON ar.account_id = a.id
  LEFT JOIN region r ON r.id = ar.region_id WHERE t.token_hash = :token_hash;
COMMIT;
BEGIN;
SELECT * FROM task WHERE id = :id FOR UPDATE;
SELECT t.id, r.code, r.name_zh, r.name_en, t.measure_code, i.factor_code, t.milestone_code, t.title_zh, t.title_en,
       t.description_zh, t.description_en, t.responsible_unit, t.baseline_start, t.baseline_end, t.planned_start,
       t.planned_end, t.actual_start, t.actual_end, t.status, t.progress, t.last_verified_at,
       t.implementation_doc_number, t.implementation_doc_url, t.demo, t.version, t.created_at, t.updated_at,
       t.internal_note, t.external_key
  FROM task t JOIN region r ON r.id = t.region_id JOIN measure m ON m.code = t.measure_code
  JOIN plan_item i ON i.number = m.item_number WHERE t.id = :id;
UPDATE task SET progress = :p, last_verified_at = now(), updated_at = now(), version = version + 1 WHERE id = :id;
INSERT INTO status_update (actual_end, actual_start, author, comment, demo, evidence, external_key, previous_progress,
       previous_status, progress, recorded_at, status, task_id, task_version)
SELECT actual_end, actual_start, 'bench', 'bench: 按计划推进', false, '[]', NULL, 0, status, progress, now(), status, id, version
  FROM task WHERE id = :id RETURNING id;
INSERT INTO audit_event (action, actor_id, actor_name, address, after, at, before, entity_id, entity_type)
SELECT 'task.status_update', 1, 'bench', '127.0.0.1', to_jsonb(s), now(), to_jsonb(t), t.id::text, 'task'
  FROM task t, status_update s WHERE t.id = :id AND s.task_id = t.id AND s.task_version = t.version RETURNING id;
SELECT id FROM webhook WHERE active AND 'status_update.posted' = ANY (events) LIMIT 1;
COMMIT;
