-- yoriai schema, version 1: the workshop, its meetings and agendas, the
-- roster and attendance, the resume point and the append-only event log.
PRAGMA application_id = 1498562889; -- 0x59524149 "YRAI"

CREATE TABLE workshop (
	id                 INTEGER PRIMARY KEY,
	title              TEXT    NOT NULL,
	organisation       TEXT    NOT NULL DEFAULT '',
	vision             TEXT    NOT NULL DEFAULT '',
	target_fiscal_year TEXT    NOT NULL DEFAULT '',
	template_sha256    TEXT    NOT NULL DEFAULT '',
	created_at         INTEGER NOT NULL
);
CREATE INDEX workshop_template ON workshop (template_sha256);

CREATE TABLE pillar (
	id          INTEGER PRIMARY KEY,
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	name        TEXT    NOT NULL,
	description TEXT    NOT NULL DEFAULT '',
	UNIQUE (workshop_id, position)
);

CREATE TABLE meeting (
	id              INTEGER PRIMARY KEY,
	workshop_id     INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	number          INTEGER NOT NULL,
	title           TEXT    NOT NULL,
	date            TEXT    NOT NULL DEFAULT '',
	start_time      TEXT    NOT NULL DEFAULT '',
	end_time        TEXT    NOT NULL DEFAULT '',
	place           TEXT    NOT NULL DEFAULT '',
	fiscal_year     TEXT    NOT NULL DEFAULT '',
	topics          TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
	status          TEXT    NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'running', 'ended')),
	started_at      INTEGER,
	ended_at        INTEGER,
	current_item_id INTEGER,
	UNIQUE (workshop_id, number)
);

CREATE TABLE agenda_item (
	id              INTEGER PRIMARY KEY,
	meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	position        INTEGER NOT NULL,
	kind            TEXT    NOT NULL CHECK (kind IN ('briefing', 'video', 'prompt', 'poll', 'task1', 'task2', 'wrap_up')),
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
	UNIQUE (meeting_id, position)
);

CREATE TABLE participant (
	id          INTEGER PRIMARY KEY,
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	name        TEXT    NOT NULL CHECK (name <> ''),
	department  TEXT    NOT NULL DEFAULT '',
	role        TEXT    NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'facilitator', 'secretariat', 'external')),
	created_at  INTEGER NOT NULL,
	removed_at  INTEGER
);
CREATE INDEX participant_workshop ON participant (workshop_id);

CREATE TABLE attendance (
	meeting_id     INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
	PRIMARY KEY (meeting_id, participant_id)
) WITHOUT ROWID;

-- The resume point: one row.
CREATE TABLE app_state (
	id          INTEGER PRIMARY KEY CHECK (id = 1),
	workshop_id INTEGER NOT NULL DEFAULT 0,
	meeting_id  INTEGER NOT NULL DEFAULT 0,
	screen      TEXT    NOT NULL DEFAULT 'home',
	projector   INTEGER NOT NULL DEFAULT 0,
	updated_at  INTEGER NOT NULL
);

-- Every change, in order: who did what, when. Never updated or deleted.
CREATE TABLE event (
	id          INTEGER PRIMARY KEY,
	at          INTEGER NOT NULL,
	workshop_id INTEGER NOT NULL,
	meeting_id  INTEGER,
	actor       TEXT    NOT NULL,
	kind        TEXT    NOT NULL,
	payload     TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX event_workshop ON event (workshop_id, at);
CREATE TRIGGER event_no_update BEFORE UPDATE ON event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER event_no_delete BEFORE DELETE ON event BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
