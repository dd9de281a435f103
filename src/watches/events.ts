import { toArticleView } from '../db/article-view'
import { type DeliveryRow, deliveryArticle, digestItems, storyCopies } from '../db/deliveries'
import type { WatchRow } from '../db/watches'
import { iso } from '../lib/time'
import { MAX_DIGEST_ARTICLES, MAX_STORY_COPIES_LISTED } from '../limits'
import { type ArticleRef, type StoryItem, toArticleRef, type WebhookEvent } from './formats'

/**
 * What a delivery says, read from D1 at each attempt: a story alert lists the copies folded into
 * it so far (so a retry, a redelivery or a release carries the copies that arrived meanwhile), a
 * digest lists the matches attached to it.
 */

/** The delivery has nothing left to say (its article is gone): it ends failed with this reason. */
export class NothingToSend extends Error {}

export async function eventFor(db: D1Database, watch: WatchRow, d: DeliveryRow): Promise<WebhookEvent> {
  const ref = { id: String(watch.id), name: watch.name }
  const timestamp = iso(d.created_at)!
  if (d.kind === 'watch.digest') {
    const rows = await digestItems(db, d.id, MAX_DIGEST_ARTICLES)
    if (rows.length === 0) throw new NothingToSend('the articles of this digest no longer exist')
    const copies = await copiesByLead(
      db,
      rows.map((r) => r.delivery_id),
    )
    return {
      type: 'watch.digest',
      timestamp,
      watch: ref,
      period: { start: iso(d.period_start ?? d.created_at)!, end: iso(d.period_end ?? d.created_at)! },
      count: Math.max(d.item_count ?? 0, rows.length),
      items: rows.map((r) => storyItem(toArticleView(r), copies.get(r.delivery_id))),
    }
  }
  if (d.kind === 'watch.test' || d.article_id === null) return { type: 'watch.test', timestamp, watch: ref }
  const article = await deliveryArticle(db, d.article_id)
  if (!article) throw new NothingToSend(`article ${d.article_id} no longer exists`)
  const copies = d.story_key === null ? undefined : (await copiesByLead(db, [d.id])).get(d.id)
  return { type: 'article.matched', timestamp, watch: ref, ...storyItem(article, copies) }
}

interface Copies {
  refs: ArticleRef[]
  total: number
}

async function copiesByLead(db: D1Database, leadIds: number[]): Promise<Map<number, Copies>> {
  const out = new Map<number, Copies>()
  for (const row of await storyCopies(db, leadIds, MAX_STORY_COPIES_LISTED)) {
    let entry = out.get(row.lead_id)
    if (!entry) {
      entry = { refs: [], total: row.total }
      out.set(row.lead_id, entry)
    }
    entry.refs.push(toArticleRef(toArticleView(row)))
  }
  return out
}

const storyItem = (article: StoryItem['article'], copies?: Copies): StoryItem => ({
  article,
  copies: copies?.refs ?? [],
  copyCount: copies?.total ?? 0,
})
