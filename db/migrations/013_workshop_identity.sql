-- yoriai schema, version 13: a workshop's stable identity, independent of
-- the template file's bytes (the template's optional workshop.id), and the
-- marks of meetings and items a template change removed but that held data,
-- so they stayed.
ALTER TABLE workshop ADD COLUMN uid TEXT NOT NULL DEFAULT '';
UPDATE workshop SET uid = lower(hex(randomblob(8)));
CREATE UNIQUE INDEX workshop_uid ON workshop (uid) WHERE uid <> '';
ALTER TABLE meeting ADD COLUMN not_in_template INTEGER NOT NULL DEFAULT 0 CHECK (not_in_template IN (0, 1));
ALTER TABLE agenda_item ADD COLUMN not_in_template INTEGER NOT NULL DEFAULT 0 CHECK (not_in_template IN (0, 1));
