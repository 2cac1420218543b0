-- yoriai schema, version 3: cards, the things the room says (ideas from
-- the prompts now; problems, causes and goals on the Task ① board later).
CREATE TABLE card (
	id          INTEGER PRIMARY KEY,
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	meeting_id  INTEGER REFERENCES meeting (id) ON DELETE SET NULL,
	item_id     INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
	pillar_id   INTEGER REFERENCES pillar (id) ON DELETE SET NULL,
	kind        TEXT    NOT NULL CHECK (kind IN ('idea', 'problem', 'cause', 'goal')),
	text        TEXT    NOT NULL CHECK (text <> ''),
	author_id   INTEGER REFERENCES participant (id) ON DELETE SET NULL,
	source      TEXT    NOT NULL CHECK (source IN ('prompt', 'typed', 'chat_import', 'poll_reason')),
	position    INTEGER NOT NULL,
	created_at  INTEGER NOT NULL,
	updated_at  INTEGER NOT NULL,
	deleted_at  INTEGER
);
CREATE INDEX card_item ON card (item_id, position) WHERE deleted_at IS NULL;
CREATE INDEX card_workshop ON card (workshop_id) WHERE deleted_at IS NULL;
