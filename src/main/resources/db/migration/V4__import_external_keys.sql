-- Stable keys given by the systems and spreadsheets that tasks and status updates are imported from,
-- so that importing the same file again finds what it created before and adds nothing.
ALTER TABLE task ADD COLUMN external_key TEXT CHECK (external_key IS NULL OR length(external_key) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX task_region_external_key_idx ON task (region_id, external_key) WHERE external_key IS NOT NULL;

ALTER TABLE status_update ADD COLUMN external_key TEXT CHECK (external_key IS NULL OR length(external_key) BETWEEN 1 AND 100);
CREATE UNIQUE INDEX status_update_task_external_key_idx ON status_update (task_id, external_key) WHERE external_key IS NOT NULL;
