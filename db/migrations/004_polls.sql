-- yoriai schema, version 4: polls. A poll item can be run in rounds; each
-- round keeps its results. Anonymous ballots are never stored one by one:
-- their choices only raise counts, and their reasons sit in a table without
-- rowid, time or author, keyed by random bytes, so nothing records who
-- answered what or in which order.
CREATE TABLE poll (
	id          INTEGER PRIMARY KEY,
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	item_id     INTEGER NOT NULL REFERENCES agenda_item (id) ON DELETE CASCADE,
	round       INTEGER NOT NULL,
	mode        TEXT    NOT NULL CHECK (mode IN ('tally', 'named', 'anonymous')),
	questions   TEXT    NOT NULL DEFAULT '[]', -- JSON, copied from the item
	ballot_open INTEGER NOT NULL DEFAULT 0,
	pin_hash    TEXT    NOT NULL DEFAULT '',
	ballots     INTEGER NOT NULL DEFAULT 0, -- how many anonymous ballots were cast, nothing more
	revealed_at INTEGER,
	created_at  INTEGER NOT NULL,
	UNIQUE (item_id, round)
);

-- Counts per choice: entered for a show of hands, raised by anonymous ballots.
CREATE TABLE poll_count (
	poll_id  INTEGER NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
	question INTEGER NOT NULL,
	choice   INTEGER NOT NULL,
	count    INTEGER NOT NULL CHECK (count >= 0),
	PRIMARY KEY (poll_id, question, choice)
) WITHOUT ROWID;

-- Reasons given anonymously: no rowid, no time, no author; k is random.
CREATE TABLE poll_reason (
	poll_id  INTEGER NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
	question INTEGER NOT NULL,
	k        BLOB    NOT NULL,
	reason   TEXT    NOT NULL,
	label    TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (poll_id, question, k)
) WITHOUT ROWID;

-- Named answers: one per participant and question, changeable until reveal.
CREATE TABLE poll_answer (
	poll_id        INTEGER NOT NULL REFERENCES poll (id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	question       INTEGER NOT NULL,
	choice         INTEGER NOT NULL DEFAULT -1,
	reason         TEXT    NOT NULL DEFAULT '',
	label          TEXT    NOT NULL DEFAULT '',
	answered_at    INTEGER NOT NULL,
	PRIMARY KEY (poll_id, participant_id, question)
) WITHOUT ROWID;
