/**
 * Parsed feed items → articles ready to store: plain text, absolute and canonical URLs,
 * language, a trustworthy date and an identity key. Pure apart from crypto.subtle (hashing)
 * and HTMLRewriter (HTML → text); items are processed concurrently.
 *
 * Rules worth knowing:
 * - Identity within a feed (itemKey): "guid:<guid>", else "url:<article URL key>", else
 *   "hash:<sha-256 of title + content>". Every item of the document is returned, repeats
 *   included: identity.ts tells a repeat from a distinct item that shares a guid or link, and
 *   the store counts what it folds.
 * - Items with no title, no text, no link and no enclosure carry nothing to show and are
 *   dropped (the caller counts them as skipped); an item with only an enclosure (a podcast
 *   episode) is titled by the enclosure's file name.
 * - Dates: the item's published (else updated) time; missing → fetch time; more than
 *   FUTURE_DATE_TOLERANCE_MS after the fetch → fetch time. Future dates come from zone bugs
 *   (KST times labelled GMT put Korean items 9 h ahead) or embargoed posts; kept as given they
 *   would sit above every real article in newest-first lists and feed outputs for hours,
 *   and the fetch time is the best estimate of when the item became visible.
 * - Summary: the item's own summary when it is a real one (not empty, not the title again,
 *   not a "read more" stub), else the start of the content; one line, SUMMARY_MAX_CHARS at
 *   a word boundary with "…".
 * - Language: see chooseLanguage in ./lang.ts.
 */
import { articleUrlKey } from '../lib/canonical-url'
import {
  AUTHOR_MAX_CHARS,
  DERIVED_TITLE_MAX_CHARS,
  FUTURE_DATE_TOLERANCE_MS,
  MAX_GUID_KEY_CHARS,
  MAX_ITEMS_PER_FEED,
  MAX_URL_LENGTH,
  SUMMARY_MAX_CHARS,
  TITLE_MAX_CHARS,
} from '../limits'
import { cutAtWord, htmlToText } from './html-text'
import { chooseLanguage } from './lang'
import { inlineHtmlText } from './parse/inline-html'
import type { NormalizedArticle, ParsedFeed, ParsedItem } from './types'

export interface NormaliseContext {
  /** The URL the document came from: base for relative links. */
  feedUrl: string
  /** Language configured on the feed (feeds.lang), if any. */
  feedLang?: string | null
  /** Fetch time, epoch ms: the fallback publication time. */
  fetchedAt: number
}

const ELLIPSIS = '…'

/** Summaries that are only a link label, not a summary. */
const STUB_SUMMARY =
  /^(?:read more|continue reading|more|full story|click here|\.\.\.|…|\[…\]|더\s?보기|기사\s?더\s?보기|원문\s?보기)[\s.…»›>]*$/i

/** The articles of the document's items, in document order; empty items left out. */
export async function normaliseItems(feed: ParsedFeed, ctx: NormaliseContext): Promise<NormalizedArticle[]> {
  const items = feed.items.slice(0, MAX_ITEMS_PER_FEED)
  const articles = await Promise.all(items.map((item) => normaliseItem(item, feed, ctx)))
  return articles.filter((a): a is NormalizedArticle => a !== null)
}

async function normaliseItem(
  item: ParsedItem,
  feed: ParsedFeed,
  ctx: NormaliseContext,
): Promise<NormalizedArticle | null> {
  const url = absoluteHttpUrl(item.link, ctx.feedUrl)
  const [bodyText, summaryText] = await Promise.all([
    htmlToText(item.contentHtml ?? ''),
    htmlToText(item.summaryHtml ?? ''),
  ])
  const content = bodyText || summaryText
  const ownTitle = cleanLine(item.title)
  const enclosure = item.enclosures.length ? absoluteHttpUrl(item.enclosures[0].url, ctx.feedUrl) : null
  if (!ownTitle && !content && !url && !enclosure) return null

  const title = ownTitle
    ? cutAtWord(ownTitle, TITLE_MAX_CHARS, ELLIPSIS)
    : derivedTitle(content, url ?? fileName(enclosure))
  const canonicalUrl = url ? articleUrlKey(url) : null
  const contentHash = await sha256Hex(`${title}\n${content}`)
  const summary = chooseSummary(summaryText, content, title)
  return {
    itemKey: await itemKey(item.guid, canonicalUrl, contentHash),
    title,
    url,
    canonicalUrl,
    summary,
    content,
    lang: chooseLanguage({
      itemLang: item.lang,
      feedLang: ctx.feedLang,
      docLang: feed.lang,
      text: `${title}\n${content}`,
    }),
    publishedAt: publishedTime(item, ctx.fetchedAt),
    author: cleanAuthor(item.author),
    imageUrl: imageOf(item, ctx.feedUrl),
    contentHash,
    versionHash: (await sha256Hex([title, summary, content].map(collapsed).join('\n'))).slice(0, 16),
    versionAt: versionTime(item, ctx.fetchedAt),
  }
}

