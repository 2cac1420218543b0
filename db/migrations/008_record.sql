-- yoriai schema, version 8: the record of every agenda item (メモ, 決定事項,
-- 質疑, 宿題), attendance as 出席 / 欠席 / 未定 instead of a row for each
-- person present, and who takes each meeting's minutes (記録者).
CREATE TABLE entry (
	id              INTEGER PRIMARY KEY,
	workshop_id     INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	item_id         INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
	kind            TEXT    NOT NULL CHECK (kind IN ('memo', 'decision', 'qa', 'action')),
	text            TEXT    NOT NULL CHECK (text <> ''),
	answer          TEXT    NOT NULL DEFAULT '',
	assignee_id     INTEGER REFERENCES participant (id) ON DELETE SET NULL,
	assignee_name   TEXT    NOT NULL DEFAULT '',
	due             TEXT    NOT NULL DEFAULT '', -- YYYY-MM-DD, '' for none
	done_at         INTEGER,
	done_meeting_id INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
	position        INTEGER NOT NULL,
	created_at      INTEGER NOT NULL,
	updated_at      INTEGER NOT NULL,
	deleted_at      INTEGER
);
CREATE INDEX entry_item ON entry (item_id, position) WHERE deleted_at IS NULL;
CREATE INDEX entry_workshop ON entry (workshop_id, kind) WHERE deleted_at IS NULL;

-- Every row so far stood for someone present.
ALTER TABLE attendance ADD COLUMN status TEXT NOT NULL DEFAULT 'present'
	CHECK (status IN ('present', 'absent', 'unknown'));

ALTER TABLE meeting ADD COLUMN recorder_id INTEGER REFERENCES participant (id) ON DELETE SET NULL;
ALTER TABLE meeting ADD COLUMN recorder_name TEXT NOT NULL DEFAULT '';
