-- articles.content_hash as the SHA-256 digest's 32 bytes instead of its 64 hex characters (issue 15,
-- ≤ 6 KB per article): the value sits in the row and again in articles_content_hash, so the text
-- form cost ~64 B an article more than the bytes. The full digest is kept (not a prefix) so what
-- the archive writes (lower(hex(content_hash))) and every comparison stay exactly as before.
--
-- The column keeps its declared TEXT type (changing it would rebuild the largest table): TEXT
-- affinity stores BLOB values as they are. Only values that are a digest's hex form are converted;
-- anything else (never written by the code) stays as it was and matches nothing, as before.
UPDATE articles SET content_hash = unhex(content_hash)
  WHERE typeof(content_hash) = 'text' AND length(content_hash) = 64
    AND content_hash NOT GLOB '*[^0-9a-f]*';

-- The lookup index holds the digest's first 8 bytes, not all 32 (~24 B an article less): a lookup
-- probes it by prefix and compares the whole digest in the row, so a shared prefix (odds 2^-64 a
-- pair) costs one extra row read, never a wrong match.
DROP INDEX IF EXISTS articles_content_hash;
CREATE INDEX IF NOT EXISTS articles_content_prefix ON articles (substr(content_hash, 1, 8), published_at);
