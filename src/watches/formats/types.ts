import type { ArticleView } from '../../db/article-view'

/** The events a webhook carries, as the formats render them. */

export const WEBHOOK_FORMATS = ['standard', 'slack', 'discord'] as const
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number]

export interface WatchRef {
  id: string
  name: string
}

/** Another outlet's copy of a story (a folded delivery): enough to name and link it. */
export interface ArticleRef {
  id: string
  title: string
  url: string | null
  published_at: string
  feed: { id: string; title: string | null }
}

/** An alerted story: its first article, and the later copies folded into it (at most a listed few of `copyCount`). */
export interface StoryItem {
  article: ArticleView
  copies: ArticleRef[]
  copyCount: number
}

export type WebhookEvent =
  | ({ type: 'article.matched'; timestamp: string; watch: WatchRef } & StoryItem)
  | { type: 'watch.test'; timestamp: string; watch: WatchRef }
  | {
      type: 'watch.digest'
      timestamp: string
      watch: WatchRef
      period: { start: string; end: string }
      /** Matches in the digest; `items` holds the newest of them (at most MAX_DIGEST_ARTICLES). */
      count: number
      items: StoryItem[]
    }

export type DigestEvent = Extract<WebhookEvent, { type: 'watch.digest' }>
export type MatchedEvent = Extract<WebhookEvent, { type: 'article.matched' }>

export const toArticleRef = (a: ArticleView): ArticleRef => ({
  id: a.id,
  title: a.title,
  url: a.url,
  published_at: a.published_at,
  feed: a.feed,
})
