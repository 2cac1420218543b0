-- yoriai schema, version 6: the Task ① board. Cards get a place on the
-- board, a KJ法 label and, for imported chat lines, the name of who wrote
-- them; goals are linked to the problems they solve; the board's undo and
-- redo steps are kept so that they survive a restart; imported chat lines
-- are remembered by digest so that importing the same log twice adds
-- nothing.
ALTER TABLE card ADD COLUMN board_pos INTEGER NOT NULL DEFAULT 0;
ALTER TABLE card ADD COLUMN group_label TEXT NOT NULL DEFAULT '';
ALTER TABLE card ADD COLUMN author_name TEXT NOT NULL DEFAULT '';
UPDATE card SET board_pos = id;

CREATE TABLE card_link (
	from_id INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
	to_id   INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
	kind    TEXT    NOT NULL CHECK (kind IN ('resolves')),
	PRIMARY KEY (from_id, kind)
);
CREATE INDEX card_link_to ON card_link (to_id);

-- One step of the board's undo history: the changes it made, as JSON.
-- Undone steps are always the newest ones; a new step drops them.
CREATE TABLE undo_step (
	id          INTEGER PRIMARY KEY,
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	scope       TEXT    NOT NULL,
	change      TEXT    NOT NULL,
	undone      INTEGER NOT NULL DEFAULT 0,
	at          INTEGER NOT NULL
);
CREATE INDEX undo_step_scope ON undo_step (workshop_id, scope, id);

CREATE TABLE import_seen (
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	digest      BLOB    NOT NULL,
	PRIMARY KEY (workshop_id, digest)
) WITHOUT ROWID;
CREATE INDEX card_board ON card (workshop_id, board_pos);
