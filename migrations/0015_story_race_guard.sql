-- Race-safe story clustering (issue 12). Two consumers storing copies of the same NEW story at the
-- same moment both plan against a database holding neither, so each would start a story of its
-- own (and a story-mode watch would alert twice). Every batch that adds story representatives
-- now stamps them with the next value of a commit counter (meta 'story_seq'); the planner reads
-- the counter with its candidates, and the store batch starts with a guard that fails the whole
-- transaction when a representative sharing one of its new stories' band keys was committed
-- after that read. The store's conflict retry then re-plans, and the copy joins the story.

ALTER TABLE near_duplicate_reps ADD COLUMN seq INTEGER;   -- value of story_seq when committed; NULL before this migration
CREATE INDEX near_duplicate_reps_seq ON near_duplicate_reps (seq) WHERE seq IS NOT NULL;

INSERT INTO meta (key, value) VALUES ('story_seq', '0') ON CONFLICT (key) DO NOTHING;

-- Never holds a row: inserting one fails the transaction with "CHECK constraint failed:
-- write_conflict", the way a guard statement aborts a D1 batch (SQLite's RAISE() exists only in
-- triggers). `reason` says which guard fired when the error is logged.
CREATE TABLE write_conflicts (
  reason TEXT NOT NULL,
  CONSTRAINT write_conflict CHECK (reason IS NULL)
);
