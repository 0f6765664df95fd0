-- Sign-in: accounts bound to regions, session and API tokens (stored as hashes), login failures
-- for brute-force protection, and the append-only audit trail.

CREATE TABLE account (
    id            BIGSERIAL PRIMARY KEY,
    username      TEXT        NOT NULL UNIQUE,
    display_name  TEXT        NOT NULL,
    email         TEXT,
    password_hash TEXT        NOT NULL,
    role          TEXT        NOT NULL CHECK (role IN ('viewer', 'official', 'admin')),
    disabled      BOOLEAN     NOT NULL DEFAULT FALSE,
    version       INTEGER     NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- The regions an official may write in. A region's deletion removes its bindings.
CREATE TABLE account_region (
    account_id BIGINT NOT NULL REFERENCES account (id),
    region_id  BIGINT NOT NULL REFERENCES region (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, region_id)
);

CREATE TABLE access_token (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    kind         TEXT        NOT NULL CHECK (kind IN ('session', 'api')),
    name         TEXT,
    -- SHA-256 of the token; the token itself is shown once and never stored.
    token_hash   TEXT        NOT NULL UNIQUE,
    read_only    BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at   TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX access_token_account_idx ON access_token (account_id);

CREATE TABLE login_failure (
    id         BIGSERIAL PRIMARY KEY,
    username   TEXT        NOT NULL,
    address    TEXT        NOT NULL,
    failed_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX login_failure_username_idx ON login_failure (username, failed_at);
CREATE INDEX login_failure_address_idx ON login_failure (address, failed_at);

CREATE TABLE audit_event (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor_id    BIGINT,
    actor_name  TEXT        NOT NULL,
    address     TEXT,
    action      TEXT        NOT NULL,
    entity_type TEXT        NOT NULL,
    entity_id   TEXT,
    before      JSONB,
    after       JSONB
);
CREATE INDEX audit_event_at_idx ON audit_event (at);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_name);

-- The audit trail is append-only, also for anyone with SQL access through the application's account.
CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END;
$$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- Internal notes on a task: for signed-in users only, never public.
ALTER TABLE task ADD COLUMN internal_note TEXT;

-- An admin's manual override of a milestone's derived status, with its reason.
ALTER TABLE milestone ADD COLUMN override_status TEXT;
ALTER TABLE milestone ADD COLUMN override_reason TEXT;
ALTER TABLE milestone ADD COLUMN override_by TEXT;
ALTER TABLE milestone ADD COLUMN override_at TIMESTAMPTZ;
