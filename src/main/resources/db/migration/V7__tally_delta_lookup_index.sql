-- The task list's total for a region and status sums task_tally and the pending deltas of that region
-- and status (TaskReader.TALLY_COUNT). The delta table is a queue: rows are appended by every task write
-- and deleted by the fold every second, so its pages stay allocated after a burst of writes, and without
-- an index every total read all of them (361 pages, 0.6 ms, for no row at all after a bench's writes).
-- The table is small (the rows of at most a few seconds), so this builds at once.
CREATE INDEX task_tally_delta_region_status_idx ON task_tally_delta (region_id, status);
