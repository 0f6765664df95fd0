-- Pilotboard schema, version 1: the plan catalogue, pilot regions, pilot tasks and their history.

-- Which version of each shipped dataset has been loaded, so that start-up loads are idempotent.
CREATE TABLE dataset_state (
    name        TEXT PRIMARY KEY,
    version     INTEGER     NOT NULL,
    loaded_at   TIMESTAMPTZ NOT NULL
);

-- The plan document itself (one row).
CREATE TABLE plan_document (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    title_zh      TEXT    NOT NULL,
    title_en      TEXT    NOT NULL,
    issuer_zh     TEXT    NOT NULL,
    issuer_en     TEXT    NOT NULL,
    doc_number    TEXT    NOT NULL,
    issued_on     DATE    NOT NULL,
    published_on  DATE    NOT NULL,
    period_start  INTEGER NOT NULL,
    period_end    INTEGER NOT NULL,
    preamble_zh   TEXT,
    notice_zh     TEXT,
    sources       JSONB   NOT NULL DEFAULT '[]'::jsonb
);

-- Chapters of the plan, one per factor (land, labour, ...).
CREATE TABLE factor (
    code        TEXT PRIMARY KEY,
    number      INTEGER NOT NULL UNIQUE,
    numeral_zh  TEXT    NOT NULL,
    title_zh    TEXT    NOT NULL,
    title_en    TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    source_note TEXT
);

-- Numbered items （一）…（十二）… of the plan.
CREATE TABLE plan_item (
    number      INTEGER PRIMARY KEY,
    numeral_zh  TEXT    NOT NULL,
    factor_code TEXT    NOT NULL REFERENCES factor (code),
    title_zh    TEXT    NOT NULL,
    title_en    TEXT    NOT NULL,
    source      TEXT    NOT NULL,
    source_note TEXT
);
CREATE INDEX plan_item_factor_idx ON plan_item (factor_code);

-- Sentence-level measures of an item; code is "<item>.<seq>", e.g. "5.2".
CREATE TABLE measure (
    code        TEXT PRIMARY KEY,
    item_number INTEGER NOT NULL REFERENCES plan_item (number),
    seq         INTEGER NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('action', 'target', 'principle', 'guidance', 'parameter')),
    text_zh     TEXT    NOT NULL,
    summary_en  TEXT,
    source      TEXT    NOT NULL,
    UNIQUE (item_number, seq)
);

-- The national milestones of 工作目标.
CREATE TABLE milestone (
    code            TEXT PRIMARY KEY,
    due_on          DATE NOT NULL,
    title_zh        TEXT NOT NULL,
    title_en        TEXT NOT NULL,
    text_zh         TEXT NOT NULL,
    measure_code    TEXT REFERENCES measure (code),
    observed_status TEXT,
    observed_note   TEXT,
    source          TEXT NOT NULL
);

CREATE TABLE region (
    id                   BIGSERIAL PRIMARY KEY,
    code                 TEXT        NOT NULL UNIQUE,
    name_zh              TEXT        NOT NULL,
    name_en              TEXT        NOT NULL,
    type                 TEXT        NOT NULL CHECK (type IN ('city_cluster', 'metropolitan_area', 'central_city', 'sub_centre')),
    provinces            TEXT[]      NOT NULL DEFAULT '{}',
    cities               TEXT[]      NOT NULL DEFAULT '{}',
    approval_doc_number  TEXT,
    approval_title       TEXT,
    approved_on          DATE,
    term_end             DATE,
    notes                TEXT,
    source_urls          TEXT[]      NOT NULL DEFAULT '{}',
    demo                 BOOLEAN     NOT NULL DEFAULT FALSE,
    version              INTEGER     NOT NULL DEFAULT 0,
    created_at           TIMESTAMPTZ NOT NULL,
    updated_at           TIMESTAMPTZ NOT NULL,
    CHECK (term_end IS NULL OR approved_on IS NULL OR term_end >= approved_on)
);

CREATE TABLE task (
    id                        BIGSERIAL PRIMARY KEY,
    region_id                 BIGINT      NOT NULL REFERENCES region (id),
    measure_code              TEXT        NOT NULL REFERENCES measure (code),
    milestone_code            TEXT        NOT NULL REFERENCES milestone (code),
    title_zh                  TEXT        NOT NULL,
    title_en                  TEXT,
    description_zh            TEXT,
    description_en            TEXT,
    responsible_unit          TEXT        NOT NULL,
    -- The plan as first agreed; never changed afterwards, so slippage stays visible.
    baseline_start            DATE        NOT NULL,
    baseline_end              DATE        NOT NULL,
    planned_start             DATE        NOT NULL,
    planned_end               DATE        NOT NULL,
    actual_start              DATE,
    actual_end                DATE,
    status                    TEXT        NOT NULL CHECK (status IN ('not_started', 'in_progress', 'completed', 'delayed', 'suspended')),
    progress                  INTEGER     NOT NULL CHECK (progress BETWEEN 0 AND 100),
    last_verified_at          TIMESTAMPTZ NOT NULL,
    implementation_doc_number TEXT,
    implementation_doc_url    TEXT,
    demo                      BOOLEAN     NOT NULL DEFAULT FALSE,
    version                   INTEGER     NOT NULL DEFAULT 0,
    created_at                TIMESTAMPTZ NOT NULL,
    updated_at                TIMESTAMPTZ NOT NULL,
    CHECK (baseline_end >= baseline_start),
    CHECK (planned_end >= planned_start),
    CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);
CREATE INDEX task_region_status_idx ON task (region_id, status);
CREATE INDEX task_measure_idx ON task (measure_code);
CREATE INDEX task_milestone_idx ON task (milestone_code);
CREATE INDEX task_planned_end_idx ON task (planned_end);

-- Append-only history of status updates, written in the same transaction as the task row.
-- No cascade: a task with history cannot be deleted, so no recorded update is ever lost.
CREATE TABLE status_update (
    id                BIGSERIAL PRIMARY KEY,
    task_id           BIGINT      NOT NULL REFERENCES task (id),
    -- The task version this update produced: history order and a check that no two writes share a base.
    task_version      INTEGER     NOT NULL,
    status            TEXT        NOT NULL,
    progress          INTEGER     NOT NULL CHECK (progress BETWEEN 0 AND 100),
    previous_status   TEXT,
    previous_progress INTEGER,
    comment           TEXT,
    evidence          JSONB       NOT NULL DEFAULT '[]'::jsonb,
    author            TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    demo              BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX status_update_task_idx ON status_update (task_id, task_version);
CREATE INDEX status_update_recorded_idx ON status_update (recorded_at);

-- Revisions of a task's planned dates, each with its reason.
CREATE TABLE task_revision (
    id                     BIGSERIAL PRIMARY KEY,
    task_id                BIGINT      NOT NULL REFERENCES task (id),
    task_version           INTEGER     NOT NULL,
    previous_planned_start DATE        NOT NULL,
    previous_planned_end   DATE        NOT NULL,
    planned_start          DATE        NOT NULL,
    planned_end            DATE        NOT NULL,
    reason                 TEXT        NOT NULL,
    author                 TEXT        NOT NULL,
    recorded_at            TIMESTAMPTZ NOT NULL,
    demo                   BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX task_revision_task_idx ON task_revision (task_id, task_version);
