import { iso } from '../lib/time'
import type { FeedChannel, FeedEntry } from './types'

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), with Seismo's tags under the `_seismo` extension. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1'
  title: string
  home_page_url: string
  feed_url: string
  description: string
  language?: string
  authors: { name: string }[]
  items: JsonFeedItem[]
}

export interface JsonFeedItem {
  id: string
  url?: string
  title: string
  content_html: string
  summary?: string
  image?: string
  date_published: string
  authors?: { name: string }[]
  tags: string[]
  language?: string
  _seismo: {
    article_id: string
    actors: string[]
    events: string[]
    cluster_id: string
    source: { name: string; feed_url: string }
  }
}

function jsonItem(entry: FeedEntry): JsonFeedItem {
  return {
    id: entry.id,
    url: entry.url ?? undefined,
    title: entry.title,
    content_html: entry.html,
    summary: entry.summary || undefined,
    image: entry.imageUrl ?? undefined,
    date_published: iso(entry.publishedAt) as string,
    authors: entry.author ? [{ name: entry.author }] : undefined,
    tags: [...new Set([...entry.actors, ...entry.events])],
    language: entry.lang ?? undefined,
    _seismo: {
      article_id: entry.articleId,
      actors: entry.actors,
      events: entry.events,
      cluster_id: entry.clusterId,
      source: { name: entry.source.name, feed_url: entry.source.feedUrl },
    },
  }
}

function toJsonFeed(channel: FeedChannel, entries: FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.selfUrl,
    description: channel.description,
    language: channel.language ?? undefined,
    authors: [{ name: 'Seismo' }],
    items: entries.map(jsonItem),
  }
}

/** JSON Feed 1.1; JSON.stringify escapes everything JSON needs, and the strings are already clean. */
export function writeJsonFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  return JSON.stringify(toJsonFeed(channel, entries))
}
