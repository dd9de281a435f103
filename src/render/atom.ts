import { iso } from '../lib/time'
import { VERSION } from '../version'
import { categoryScheme } from './ids'
import type { FeedChannel, FeedEntry } from './types'
import { buildXmlDocument, textWithAttributes, type XmlNode } from './xml'

const NS_ATOM = 'http://www.w3.org/2005/Atom'
const NS_MEDIA = 'http://search.yahoo.com/mrss/'

/** RFC 3339 as Atom wants it; an empty feed says it last changed at the epoch (updated is required). */
const atomDate = (ms: number | null) => iso(ms ?? 0) as string

function atomCategories(entry: FeedEntry, baseUrl: string): XmlNode[] {
  return [
    ...entry.actors.map((slug) => ({ '@_term': slug, '@_scheme': categoryScheme(baseUrl, 'actor') })),
    ...entry.events.map((slug) => ({ '@_term': slug, '@_scheme': categoryScheme(baseUrl, 'event') })),
  ]
}

function atomEntry(entry: FeedEntry, baseUrl: string): XmlNode {
  // We do not track edits, so an entry was last updated when it was published.
  const when = atomDate(entry.publishedAt)
  return {
    '@_xml:lang': entry.lang ?? undefined,
    id: entry.id,
    title: textWithAttributes(entry.title, { type: 'text' }),
    updated: when,
    published: when,
    link: entry.url ? { '@_rel': 'alternate', '@_type': 'text/html', '@_href': entry.url } : undefined,
    // Without a byline the outlet is the author (the feed-level author would wrongly credit Seismo).
    author: { name: entry.author ?? entry.source.name },
    category: atomCategories(entry, baseUrl),
    summary: entry.summary ? textWithAttributes(entry.summary, { type: 'text' }) : undefined,
    content: textWithAttributes(entry.html, { type: 'html' }),
    'media:thumbnail': entry.imageUrl ? { '@_url': entry.imageUrl } : undefined,
  }
}

/**
 * Atom 1.0 (RFC 4287): feed id is a tag: URI of the filter, links rel=self and rel=alternate,
 * entries with unique tag: URI ids, categories with term=slug and scheme=actor/event taxonomy.
 * HTML content is type="html" (escaped text), never inline XHTML.
 */
export function writeAtom(channel: FeedChannel, entries: FeedEntry[]): string {
  return buildXmlDocument({
    feed: {
      '@_xmlns': NS_ATOM,
      '@_xmlns:media': NS_MEDIA,
      '@_xml:lang': channel.language ?? undefined,
      id: channel.id,
      title: textWithAttributes(channel.title, { type: 'text' }),
      subtitle: textWithAttributes(channel.description, { type: 'text' }),
      updated: atomDate(channel.updated),
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': channel.selfUrl },
        { '@_rel': 'alternate', '@_type': 'application/json', '@_href': channel.homeUrl },
      ],
      author: { name: 'Seismo' },
      generator: textWithAttributes('Seismo', { version: VERSION }),
      entry: entries.map((e) => atomEntry(e, channel.baseUrl)),
    },
  })
}
