import { createRoute } from '@hono/zod-openapi'
import type { App } from '../app'
import { toArticleView } from '../db/article-view'
import type { DuplicateRow } from '../db/articles'
import { notFound } from '../errors'
import { policy } from '../lib/access'
import { readShownArticle } from '../search/article-detail'
import { ArticleDetailSchema } from '../search/schemas'
import { errors, IdParam, json, parseId, READ_ERRORS } from './schemas'

const duplicateView = (d: DuplicateRow) => ({
  id: String(d.id),
  url: d.url,
  feed: { id: String(d.feed_id), title: d.feed_title },
})

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
      const shown = await readShownArticle(c.env, id)
      if (!shown) throw notFound('article')
      const detail = shown.rows
      return c.json(
        {
          ...toArticleView(detail.article),
          content: shown.content,
          mentions: shown.mentions,
          event_records: shown.records,
          duplicates: [...detail.clusterMembers, ...detail.otherSources].map(duplicateView),
        },
        200,
      )
    },
  )
}
