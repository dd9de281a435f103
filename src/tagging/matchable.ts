/** An article's event records as in-memory filters (watches) read them: roles with what they imply. */
import type { MatchableRecord } from '../search/types'
import type { Tagger } from './tagger'
import type { TagResult } from './types'

export function matchableRecords(tagger: Tagger, result: TagResult): MatchableRecord[] {
  return result.records.map((r) => ({
    event: r.event,
    modality: r.modality,
    source: r.source ? tagger.implied(r.source) : [],
    target: r.target ? tagger.implied(r.target) : [],
  }))
}
