-- Event records, compacted (issue 15, ≤ 6 KB per article): article_records cost ~110 B a record
-- (slugs and modality as text in the row AND in its time index, one row per sentence, ~14 an
-- article). Now an article stores one row per DISTINCT relation it states (event, source, target,
-- modality), with small integer codes for the terms, and the sentences stating that relation packed
-- into the row's `spans` BLOB. src/db/records.ts reads them back into the same records, in the same
-- order, with the same sentences.
--
-- spans: per sentence, in seq order, three unsigned LEB128 varints (7 bits a byte, low first, high
-- bit = more): seq − previous seq of this relation − 1 (the first: seq), sent_start·2 + in_title,
-- sent_end − sent_start. An article's records are its relations' spans merged by seq.

-- Every term a record names (event and actor slugs, modalities), numbered once: codes never change
-- or get reused, so a slug removed from the taxonomy still reads back from records that name it.
CREATE TABLE record_terms (
  id   INTEGER PRIMARY KEY,
  term TEXT NOT NULL UNIQUE
);

-- Small codes (1 byte, or none for 0 and 1) for the most frequent terms: modalities, then terms
-- by how often stored records name them, then the taxonomy's events and actors.
INSERT INTO record_terms (term) VALUES ('reported'), ('planned'), ('denied'), ('speculative'), ('background');
INSERT INTO record_terms (term)
  SELECT term FROM (
    SELECT event AS term FROM article_records
    UNION ALL SELECT source FROM article_records WHERE source IS NOT NULL
    UNION ALL SELECT target FROM article_records WHERE target IS NOT NULL
  ) WHERE true GROUP BY term ORDER BY count(*) DESC, term
  ON CONFLICT (term) DO NOTHING;
INSERT INTO record_terms (term) SELECT slug FROM taxonomy_events WHERE true ORDER BY position, slug
  ON CONFLICT (term) DO NOTHING;
INSERT INTO record_terms (term) SELECT slug FROM taxonomy_actors WHERE true ORDER BY position, slug
  ON CONFLICT (term) DO NOTHING;
INSERT INTO record_terms (term) SELECT modality FROM article_records WHERE true GROUP BY modality
  ON CONFLICT (term) DO NOTHING;

-- source/target 0: the role is absent (a primary key column cannot be NULL). published_at is
-- copied in (as in article_actors) for the time index.
CREATE TABLE article_relations (
  article_id   INTEGER NOT NULL,
  event        INTEGER NOT NULL,   -- record_terms.id
  source       INTEGER NOT NULL,   -- record_terms.id, 0 = none
  target       INTEGER NOT NULL,   -- record_terms.id, 0 = none
  modality     INTEGER NOT NULL,   -- record_terms.id
  published_at INTEGER NOT NULL,
  spans        BLOB    NOT NULL,
  PRIMARY KEY (article_id, event, source, target, modality)
) WITHOUT ROWID;
-- One article's relations (detail, record checks per candidate, relations, re-tag) are a primary-key
-- prefix. A record filter naming an event walks, by time, article_events when its modalities tag
-- articles (reported, planned, denied: such a record's event is always one of its article's events),
-- else this index, which holds only the records that do not tag (speculative 4, background 5: the
-- codes the first INSERT above gave them; 2.5 % of the relations of the scale corpus).
CREATE INDEX article_relations_untagged ON article_relations (event, published_at, article_id)
  WHERE modality >= 4;

-- Every stored record carried over: the same terms, offsets and order.
INSERT INTO article_relations (article_id, event, source, target, modality, published_at, spans)
  SELECT article_id, ec.id, coalesce(sc.id, 0), coalesce(tc.id, 0), mc.id, max(published_at),
         unhex(group_concat(
           CASE WHEN d < 128 THEN printf('%02x', d)
                ELSE printf('%02x%02x', (d & 127) | 128, d >> 7) END ||
           CASE WHEN s < 128 THEN printf('%02x', s)
                WHEN s < 16384 THEN printf('%02x%02x', (s & 127) | 128, s >> 7)
                WHEN s < 2097152 THEN printf('%02x%02x%02x', (s & 127) | 128, ((s >> 7) & 127) | 128, s >> 14)
                ELSE printf('%02x%02x%02x%02x', (s & 127) | 128, ((s >> 7) & 127) | 128,
                            ((s >> 14) & 127) | 128, s >> 21) END ||
           CASE WHEN n < 128 THEN printf('%02x', n)
                WHEN n < 16384 THEN printf('%02x%02x', (n & 127) | 128, n >> 7)
                WHEN n < 2097152 THEN printf('%02x%02x%02x', (n & 127) | 128, ((n >> 7) & 127) | 128, n >> 14)
                ELSE printf('%02x%02x%02x%02x', (n & 127) | 128, ((n >> 7) & 127) | 128,
                            ((n >> 14) & 127) | 128, n >> 21) END,
           '' ORDER BY seq))
  FROM (
    SELECT article_id, event, source, target, modality, published_at, seq,
           seq - coalesce(lag(seq) OVER w, -1) - 1 AS d,
           sent_start * 2 + (in_title <> 0) AS s,
           sent_end - sent_start AS n
    FROM article_records
    WINDOW w AS (PARTITION BY article_id, event, source, target, modality ORDER BY seq)
  ) r
  JOIN record_terms ec ON ec.term = r.event
  LEFT JOIN record_terms sc ON sc.term = r.source
  LEFT JOIN record_terms tc ON tc.term = r.target
  JOIN record_terms mc ON mc.term = r.modality
  GROUP BY article_id, ec.id, coalesce(sc.id, 0), coalesce(tc.id, 0), mc.id;

DROP INDEX article_records_event;
DROP TABLE article_records;