const collapsed = (s: string) => s.replace(/\s+/g, ' ').trim()

/** The item's own date for this version: updated, else published (a future one: the fetch time); else null. */
function versionTime(item: ParsedItem, fetchedAt: number): number | null {
  const t = item.updatedAt ?? item.publishedAt
  if (t === undefined || !Number.isFinite(t)) return null
  return t > fetchedAt + FUTURE_DATE_TOLERANCE_MS ? fetchedAt : t
}

/** An absolute http(s) URL resolved against base, or null (javascript:, data:, mailto:, garbage). */
export function absoluteHttpUrl(value: string | undefined | null, base: string): string | null {
  const v = value?.trim()
  if (!v) return null
  let u: URL
  try {
    u = new URL(v, base)
  } catch {
    return null
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null
  return u.href.length > MAX_URL_LENGTH ? null : u.href
}

/**
 * Titles and bylines are plain text (entities already decoded by the parser); markup still in
 * them came double-escaped, and is read once more without decoding: tags dropped, hidden
 * elements (script, style...) and comments with their text.
 */
function cleanLine(value: string | undefined | null): string {
  if (!value) return ''
  const text = value.includes('<') ? inlineHtmlText(value, false) : value
  return text.replace(/\s+/g, ' ').trim()
}

/** The last path segment of a URL ("episode-12.mp3"), to title an item that only has an enclosure. */
function fileName(url: string | null): string | null {
  if (!url) return null
  const path = new URL(url).pathname
  const last = path.slice(path.lastIndexOf('/') + 1)
  try {
    return decodeURIComponent(last) || url
  } catch {
    return last || url
  }
}

function derivedTitle(content: string, url: string | null): string {
  const firstLine = content.split('\n', 1)[0]
  if (firstLine) return cutAtWord(firstLine, DERIVED_TITLE_MAX_CHARS, ELLIPSIS)
  return url ?? ''
}

export function chooseSummary(ownSummary: string, content: string, title: string): string {
  const own = ownSummary.replace(/\n/g, ' ')
  const isReal = own !== '' && !STUB_SUMMARY.test(own) && own.toLowerCase() !== title.toLowerCase()
  const source = isReal ? own : content.replace(/\n/g, ' ')
  return cutAtWord(source, SUMMARY_MAX_CHARS, ELLIPSIS)
}

function publishedTime(item: ParsedItem, fetchedAt: number): number {
  const t = item.publishedAt ?? item.updatedAt
  if (t === undefined || !Number.isFinite(t)) return fetchedAt
  return t > fetchedAt + FUTURE_DATE_TOLERANCE_MS ? fetchedAt : t
}

/** Plain byline. RSS <author> is "email (Name)": the name is kept. */
function cleanAuthor(value: string | undefined | null): string | null {
  let author = cleanLine(value)
  const named = /^[^\s@()]+@[^\s@()]+\s*\((.+)\)$/.exec(author)
  if (named) author = named[1].trim()
  return author ? cutAtWord(author, AUTHOR_MAX_CHARS, ELLIPSIS) : null
}

function imageOf(item: ParsedItem, base: string): string | null {
  const fromItem = absoluteHttpUrl(item.imageUrl, base)
  if (fromItem) return fromItem
  const enclosure = item.enclosures.find(
    (e) =>
      e.type?.toLowerCase().startsWith('image/') ||
      (!e.type && /\.(?:jpe?g|png|gif|webp|avif)(?:\?|$)/i.test(e.url)),
  )
  return enclosure ? absoluteHttpUrl(enclosure.url, base) : null
}

async function itemKey(
  guid: string | undefined,
  canonicalUrl: string | null,
  contentHash: string,
): Promise<string> {
  const g = guid?.trim()
  if (g) return g.length > MAX_GUID_KEY_CHARS ? `guid:sha256:${await sha256Hex(g)}` : `guid:${g}`
  if (canonicalUrl) return `url:${canonicalUrl}`
  return `hash:${contentHash}`
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

export async function sha256Hex(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
  let hex = ''
  for (const byte of digest) hex += HEX[byte]
  return hex
}
