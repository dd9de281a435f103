import { ApiError } from '../errors'
import { type ArchiveRecord, gunzipRecord } from './records'

/** Where an archived article's gzip member is (columns of articles + its batch's object key). */
export interface ArchiveLocation {
  objectKey: string
  offset: number
  length: number
}

/** An archived article read back whole from R2: one range request of its own bytes. */
export async function readArchivedArticle(bucket: R2Bucket, at: ArchiveLocation): Promise<ArchiveRecord> {
  const obj = await bucket.get(at.objectKey, { range: { offset: at.offset, length: at.length } })
  if (!obj) throw archiveUnavailable(at.objectKey)
  return gunzipRecord(await obj.arrayBuffer())
}

/**
 * Many archived articles of one batch object in ONE range request spanning them (export pages
 * walk articles in publication order, the order batches were written in, so a page's archived
 * rows sit close together). Returns records by article id.
 */
export async function readArchivedSpan(
  bucket: R2Bucket,
  objectKey: string,
  members: { offset: number; length: number }[],
): Promise<Map<string, ArchiveRecord>> {
  const start = Math.min(...members.map((m) => m.offset))
  const end = Math.max(...members.map((m) => m.offset + m.length))
  const obj = await bucket.get(objectKey, { range: { offset: start, length: end - start } })
  if (!obj) throw archiveUnavailable(objectKey)
  const bytes = new Uint8Array(await obj.arrayBuffer())
  const out = new Map<string, ArchiveRecord>()
  for (const m of members) {
    const rec = await gunzipRecord(bytes.subarray(m.offset - start, m.offset - start + m.length))
    out.set(rec.id, rec)
  }
  return out
}

function archiveUnavailable(key: string): ApiError {
  return new ApiError(
    503,
    'archive_unavailable',
    `archived article data (${key}) could not be read; try again`,
  )
}
