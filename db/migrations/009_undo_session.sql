-- yoriai schema, version 9: an undo history's queries get an index that
-- matches them, each history keeps its newest 200 steps (db.UndoDepth),
-- and a session marker tells Open whether the last session ended cleanly.

-- Undo takes the newest step not undone, redo the oldest undone one, a new
-- step drops the undone ones and the steps beyond the depth: each is a seek
-- on (workshop, history, undone) and then id.
DROP INDEX undo_step_scope;
CREATE INDEX undo_step_scope ON undo_step (workshop_id, scope, undone, id);

-- Histories longer than the depth lose their oldest steps. Nothing else
-- reads them: the event log keeps every change, and the minutes and the
-- documents are made from the cards themselves.
DELETE FROM undo_step WHERE id IN (
	SELECT id FROM (
		SELECT id, row_number() OVER (PARTITION BY workshop_id, scope ORDER BY id DESC) AS n FROM undo_step
	) WHERE n > 200
);

-- One row: clean is 0 from the moment a session opens the file until it
-- closes it, so a crash, a kill or a power cut leaves 0 and the next Open
-- runs the integrity check. It is about the file, not the workshop: a
-- backup leaves it out.
CREATE TABLE session (
	id    INTEGER PRIMARY KEY CHECK (id = 1),
	clean INTEGER NOT NULL
);
