import { createRoute } from '@hono/zod-openapi'
import type { App } from '../app'
import { readArchivedArticle } from '../archive/read'
import { toArticleView } from '../db/article-view'
import { type DuplicateRow, readArticleDetail } from '../db/articles'
import { recordSentence } from '../db/records'
import { notFound } from '../errors'
import { policy } from '../lib/access'
import { ArticleDetailSchema } from '../search/schemas'
import { errors, IdParam, json, parseId, READ_ERRORS } from './schemas'

const duplicateView = (d: DuplicateRow) => ({
  id: String(d.id),
  url: d.url,
  feed: { id: String(d.feed_id), title: d.feed_title },
})
const splitSlugs = (s: string) => s.split(' ').filter(Boolean)

export function registerArticleRoutes(app: App): void {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/api/articles/{id}',
      summary: 'One article with its content, tag evidence and duplicates',
      description:
        'mentions: which actors each event was reported with, sentence by sentence. event_records: who did ' +
        'what to whom, sentence by sentence (source, target, modality; see docs/tagging.md); only reported, ' +
        'planned and denied records tag the article with their event. duplicates: the same story from other ' +
        'articles of its ' +
        'near-duplicate cluster, and other feeds that carried this very article.',
      tags: ['search'],
      ...policy('read'),
      request: { params: IdParam },
      responses: {
        200: json(ArticleDetailSchema, 'The article'),
        ...errors(READ_ERRORS, 'not_found', 'archive_unavailable'),
      },
    }),
    async (c) => {
      const id = parseId(c.req.valid('param').id, 'article')
      const detail = await readArticleDetail(c.env.DB, id)
      if (!detail.article) throw notFound('article')
      const a = detail.article
      // An archived article's body and mentions come back from its R2 record; the rest is live D1 state.
      const archived =
        a.archive_key !== null
          ? await readArchivedArticle(c.env.ARCHIVE, {
              objectKey: a.archive_key,
              offset: a.archive_offset ?? 0,
              length: a.archive_length ?? 0,
            })
          : null
      return c.json(
        {
          ...toArticleView(a),
          content: archived ? archived.content : a.content,
          mentions: archived
            ? archived.mentions
            : detail.mentions.map((m) => ({
                event: m.event,
                actors: splitSlugs(m.actors),
                sentence: m.sentence,
                in_title: m.in_title === 1,
              })),
          // Offsets into the text the tagger read: an archived article's body is its R2 record's.
          event_records: detail.records.map((r) => ({
            event: r.event,
            source: r.source,
            target: r.target,
            modality: r.modality,
            sentence: recordSentence(r, archived ? { ...a, content: archived.content } : a),
            in_title: r.in_title === 1,
          })),
          duplicates: [...detail.clusterMembers, ...detail.otherSources].map(duplicateView),
        },
        200,
      )
    },
  )
}
