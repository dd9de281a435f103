import type { ArticleView } from '../db/article-view'
import { writeAtom } from './atom'
import { toFeedEntry } from './entry'
import { writeJsonFeed } from './jsonfeed'
import { writeRss } from './rss'
import { cleanXmlText, safeLanguageTag } from './sanitize'
import type { FeedChannel, FeedFormat } from './types'

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

const WRITERS = { rss: writeRss, atom: writeAtom, json: writeJsonFeed } as const

/** Pure: channel meta and articles in, a complete feed document out (every string made safe on the way). */
export function renderFeed(format: FeedFormat, channel: FeedChannel, articles: ArticleView[]): string {
  const safeChannel: FeedChannel = {
    ...channel,
    title: cleanXmlText(channel.title),
    description: cleanXmlText(channel.description),
    language: safeLanguageTag(channel.language),
  }
  return WRITERS[format](
    safeChannel,
    articles.map((a) => toFeedEntry(a, channel.baseUrl)),
  )
}
