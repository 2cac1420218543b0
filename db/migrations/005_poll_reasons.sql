-- yoriai schema, version 5: a reason given in a poll can be promoted to a
-- Task ① card; the card it became is kept with it, so it is promoted once.
ALTER TABLE poll_reason ADD COLUMN card_id INTEGER REFERENCES card (id) ON DELETE SET NULL;
ALTER TABLE poll_answer ADD COLUMN card_id INTEGER REFERENCES card (id) ON DELETE SET NULL;
