/**
 * One article as readers see it (GET /api/articles/:id and the /articles/:id page): its D1 rows,
 * with the body, mentions and event-record sentences of an archived article read back from its
 * R2 record, so the API and the page show the same text and evidence whether or not it is archived.
 */
import { readArchivedArticle } from '../archive/read'
import { type ArticleDetailRows, readArticleDetail } from '../db/articles'
import { recordSentence } from '../db/records'
import type { Modality } from '../tagging/types'

export interface MentionView {
  event: string
  actors: string[]
  sentence: string
  in_title: boolean
}

export interface EventRecordView {
  event: string
  source: string | null
  target: string | null
  modality: Modality
  sentence: string
  in_title: boolean
}

export interface ShownArticle {
  rows: ArticleDetailRows & { article: NonNullable<ArticleDetailRows['article']> }
  /** The body the tagger read: the D1 column, or the archived record's. */
  content: string
  mentions: MentionView[]
  records: EventRecordView[]
}

const splitSlugs = (s: string) => s.split(' ').filter(Boolean)

/** null: no such article. Throws archive_unavailable (503) when an archived body cannot be read. */
export async function readShownArticle(
  env: { DB: D1Database; ARCHIVE: R2Bucket },
  id: number,
): Promise<ShownArticle | null> {
  const rows = await readArticleDetail(env.DB, id)
  const a = rows.article
  if (!a) return null
  // An archived article's body and mentions come back from its R2 record; the rest is live D1 state.
  const archived =
    a.archive_key !== null
      ? await readArchivedArticle(env.ARCHIVE, {
          objectKey: a.archive_key,
          offset: a.archive_offset ?? 0,
          length: a.archive_length ?? 0,
        })
      : null
  const content = archived ? archived.content : a.content
  return {
    rows: { ...rows, article: a },
    content,
    mentions: archived
      ? archived.mentions
      : rows.mentions.map((m) => ({
          event: m.event,
          actors: splitSlugs(m.actors),
          sentence: m.sentence,
          in_title: m.in_title === 1,
        })),
    // Offsets into the text the tagger read.
    records: rows.records.map((r) => ({
      event: r.event,
      source: r.source,
      target: r.target,
      modality: r.modality,
      sentence: recordSentence(r, { ...a, content }),
      in_title: r.in_title === 1,
    })),
  }
}
