-- Reminders (issue 16, point 2): the daily job reminds a region's officials of its tasks that are
-- stale, due within 14 days, or overdue. One row per task, kind and period: the unique key is what
-- makes a reminder happen once, also when two instances run the job at the same moment (the second
-- insert of a key waits for the first to commit and then does nothing).
--
-- The period names the occurrence of the condition, so that a reminder comes again only when the
-- condition comes again: for due_soon and overdue the planned end (a new due date is a new period),
-- for stale the day the task was last verified (a new update starts a new period).
CREATE TABLE reminder (
    id         BIGSERIAL PRIMARY KEY,
    task_id    BIGINT      NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    region_id  BIGINT      NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    kind       TEXT        NOT NULL CHECK (kind IN ('stale', 'due_soon', 'overdue')),
    period     DATE        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    UNIQUE (task_id, kind, period)
);
CREATE INDEX reminder_region_idx ON reminder (region_id, created_at DESC);

-- Who has read which reminder in the console inbox (提醒).
CREATE TABLE reminder_read (
    reminder_id BIGINT NOT NULL REFERENCES reminder (id) ON DELETE CASCADE,
    account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, reminder_id)
);

-- The e-mails owed: one row per reminder and recipient, written in the job's transaction, sent after
-- it commits (FOR UPDATE SKIP LOCKED, so two instances never send one twice) and marked sent. A send
-- that fails stays owed and is tried again on the next run.
CREATE TABLE reminder_mail (
    reminder_id BIGINT      NOT NULL REFERENCES reminder (id) ON DELETE CASCADE,
    account_id  BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    address     TEXT        NOT NULL,
    sent_at     TIMESTAMPTZ,
    attempts    INTEGER     NOT NULL DEFAULT 0,
    last_error  TEXT,
    PRIMARY KEY (reminder_id, account_id)
);
CREATE INDEX reminder_mail_owed_idx ON reminder_mail (account_id) WHERE sent_at IS NULL;

-- Officials may turn reminder e-mails off for themselves (the inbox stays).
ALTER TABLE account ADD COLUMN email_reminders BOOLEAN NOT NULL DEFAULT TRUE;
