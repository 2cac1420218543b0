-- yoriai schema, version 15: the Task ① board opens on its first page.
-- card_count keeps how many live cards each column holds, by kind and KJ法
-- label (pillar_id 0: on no pillar, the inbox), so that the board's counts
-- are read without counting its cards; the triggers keep it in step with
-- every write to card, whoever makes it. Rows that fall to 0 stay.
-- card_inbox and card_pillar give each column's cards in board order
-- (labelled first by label, then by place), so its first page is read
-- without reading the rest.
CREATE TABLE card_count (
	workshop_id INTEGER NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
	pillar_id   INTEGER NOT NULL,
	kind        TEXT    NOT NULL,
	group_label TEXT    NOT NULL,
	n           INTEGER NOT NULL,
	PRIMARY KEY (workshop_id, pillar_id, kind, group_label)
) WITHOUT ROWID;

INSERT INTO card_count (workshop_id, pillar_id, kind, group_label, n)
	SELECT workshop_id, ifnull(pillar_id, 0), kind, group_label, count(*) FROM card
	WHERE deleted_at IS NULL GROUP BY 1, 2, 3, 4;

CREATE TRIGGER card_count_insert AFTER INSERT ON card WHEN NEW.deleted_at IS NULL
BEGIN
	INSERT INTO card_count (workshop_id, pillar_id, kind, group_label, n)
		VALUES (NEW.workshop_id, ifnull(NEW.pillar_id, 0), NEW.kind, NEW.group_label, 1)
		ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER card_count_delete AFTER DELETE ON card WHEN OLD.deleted_at IS NULL
BEGIN
	UPDATE card_count SET n = n - 1 WHERE workshop_id = OLD.workshop_id
		AND pillar_id = ifnull(OLD.pillar_id, 0) AND kind = OLD.kind AND group_label = OLD.group_label;
END;

CREATE TRIGGER card_count_update AFTER UPDATE OF workshop_id, pillar_id, kind, group_label, deleted_at ON card
BEGIN
	UPDATE card_count SET n = n - 1 WHERE OLD.deleted_at IS NULL AND workshop_id = OLD.workshop_id
		AND pillar_id = ifnull(OLD.pillar_id, 0) AND kind = OLD.kind AND group_label = OLD.group_label;
	INSERT INTO card_count (workshop_id, pillar_id, kind, group_label, n)
		SELECT NEW.workshop_id, ifnull(NEW.pillar_id, 0), NEW.kind, NEW.group_label, 1 WHERE NEW.deleted_at IS NULL
		ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE INDEX card_inbox ON card (workshop_id, group_label, board_pos, id) WHERE deleted_at IS NULL AND pillar_id IS NULL;
CREATE INDEX card_pillar ON card (workshop_id, pillar_id, kind, group_label, board_pos, id) WHERE deleted_at IS NULL;
