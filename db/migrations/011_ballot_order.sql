-- yoriai schema, version 11: a closed anonymous ballot forgets the order its
-- ballots came in (db/poll_forget.go). order_kept marks a round whose
-- reasons may still lie in the file in the order they were cast: set by
-- each anonymous ballot, cleared once the round's reasons were rewritten in
-- random order and the file vacuumed. Rounds cast before this version are
-- marked, so the first open by this yoriai forgets them too.
ALTER TABLE poll ADD COLUMN order_kept INTEGER NOT NULL DEFAULT 0 CHECK (order_kept IN (0, 1));
UPDATE poll SET order_kept = 1 WHERE mode = 'anonymous' AND ballots > 0;
