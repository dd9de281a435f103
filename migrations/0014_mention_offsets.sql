-- Sentence mentions as spans, not copies (issue 15, bounded storage): the sentence copies were
-- 3.4 KB of the 11.2 KB an article cost. A new mention row stores '' as its sentence and the
-- sentence's UTF-16 offsets into the text the tagger read (the title when in_title, else the body:
-- content, else summary), as article_records does (0010_event_records); readers cut it from the
-- article's text (src/db/tags.ts mentionSentence). A sentence whose span would not read back as
-- the same text keeps its copy with NULL offsets, as every row written before this migration does:
-- those are rewritten with spans when the article is next re-tagged.
ALTER TABLE article_mentions ADD COLUMN sent_start INTEGER;
ALTER TABLE article_mentions ADD COLUMN sent_end INTEGER;
