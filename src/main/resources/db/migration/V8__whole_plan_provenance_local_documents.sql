-- Dataset version 2 (the whole plan, 10 chapters, 32 items, 122 measures) brings two things the
-- catalogue could not hold: where each item's text comes from, and the pilots' own local documents.
-- Both are written by the dataset loaders only; the API serves them read-only.

-- Seed files or sources an item rests on, who else prints it, and whether a second publisher
-- confirms the wording (see src/build/derive-dataset.py). NULL for items an admin added.
ALTER TABLE plan_item ADD COLUMN provenance JSONB;

-- A pilot's own implementation documents (number, title, issuer, date, milestones, sources) and the
-- tasks reported for it at the approval's briefing, as the reference extraction records them.
-- A constant default adds the columns without rewriting the table.
ALTER TABLE region
    ADD COLUMN local_documents JSONB NOT NULL DEFAULT '[]'::jsonb,
    ADD COLUMN reported_tasks  JSONB NOT NULL DEFAULT '[]'::jsonb;
