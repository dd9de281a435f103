/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). The document is untrusted JSON:
 * every field is read through a type guard and anything of the wrong type is ignored. A document
 * cut off mid-way keeps its complete items, with a warning (json-salvage.ts).
 */

import { MalformedFeed, NotAFeed } from '../../errors'
import type { ParsedFeed, ParsedItem } from '../types'
import { parseFeedDate } from './dates'
import { addCategory, addEnclosure, collectItems, newItem, setItems } from './items'
import { salvageJson } from './json-salvage'
import { readSalvagedFeed } from './salvage'
import { htmlToPlain, normaliseLang, resolveBase, resolveUrl, textAsHtml, zoneHintMinutes } from './text'

type Json = Record<string, unknown>

const VERSION_RE = /^https?:\/\/jsonfeed\.org\/version\/(1(?:\.\d+)?)\/?$/

export function parseJsonFeed(text: string, baseUrl: string): ParsedFeed {
  let doc: Json
  try {
    doc = parseJson(text)
  } catch (err) {
    const salvaged = err instanceof MalformedFeed && readSalvaged(err, text, baseUrl)
    if (salvaged) return salvaged
    throw err
  }
  return readFeed(doc, baseUrl)
}

/**
 * A JSON Feed cut off after complete items (json-salvage.ts): those items, with the warning the
 * XML path gives a cut document. null when nothing can be kept (the parse error then stands):
 * no complete item, or what was read before the cut is not a JSON Feed (a cut document of any
 * other JSON stays "malformed JSON", as before).
 */
function readSalvaged(err: MalformedFeed, text: string, baseUrl: string): ParsedFeed | null {
  const saved = salvageJson(text)
  if (!saved) return null
  return readSalvagedFeed(err.message, saved.incompleteItems, () => readFeed(parseJson(saved.text), baseUrl))
}

function readFeed(doc: Json, baseUrl: string): ParsedFeed {
  const version = typeof doc.version === 'string' ? VERSION_RE.exec(doc.version.trim()) : null
  if (!version) throw new NotAFeed('JSON document is not a JSON Feed (no jsonfeed.org version)')
  const base = resolveBase(str(doc.feed_url), baseUrl)
  const feed: ParsedFeed = {
    format: 'json',
    version: version[1] === '1' ? '1.0' : version[1],
    title: plainField(doc.title),
    siteUrl: resolveUrl(str(doc.home_page_url), base),
    lang: normaliseLang(str(doc.language)),
    items: [],
  }
  const ctx: JsonContext = { base, offset: zoneHintMinutes(feed.lang, feed.title), authors: authorsOf(doc) }
  const items = Array.isArray(doc.items) ? doc.items : []
  setItems(
    feed,
    collectItems(items, (raw) => (isObject(raw) ? readItem(raw, ctx) : undefined)),
  )
  return feed
}

function parseJson(text: string): Json {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (err) {
    throw new MalformedFeed(`malformed JSON: ${err instanceof Error ? err.message : String(err)}`)
  }
  if (!isObject(doc)) throw new NotAFeed('JSON document is not an object')
  return doc
}

interface JsonContext {
  base: string | undefined
  offset: number
  authors: string[]
}

function readItem(raw: Json, ctx: JsonContext): ParsedItem {
  const item = newItem()
  const id = raw.id
  item.guid =
    typeof id === 'string' ? id.trim() || undefined : typeof id === 'number' ? String(id) : undefined
  item.link = resolveUrl(str(raw.url), ctx.base) ?? resolveUrl(str(raw.external_url), ctx.base)
  item.title = plainField(raw.title)
  item.contentHtml = str(raw.content_html)?.trim() || textHtml(raw.content_text)
  item.summaryHtml = textHtml(raw.summary)
  const opts = { defaultOffsetMinutes: ctx.offset }
  item.updatedAt = parseFeedDate(str(raw.date_modified), opts)
  item.publishedAt = parseFeedDate(str(raw.date_published), opts) ?? item.updatedAt
  const authors = authorsOf(raw)
  const chosen = authors.length ? authors : ctx.authors
  if (chosen.length) item.author = chosen.join(', ')
  item.lang = normaliseLang(str(raw.language))
  if (Array.isArray(raw.tags)) for (const tag of raw.tags) addCategory(item, plainField(tag) ?? '')
  readAttachments(raw.attachments, item, ctx.base)
  item.imageUrl =
    resolveUrl(str(raw.image), ctx.base) ?? resolveUrl(str(raw.banner_image), ctx.base) ?? item.imageUrl
  return item
}

function readAttachments(value: unknown, item: ParsedItem, base: string | undefined): void {
  if (!Array.isArray(value)) return
  for (const a of value) {
    if (!isObject(a)) continue
    const url = resolveUrl(str(a.url), base)
    if (!url) continue
    const type = str(a.mime_type)
    const size = a.size_in_bytes
    addEnclosure(
      item,
      url,
      type,
      typeof size === 'number' && Number.isSafeInteger(size) && size > 0 ? size : undefined,
    )
    if (!item.imageUrl && type?.toLowerCase().startsWith('image/')) item.imageUrl = url
  }
}

/** 1.1 "authors" array, else 1.0 "author" object. */
function authorsOf(obj: Json): string[] {
  const list = Array.isArray(obj.authors) ? obj.authors : isObject(obj.author) ? [obj.author] : []
  const names: string[] = []
  for (const a of list) {
    const name = isObject(a) ? plainField(a.name) : undefined
    if (name && !names.includes(name)) names.push(name)
  }
  return names
}

/**
 * JSON strings are not XML-escaped, so a plain-text field is read as an HTML fragment once:
 * that undoes the HTML escaping CMSs leave in titles ("Q&amp;A", "&#8217;") and drops stray
 * markup, the same rule as the second decode of plainText for XML feeds.
 */
function plainField(value: unknown): string | undefined {
  return typeof value === 'string' ? htmlToPlain(value) || undefined : undefined
}

function textHtml(value: unknown): string | undefined {
  const text = str(value)?.trim()
  return text ? textAsHtml(text) : undefined
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
