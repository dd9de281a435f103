import { VERSION } from '../version'
import { categoryScheme } from './ids'
import type { FeedChannel, FeedEntry } from './types'
import { buildXmlDocument, textWithAttributes, type XmlNode } from './xml'

const NS_ATOM = 'http://www.w3.org/2005/Atom'
const NS_DC = 'http://purl.org/dc/elements/1.1/'
const NS_MEDIA = 'http://search.yahoo.com/mrss/'

/** RFC 822 date as RSS 2.0 wants it ("Sun, 08 Oct 2023 14:27:00 GMT"). */
export const rfc822 = (ms: number) => new Date(ms).toUTCString()

function rssCategories(entry: FeedEntry, baseUrl: string): XmlNode[] {
  return [
    ...entry.actors.map((slug) => textWithAttributes(slug, { domain: categoryScheme(baseUrl, 'actor') })),
    ...entry.events.map((slug) => textWithAttributes(slug, { domain: categoryScheme(baseUrl, 'event') })),
  ]
}

function rssItem(entry: FeedEntry, baseUrl: string): XmlNode {
  return {
    title: entry.title,
    link: entry.url ?? undefined,
    guid: textWithAttributes(entry.id, { isPermaLink: 'false' }),
    pubDate: rfc822(entry.publishedAt),
    description: entry.html,
    'dc:creator': entry.author ?? undefined,
    category: rssCategories(entry, baseUrl),
    source: textWithAttributes(entry.source.name, { url: entry.source.feedUrl }),
    'media:thumbnail': entry.imageUrl ? { '@_url': entry.imageUrl } : undefined,
  }
}

/**
 * RSS 2.0 with atom:link rel="self" (the RSS Advisory Board's recommendation), guids that are
 * not permalinks (a tag: URI per article), dc:creator for authors (RSS <author> must be an
 * e-mail address) and one <category> per actor and event slug, told apart by @domain.
 */
export function writeRss(channel: FeedChannel, entries: FeedEntry[]): string {
  return buildXmlDocument({
    rss: {
      '@_version': '2.0',
      '@_xmlns:atom': NS_ATOM,
      '@_xmlns:dc': NS_DC,
      '@_xmlns:media': NS_MEDIA,
      channel: {
        title: channel.title,
        link: channel.homeUrl,
        description: channel.description,
        language: channel.language ?? undefined,
        lastBuildDate: channel.updated === null ? undefined : rfc822(channel.updated),
        generator: `Seismo ${VERSION}`,
        ttl: channel.ttlMinutes,
        'atom:link': { '@_href': channel.selfUrl, '@_rel': 'self', '@_type': 'application/rss+xml' },
        item: entries.map((e) => rssItem(e, channel.baseUrl)),
      },
    },
  })
}
