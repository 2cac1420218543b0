-- migrate: foreign_keys=off
-- yoriai schema, version 12: the ふりかえり that opens meetings 2–6 is an
-- item kind of its own, 'review', shown from the data (export.BuildReview)
-- rather than as fixed text. SQLite cannot alter a CHECK, so agenda_item
-- is rebuilt: every column and every id is copied as it is (card, poll and
-- entry point at those ids), with foreign keys off for the rebuild (db/
-- migrate.go turns them off for a migration marked as above and runs
-- PRAGMA foreign_key_check before it commits).
--
-- Turned into 'review': in every meeting numbered 2 or later, the first
-- item (lowest position) of kind 'briefing' whose title contains
-- ふりかえり or 振り返り, as the default template titles it
-- (前回とチャットのふりかえり). Nothing else changes.
CREATE TABLE agenda_item_v12 (
	id              INTEGER PRIMARY KEY,
	meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	position        INTEGER NOT NULL,
	kind            TEXT    NOT NULL CHECK (kind IN ('briefing', 'video', 'prompt', 'poll', 'task1', 'task2', 'wrap_up', 'review')),
	title           TEXT    NOT NULL,
	body            TEXT    NOT NULL DEFAULT '',
	notes           TEXT    NOT NULL DEFAULT '',
	speaker         TEXT    NOT NULL DEFAULT '',
	source          TEXT    NOT NULL DEFAULT '',
	url             TEXT    NOT NULL DEFAULT '',
	question        TEXT    NOT NULL DEFAULT '',
	questions       TEXT    NOT NULL DEFAULT '[]', -- JSON array of {text, kind, choices}
	planned_seconds INTEGER NOT NULL DEFAULT 0 CHECK (planned_seconds >= 0),
	elapsed_ms      INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_ms >= 0),
	running_since   INTEGER, -- unix ms while the timer runs
	state           TEXT    NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'current', 'done')),
	diagram         TEXT    NOT NULL DEFAULT '' CHECK (diagram IN ('', 'organisation', 'stages', 'pillars')),
	UNIQUE (meeting_id, position)
);

INSERT INTO agenda_item_v12 (id, meeting_id, position, kind, title, body, notes, speaker, source, url, question,
	questions, planned_seconds, elapsed_ms, running_since, state, diagram)
SELECT id, meeting_id, position, kind, title, body, notes, speaker, source, url, question,
	questions, planned_seconds, elapsed_ms, running_since, state, diagram
FROM agenda_item;

UPDATE agenda_item_v12 SET kind = 'review'
WHERE id IN (
	SELECT a.id FROM agenda_item_v12 a JOIN meeting m ON m.id = a.meeting_id
	WHERE m.number >= 2 AND a.kind = 'briefing'
		AND (instr(a.title, 'ふりかえり') > 0 OR instr(a.title, '振り返り') > 0)
		AND a.position = (
			SELECT min(b.position) FROM agenda_item_v12 b
			WHERE b.meeting_id = a.meeting_id AND b.kind = 'briefing'
				AND (instr(b.title, 'ふりかえり') > 0 OR instr(b.title, '振り返り') > 0)));

DROP TABLE agenda_item;
ALTER TABLE agenda_item_v12 RENAME TO agenda_item;
