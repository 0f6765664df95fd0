-- Each status update keeps the task's actual dates as they stood after it, so that the state of a
-- task on any past day can be rebuilt from its history (as-of views).
ALTER TABLE status_update ADD COLUMN actual_start DATE;
ALTER TABLE status_update ADD COLUMN actual_end DATE;

UPDATE status_update u
   SET actual_start = CASE WHEN t.actual_start IS NOT NULL AND t.actual_start <= (u.recorded_at AT TIME ZONE 'Asia/Shanghai')::date
                           THEN t.actual_start END,
       actual_end   = CASE WHEN u.status = 'completed' THEN (u.recorded_at AT TIME ZONE 'Asia/Shanghai')::date END
  FROM task t
 WHERE t.id = u.task_id;

-- The history as it stood at a time: latest update or revision recorded by then.
CREATE INDEX status_update_task_time_idx ON status_update (task_id, recorded_at);
CREATE INDEX task_revision_task_time_idx ON task_revision (task_id, recorded_at);
