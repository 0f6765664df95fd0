-- Dashboard aggregates maintained with the writes, and indexes for the task list at national scale.
--
-- task_tally holds, per (region, factor, milestone, status), the number of tasks, the sum of their
-- progress, and how many of them were overdue / stale as of the day and instant in task_tally_clock.
-- Triggers on task append the change of every statement to task_tally_delta (appends only, so that
-- concurrent writers never wait on each other) in the same transaction as the write;
-- task_tally_compact() folds the deltas into task_tally. A reader sums task_tally and
-- task_tally_delta in one statement, and adds the few tasks that became overdue or stale between the
-- clock's boundaries and its own "today" (an indexed range, see DashboardService).

CREATE TABLE task_tally (
    region_id      BIGINT NOT NULL,
    factor_code    TEXT   NOT NULL,
    milestone_code TEXT   NOT NULL,
    status         TEXT   NOT NULL,
    tasks          BIGINT NOT NULL,
    progress_sum   BIGINT NOT NULL,
    overdue        BIGINT NOT NULL,
    stale          BIGINT NOT NULL,
    PRIMARY KEY (region_id, factor_code, milestone_code, status)
);

CREATE TABLE task_tally_delta (
    region_id      BIGINT NOT NULL,
    factor_code    TEXT   NOT NULL,
    milestone_code TEXT   NOT NULL,
    status         TEXT   NOT NULL,
    tasks          BIGINT NOT NULL,
    progress_sum   BIGINT NOT NULL,
    overdue        BIGINT NOT NULL,
    stale          BIGINT NOT NULL
);

-- The boundaries the overdue and stale counts in the tally are taken at: an open task counts as
-- overdue when planned_end < due_before, as stale when last_verified_at < verified_before.
-- Moved forward by task_tally_advance() with the table task locked against writes.
CREATE TABLE task_tally_clock (
    id              INTEGER     PRIMARY KEY CHECK (id = 1),
    due_before      DATE        NOT NULL,
    verified_before TIMESTAMPTZ NOT NULL
);
INSERT INTO task_tally_clock VALUES (1, (now() AT TIME ZONE 'Asia/Shanghai')::date, now() - interval '90 days');

-- The rows of a set of tasks as tally cells (factor through the measure's item; flags at the clock).
CREATE FUNCTION task_tally_track() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO task_tally_delta
        SELECT n.region_id, i.factor_code, n.milestone_code, n.status, count(*), sum(n.progress),
               count(*) FILTER (WHERE n.status <> 'completed' AND n.planned_end < c.due_before),
               count(*) FILTER (WHERE n.status <> 'completed' AND n.last_verified_at < c.verified_before)
          FROM new_rows n JOIN measure m ON m.code = n.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO task_tally_delta
        SELECT o.region_id, i.factor_code, o.milestone_code, o.status, -count(*), -sum(o.progress),
               -count(*) FILTER (WHERE o.status <> 'completed' AND o.planned_end < c.due_before),
               -count(*) FILTER (WHERE o.status <> 'completed' AND o.last_verified_at < c.verified_before)
          FROM old_rows o JOIN measure m ON m.code = o.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4;
    ELSE
        INSERT INTO task_tally_delta
        SELECT d.region_id, i.factor_code, d.milestone_code, d.status, sum(d.n), sum(d.progress),
               coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.planned_end < c.due_before), 0),
               coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.last_verified_at < c.verified_before), 0)
          FROM (SELECT n.region_id, n.measure_code, n.milestone_code, n.status, 1 AS n, n.progress, n.planned_end,
                       n.last_verified_at FROM new_rows n
                UNION ALL
                SELECT o.region_id, o.measure_code, o.milestone_code, o.status, -1, -o.progress, o.planned_end,
                       o.last_verified_at FROM old_rows o) d
          JOIN measure m ON m.code = d.measure_code JOIN plan_item i ON i.number = m.item_number
         CROSS JOIN task_tally_clock c
         GROUP BY 1, 2, 3, 4
        HAVING sum(d.n) <> 0 OR sum(d.progress) <> 0
            OR coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.planned_end < c.due_before), 0) <> 0
            OR coalesce(sum(d.n) FILTER (WHERE d.status <> 'completed' AND d.last_verified_at < c.verified_before), 0) <> 0;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER task_tally_insert AFTER INSERT ON task REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION task_tally_track();
CREATE TRIGGER task_tally_update AFTER UPDATE ON task REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION task_tally_track();
CREATE TRIGGER task_tally_delete AFTER DELETE ON task REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION task_tally_track();

