-- yoriai schema, version 7: Task ②. Rounds of prioritising (dot voting or
-- scoring), the facilitator's moves of the ranking with their reasons, the
-- problems chosen for a fiscal year, and the initiatives of the
-- 実施計画（案）.
CREATE TABLE vote_round (
	id          INTEGER PRIMARY KEY,
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	meeting_id  INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
	number      INTEGER NOT NULL,
	method      TEXT    NOT NULL CHECK (method IN ('dots', 'score')),
	mode        TEXT    NOT NULL CHECK (mode IN ('tally', 'participant')),
	budget      INTEGER NOT NULL DEFAULT 3,
	hidden      INTEGER NOT NULL DEFAULT 0,
	closed_at   INTEGER,
	revealed_at INTEGER,
	created_at  INTEGER NOT NULL,
	UNIQUE (workshop_id, number)
);

-- Dots on a card: per participant, or the room's tally as participant 0.
CREATE TABLE vote (
	round_id       INTEGER NOT NULL REFERENCES vote_round (id) ON DELETE CASCADE,
	participant_id INTEGER NOT NULL,
	card_id        INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
	dots           INTEGER NOT NULL CHECK (dots >= 0),
	PRIMARY KEY (round_id, participant_id, card_id)
) WITHOUT ROWID;

CREATE TABLE card_score (
	round_id    INTEGER NOT NULL REFERENCES vote_round (id) ON DELETE CASCADE,
	card_id     INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
	impact      INTEGER NOT NULL CHECK (impact BETWEEN 0 AND 5),
	feasibility INTEGER NOT NULL CHECK (feasibility BETWEEN 0 AND 5),
	PRIMARY KEY (round_id, card_id)
) WITHOUT ROWID;

CREATE TABLE rank_override (
	id       INTEGER PRIMARY KEY,
	round_id INTEGER NOT NULL REFERENCES vote_round (id) ON DELETE CASCADE,
	card_id  INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
	delta    INTEGER NOT NULL CHECK (delta IN (-1, 1)),
	reason   TEXT    NOT NULL DEFAULT '',
	at       INTEGER NOT NULL
);

-- The problems chosen for a fiscal year (the Western year it starts in).
CREATE TABLE chosen_problem (
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	card_id     INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
	fiscal_year INTEGER NOT NULL,
	PRIMARY KEY (card_id, fiscal_year)
) WITHOUT ROWID;

CREATE TABLE initiative (
	id          INTEGER PRIMARY KEY,
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	pillar_id   INTEGER REFERENCES pillar (id) ON DELETE SET NULL,
	title       TEXT    NOT NULL,
	summary     TEXT    NOT NULL DEFAULT '',
	department  TEXT    NOT NULL DEFAULT '',
	kpi         TEXT    NOT NULL DEFAULT '',
	baseline    TEXT    NOT NULL DEFAULT '',
	target      TEXT    NOT NULL DEFAULT '',
	status      TEXT    NOT NULL DEFAULT 'not_started'
	            CHECK (status IN ('not_started', 'considering', 'in_progress', 'done')),
	position    INTEGER NOT NULL,
	created_at  INTEGER NOT NULL,
	updated_at  INTEGER NOT NULL,
	deleted_at  INTEGER
);

CREATE TABLE initiative_problem (
	initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	card_id       INTEGER NOT NULL REFERENCES card (id) ON DELETE CASCADE,
	PRIMARY KEY (initiative_id, card_id)
) WITHOUT ROWID;

CREATE TABLE initiative_year (
	initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
	fiscal_year   INTEGER NOT NULL,
	plan          TEXT    NOT NULL DEFAULT '',
	PRIMARY KEY (initiative_id, fiscal_year)
) WITHOUT ROWID;
