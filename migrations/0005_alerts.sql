-- Alerts a newsroom can live with: one alert per story, digests, held deliveries, every recent secret.
-- Times are epoch milliseconds.

-- How a watch alerts. Existing watches keep one alert per article ('article', today's behaviour);
-- new watches are created with 'story' by the API (src/watches/manage.ts).
ALTER TABLE watches ADD COLUMN notify TEXT NOT NULL DEFAULT 'article';            -- story | article
ALTER TABLE watches ADD COLUMN delivery_mode TEXT NOT NULL DEFAULT 'instant';     -- instant | digest
ALTER TABLE watches ADD COLUMN digest_every TEXT;                                 -- 15m | 1h | 1d (digests only)

-- Every secret replaced less than 24 h ago keeps signing: JSON [{"enc", "expires_at"}], newest first.
-- It replaces the single previous secret, which a second rotation used to drop at once.
ALTER TABLE watches ADD COLUMN previous_secrets TEXT NOT NULL DEFAULT '[]';
UPDATE watches
   SET previous_secrets = json_array(json_object('enc', previous_secret_enc, 'expires_at', previous_secret_expires_at))
 WHERE previous_secret_enc IS NOT NULL AND previous_secret_expires_at IS NOT NULL;
ALTER TABLE watches DROP COLUMN previous_secret_enc;
ALTER TABLE watches DROP COLUMN previous_secret_expires_at;

-- Deliveries keep one row per (watch, article) match; the status says what became of it:
--   pending | delivered | failed   a message of its own (as before)
--   held        matched or due while the webhook was disabled: waits for release or discard
--   discarded   a held delivery an admin dropped
--   folded      a later copy of a story already alerted (story mode): folded_into = the story's first delivery
--   collected   a match waiting for (or carried by) a digest: digest_id = that digest
-- A digest is a delivery of kind 'watch.digest' (article_id NULL) with its period and item count.
ALTER TABLE deliveries ADD COLUMN story_key INTEGER;    -- story mode, first delivery of a story: the cluster id it was decided under
ALTER TABLE deliveries ADD COLUMN folded_into INTEGER;  -- folded copies: id of the story's first delivery
ALTER TABLE deliveries ADD COLUMN digest_id INTEGER;    -- collected matches: id of the digest that carries them
ALTER TABLE deliveries ADD COLUMN period_start INTEGER; -- digests: the matches they carry were created in [start, end)
ALTER TABLE deliveries ADD COLUMN period_end INTEGER;
ALTER TABLE deliveries ADD COLUMN item_count INTEGER;   -- digests: matches carried

-- One alert per (watch, story), decided inside the ingest transaction: two copies committed at
-- the same moment cannot both become the first delivery of their story.
CREATE UNIQUE INDEX deliveries_story ON deliveries (watch_id, story_key) WHERE story_key IS NOT NULL;
-- One digest per (watch, period), however many cron runs overlap.
CREATE UNIQUE INDEX deliveries_digest_period ON deliveries (watch_id, period_end) WHERE kind = 'watch.digest';
CREATE INDEX deliveries_folded ON deliveries (folded_into) WHERE folded_into IS NOT NULL;
CREATE INDEX deliveries_digest_items ON deliveries (digest_id) WHERE digest_id IS NOT NULL;
CREATE INDEX deliveries_collecting ON deliveries (watch_id, created_at) WHERE status = 'collected' AND digest_id IS NULL;
CREATE INDEX deliveries_held ON deliveries (watch_id) WHERE status = 'held';