-- An item moved to another factor (a catalogue correction) takes its tasks' counts with it.
CREATE FUNCTION task_tally_refactor() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE task IN SHARE MODE; -- no task write between the counts moved and the new factor
    INSERT INTO task_tally_delta
    SELECT t.region_id, f.factor_code, t.milestone_code, t.status, f.sign * count(*), f.sign * sum(t.progress),
           f.sign * count(*) FILTER (WHERE t.status <> 'completed' AND t.planned_end < c.due_before),
           f.sign * count(*) FILTER (WHERE t.status <> 'completed' AND t.last_verified_at < c.verified_before)
      FROM task t JOIN measure m ON m.code = t.measure_code AND m.item_number = NEW.number
     CROSS JOIN (VALUES (OLD.factor_code, -1), (NEW.factor_code, 1)) f (factor_code, sign)
     CROSS JOIN task_tally_clock c
     GROUP BY t.region_id, f.factor_code, f.sign, t.milestone_code, t.status;
    RETURN NULL;
END;
$$;
CREATE TRIGGER task_tally_refactor AFTER UPDATE OF factor_code ON plan_item
    FOR EACH ROW WHEN (OLD.factor_code IS DISTINCT FROM NEW.factor_code) EXECUTE FUNCTION task_tally_refactor();

-- Folds the deltas into the tally; one caller at a time (others answer 0 at once). Deltas of
-- transactions still running are not visible here and stay for the next call.
CREATE FUNCTION task_tally_compact() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    folded integer;
BEGIN
    IF NOT pg_try_advisory_xact_lock(720260001) THEN
        RETURN 0;
    END IF;
    WITH gone AS (DELETE FROM task_tally_delta RETURNING *)
    INSERT INTO task_tally AS t
    SELECT region_id, factor_code, milestone_code, status, sum(tasks), sum(progress_sum), sum(overdue), sum(stale)
      FROM gone GROUP BY region_id, factor_code, milestone_code, status
    ON CONFLICT (region_id, factor_code, milestone_code, status) DO UPDATE
       SET tasks = t.tasks + EXCLUDED.tasks, progress_sum = t.progress_sum + EXCLUDED.progress_sum,
           overdue = t.overdue + EXCLUDED.overdue, stale = t.stale + EXCLUDED.stale;
    GET DIAGNOSTICS folded = ROW_COUNT;
    IF folded > 0 THEN
        DELETE FROM task_tally WHERE tasks = 0 AND progress_sum = 0 AND overdue = 0 AND stale = 0;
    END IF;
    RETURN folded;
END;
$$;

-- Moves the clock to a new day and instant, counting the open tasks that crossed a boundary meanwhile
-- (either way, should a clock go back). Task writes wait meanwhile (a short, indexed range).
CREATE FUNCTION task_tally_advance(new_due_before DATE, new_verified_before TIMESTAMPTZ) RETURNS integer
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
           sum(CASE WHEN t.planned_end < new_due_before THEN 1 ELSE -1 END), 0
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     WHERE t.status <> 'completed'
       AND t.planned_end >= least(c.due_before, new_due_before) AND t.planned_end < greatest(c.due_before, new_due_before)
     GROUP BY 1, 2, 3, 4;
    GET DIAGNOSTICS moved = ROW_COUNT;
    INSERT INTO task_tally_delta
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0, 0,
           sum(CASE WHEN t.last_verified_at < new_verified_before THEN 1 ELSE -1 END)
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     WHERE t.status <> 'completed'
       AND t.last_verified_at >= least(c.verified_before, new_verified_before)
       AND t.last_verified_at < greatest(c.verified_before, new_verified_before)
     GROUP BY 1, 2, 3, 4;
    GET DIAGNOSTICS more = ROW_COUNT;
    UPDATE task_tally_clock SET due_before = new_due_before, verified_before = new_verified_before WHERE id = 1;
    RETURN moved + more;
END;
$$;

-- Recounts everything from the tasks (after a bulk load with triggers off, or to check the tally).
CREATE FUNCTION task_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE task IN SHARE MODE;
    DELETE FROM task_tally_delta;
    DELETE FROM task_tally;
    INSERT INTO task_tally
    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, count(*), sum(t.progress),
           count(*) FILTER (WHERE t.status <> 'completed' AND t.planned_end < c.due_before),
           count(*) FILTER (WHERE t.status <> 'completed' AND t.last_verified_at < c.verified_before)
      FROM task t JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number
     CROSS JOIN task_tally_clock c
     GROUP BY 1, 2, 3, 4;
END;
$$;

SELECT task_tally_rebuild();

-- Open tasks by planned end and by last verification: the overdue and stale ranges above, and the
-- list's overdue/stale filters.
CREATE INDEX task_open_due_idx ON task (planned_end) WHERE status <> 'completed';
CREATE INDEX task_open_verified_idx ON task (last_verified_at) WHERE status <> 'completed';
-- The list by region and status in its default order (planned end, id): a page is read in order.
CREATE INDEX task_region_status_end_idx ON task (region_id, status, planned_end, id);
DROP INDEX task_region_status_idx;
-- The timeline of a region in its order (planned start, id).
CREATE INDEX task_region_start_idx ON task (region_id, planned_start, id);
-- The latest updates (dashboard, feed) newest first, without sorting all updates of the same instant.
CREATE INDEX status_update_recorded_id_idx ON status_update (recorded_at, id);
DROP INDEX status_update_recorded_idx;

ANALYZE task_tally_clock;
ANALYZE task_tally;
