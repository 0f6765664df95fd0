-- The overdue and stale rule, written once. The task list, a task, the exports, the dashboard's counts
-- and the tally triggers (V6, recreated below) all ask these two functions, so the rule cannot drift
-- between them.
--
-- Each takes the boundary rather than "today" and a number of days: the tally holds its boundaries in
-- task_tally_clock, and the readers take theirs from the as-of day and the configured stale days
-- (TaskReader.today/staleBefore). Both are plain SQL expressions, so PostgreSQL inlines them into every
-- query: a filter on them still uses the partial indexes on open tasks (task_open_due_idx and
-- task_open_verified_idx, V6), as the expressions written out did.

-- Overdue: not completed, and its planned end lies before the day due_before (today, or the as-of day).
CREATE OR REPLACE FUNCTION task_overdue(task_status TEXT, planned_end DATE, due_before DATE) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT task_status <> 'completed' AND planned_end < due_before
$$;

-- Stale: not completed, and last verified before verified_before (the instant stale-days before now or
-- before the end of the as-of day).
CREATE OR REPLACE FUNCTION task_stale(task_status TEXT, last_verified_at TIMESTAMPTZ, verified_before TIMESTAMPTZ)
RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT task_status <> 'completed' AND last_verified_at < verified_before
$$;

-- The triggers' functions of V6, the same but for the rule, now asked of the functions above.
CREATE OR REPLACE FUNCTION task_tally_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO task_tally_delta
        SELECT n.region_id, i.factor_code, n.milestone_code, n.status, count(*), sum(n.progress),
               count(*) FILTER (WHERE task_overdue(n.status, n.planned_end, c.due_before)),
               count(*) FILTER (WHERE task_stale(n.status, n.last_verified_at, c.verified_before))
          FROM new_rows n JOIN measure m ON m.code = n.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO task_tally_delta
        SELECT o.region_id, i.factor_code, o.milestone_code, o.status, -count(*), -sum(o.progress),
               -count(*) FILTER (WHERE task_overdue(o.status, o.planned_end, c.due_before)),
               -count(*) FILTER (WHERE task_stale(o.status, o.last_verified_at, c.verified_before))
          FROM old_rows o JOIN measure m ON m.code = o.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4;
    ELSE
        INSERT INTO task_tally_delta
        SELECT d.region_id, i.factor_code, d.milestone_code, d.status, sum(d.n), sum(d.progress),
               coalesce(sum(d.n) FILTER (WHERE task_overdue(d.status, d.planned_end, c.due_before)), 0),
               coalesce(sum(d.n) FILTER (WHERE task_stale(d.status, d.last_verified_at, c.verified_before)), 0)
          FROM (SELECT n.region_id, n.measure_code, n.milestone_code, n.status, 1 AS n, n.progress, n.planned_end,
                       n.last_verified_at FROM new_rows n
                UNION ALL
                SELECT o.region_id, o.measure_code, o.milestone_code, o.status, -1, -o.progress, o.planned_end,
                       o.last_verified_at FROM old_rows o) d
          JOIN measure m ON m.code = d.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4
        HAVING sum(d.n) <> 0 OR sum(d.progress) <> 0
            OR coalesce(sum(d.n) FILTER (WHERE task_overdue(d.status, d.planned_end, c.due_before)), 0) <> 0
            OR coalesce(sum(d.n) FILTER (WHERE task_stale(d.status, d.last_verified_at, c.verified_before)), 0) <> 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION task_tally_refactor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE task IN SHARE MODE; -- no task write between the counts moved and the new factor
    INSERT INTO task_tally_delta
    SELECT t.region_id, f.factor_code, t.milestone_code, t.status, f.sign * count(*), f.sign * sum(t.progress),
           f.sign * count(*) FILTER (WHERE task_overdue(t.status, t.planned_end, c.due_before)),
           f.sign * count(*) FILTER (WHERE task_stale(t.status, t.last_verified_at, c.verified_before))
      FROM task t JOIN measure m ON m.code = t.measure_code AND m.item_number = NEW.number
     CROSS JOIN (VALUES (OLD.factor_code, -1), (NEW.factor_code, 1)) f (factor_code, sign)
     CROSS JOIN task_tally_clock c
     GROUP BY t.region_id, f.factor_code, f.sign, t.milestone_code, t.status;
    RETURN NULL;
END;
$$;

-- The tasks whose flag differs between two boundaries are the tasks flagged at the later one that lie at
-- or after the earlier one: an indexed range. Flagged at the new boundary, they count +1, else -1.
CREATE OR REPLACE FUNCTION task_tally_advance(new_due_before DATE, new_verified_before TIMESTAMPTZ) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    c task_tally_clock;
    moved integer;
    more integer;
BEGIN
    LOCK TABLE task IN SHARE MODE;
    SELECT * INTO c FROM task_tally_clock WHERE id = 1 FOR UPDATE;
    INSERT INTO task_tally_delta
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0,
           sum(CASE WHEN task_overdue(t.status, t.planned_end, new_due_before) THEN 1 ELSE -1 END), 0
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     WHERE task_overdue(t.status, t.planned_end, greatest(c.due_before, new_due_before))
       AND t.planned_end >= least(c.due_before, new_due_before)
     GROUP BY 1, 2, 3, 4;
    GET DIAGNOSTICS moved = ROW_COUNT;
    INSERT INTO task_tally_delta
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0, 0,
           sum(CASE WHEN task_stale(t.status, t.last_verified_at, new_verified_before) THEN 1 ELSE -1 END)
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     WHERE task_stale(t.status, t.last_verified_at, greatest(c.verified_before, new_verified_before))
       AND t.last_verified_at >= least(c.verified_before, new_verified_before)
     GROUP BY 1, 2, 3, 4;
    GET DIAGNOSTICS more = ROW_COUNT;
    UPDATE task_tally_clock SET due_before = new_due_before, verified_before = new_verified_before WHERE id = 1;
    RETURN moved + more;
END;
$$;

CREATE OR REPLACE FUNCTION task_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE task IN SHARE MODE;
    DELETE FROM task_tally_delta;
    DELETE FROM task_tally;
    INSERT INTO task_tally
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, count(*), sum(t.progress),
           count(*) FILTER (WHERE task_overdue(t.status, t.planned_end, c.due_before)),
           count(*) FILTER (WHERE task_stale(t.status, t.last_verified_at, c.verified_before))
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     CROSS JOIN task_tally_clock c
     GROUP BY 1, 2, 3, 4;
END;
$$;

-- The rule itself is unchanged, so the tally counted under V6 stays right as it stands: no recount (which
-- would hold every task write for a pass over all the tasks).
