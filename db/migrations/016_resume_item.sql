-- yoriai schema, version 16: the resume point remembers the item an ended
-- meeting's slide was showing (0: the meeting's current item), so that a
-- restart while looking back through an ended meeting comes back to the
-- same slide.
ALTER TABLE app_state ADD COLUMN item_id INTEGER NOT NULL DEFAULT 0;
