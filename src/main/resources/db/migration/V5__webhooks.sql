-- Webhooks: URLs that API clients register for events, and the durable outbox of deliveries.
-- A delivery row is written in the transaction of the business write that caused the event, so an
-- acknowledged write always has its deliveries, and a failed write has none.

CREATE TABLE webhook (
    id          BIGSERIAL PRIMARY KEY,
    url         TEXT        NOT NULL CHECK (length(url) <= 2000),
    -- Event types it subscribes to, e.g. {task.created, status_update.posted}.
    events      TEXT[]      NOT NULL CHECK (cardinality(events) > 0),
    description TEXT,
    -- Kept as is, because signing needs it; shown once, at creation, and never answered again.
    secret      TEXT        NOT NULL,
    active      BOOLEAN     NOT NULL DEFAULT TRUE,
    created_by  TEXT        NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

-- The outbox. A pending row is due at next_attempt_at; a dispatcher claims it by moving
-- next_attempt_at to the end of a lease and setting claim_token, sends it, then records the outcome
-- (only if its claim is still the current one). A dispatcher that dies after the claim leaves the
-- row pending, and it is due again when the lease ends: at-least-once, never lost.
CREATE TABLE webhook_delivery (
    id               BIGSERIAL PRIMARY KEY,
    webhook_id       BIGINT      NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_type       TEXT        NOT NULL,
    -- The event, shared by the deliveries of one event to several webhooks.
    event_id         UUID        NOT NULL,
    payload          JSONB       NOT NULL,
    status           TEXT        NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    -- Attempts since the delivery was (re)queued; a claim counts as an attempt.
    attempts         INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ NOT NULL,
    claim_token      UUID,
    last_attempt_at  TIMESTAMPTZ,
    last_status_code INTEGER,
    last_error       TEXT,
    created_at       TIMESTAMPTZ NOT NULL,
    delivered_at     TIMESTAMPTZ
);
-- The dispatcher's "due" query: pending rows by next attempt.
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_webhook_idx ON webhook_delivery (webhook_id, id);

-- The milestone status last announced, to tell when a write (or the passing of a due date)
-- changes it. Locked by the writes that can change it, so concurrent writes see each other.
CREATE TABLE webhook_milestone_state (
    milestone_code TEXT        PRIMARY KEY REFERENCES milestone (code) ON DELETE CASCADE,
    status         TEXT        NOT NULL,
    changed_at     TIMESTAMPTZ NOT NULL
);
