import { describe, expect, it } from 'vitest'
import type { EventRecord, TagResult } from '../../src/tagging/types'
import { defaultTagger, eventsOf } from './helpers'

// Issue 14, round eight's Korean detection pass (blind t16-t19 text and the older batches): Korean event
// senses and false alarms. Sentences written for these tests, not taken from the gold.

function ko(body: string, title = '', date = '2025-06-01'): TagResult {
  return defaultTagger().tag({
    title,
    content: body,
    lang: 'ko',
    publishedAt: Date.parse(`${date}T00:00:00Z`),
  })
}

const brief = (r: EventRecord) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`
const records = (body: string, title = '') => ko(body, title).records.map(brief)
const events = (body: string, title = '') => eventsOf(ko(body, title))

describe('Korean aid of food, medicine or relief is humanitarian too (as in English)', () => {
  it('a state giving flour, vaccines or relief to another also helps its people', () => {
    expect(records('중국은 북한에 밀가루 3천t을 지원했다.')).toEqual([
      'aid china>north-korea reported',
      'humanitarian china>north-korea reported',
    ])
    expect(events('일본 정부는 우크라이나 피란민을 위해 500만 달러를 공여하기로 했다.')).toEqual([
      'aid',
      'humanitarian',
    ])
  })

  it('aid with no food, medicine or relief word (fertiliser, a loan) is aid alone', () => {
    expect(events('정부는 북한에 비료 10만t을 지원했다.')).toEqual(['aid'])
  })
})
