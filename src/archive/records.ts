/**
 * The archive format: one JSON line per article (the whole stored article, mentions included),
 * each line gzip-compressed on its own and the members concatenated. The object is therefore a
 * valid .ndjson.gz (gzip readers concatenate members), and one article is readable alone from
 * its byte range.
 */
import type { ArchivableRow, StoredMention } from '../db/archive'
import { iso } from '../lib/time'

/** Bumped when a field changes meaning; readers accept every version they know. */
export const ARCHIVE_FORMAT = 1

export interface ArchivedMention {
  event: string
  actors: string[]
  sentence: string
  in_title: boolean
}

export interface ArchiveRecord {
  format: number
  id: string
  canonical_url: string | null
  url: string | null
  title: string
  summary: string
  content: string
  author: string | null
  image_url: string | null
  lang: string
  published_at: string
  fetched_at: string
  feed_id: string
  cluster_id: string
  content_hash: string
  actors: string[]
  events: string[]
  mentions: ArchivedMention[]
}

const slugs = (s: string) => (s ? s.split(' ').filter(Boolean) : [])

export function toRecord(row: ArchivableRow, mentions: StoredMention[]): ArchiveRecord {
  return {
    format: ARCHIVE_FORMAT,
    id: String(row.id),
    canonical_url: row.canonical_url,
    url: row.url,
    title: row.title,
    summary: row.summary,
    content: row.content,
    author: row.author,
    image_url: row.image_url,
    lang: row.lang,
    published_at: iso(row.published_at)!,
    fetched_at: iso(row.fetched_at)!,
    feed_id: String(row.feed_id),
    cluster_id: String(row.cluster_id),
    content_hash: row.content_hash,
    actors: slugs(row.actors),
    events: slugs(row.events),
    mentions: mentions.map((m) => ({
      event: m.event,
      actors: slugs(m.actors),
      sentence: m.sentence,
      in_title: m.in_title === 1,
    })),
  }
}

/** One gzip member holding one NDJSON line. */
export async function gzipLine(record: ArchiveRecord): Promise<Uint8Array> {
  const stream = new Blob([`${JSON.stringify(record)}\n`]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

/** The record in one gzip member (bytes exactly as written). */
export async function gunzipRecord(member: Uint8Array | ArrayBuffer): Promise<ArchiveRecord> {
  const stream = new Blob([member]).stream().pipeThrough(new DecompressionStream('gzip'))
  const record = JSON.parse(await new Response(stream).text()) as ArchiveRecord
  if (typeof record.format !== 'number' || record.format > ARCHIVE_FORMAT)
    throw new Error(`archive record of unknown format ${record.format}`)
  return record
}

export async function sha256Hex(bytes: Uint8Array | ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('')
}
