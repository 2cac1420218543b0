-- yoriai schema, version 14: on-the-day edits and drafts.
-- skipped marks an agenda item the meeting passes over: it stays in the
-- agenda and the minutes (as 「省略」) but is not run.
-- draft holds what is being typed in an editor, written as it is typed, so
-- that a crash or kill -9 loses nothing; key names what the text is for
-- ("ideas:<item>:new", "card:<id>"). A row goes when the text is saved or
-- discarded.
ALTER TABLE agenda_item ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0 CHECK (skipped IN (0, 1));
CREATE TABLE draft (
	key        TEXT    PRIMARY KEY,
	text       TEXT    NOT NULL,
	updated_at INTEGER NOT NULL
);
