import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeMentions, encodeMentions, type MentionToStore } from '../src/db/mentions'

/**
 * The mention list BLOB (migrations/0018_mention_lists.sql) gives back every mention as written:
 * spans and copies, title flags, slugs in any number and script, actor lists empty or long. The
 * route-level check (the tagger's mentions read back through GET /api/articles/:id, legacy rows
 * included) is test/tagging/mention-spans.test.ts.
 */
const slug = fc.oneof(fc.constantFrom('north-korea', 'visit', 'russia', 'un-security-council'), fc.string())
const mention = fc
  .record({
    event: slug,
    actors: fc.array(slug, { maxLength: 8 }),
    inTitle: fc.boolean(),
    copy: fc.boolean(),
    start: fc.nat(2 ** 31),
    len: fc.nat(5_000),
    sentence: fc.string({ unit: 'grapheme', maxLength: 400 }),
  })
  .map(
    (m): MentionToStore => ({
      event: m.event,
      actors: m.actors,
      inTitle: m.inTitle,
      start: m.copy ? -1 : m.start,
      end: m.copy ? -1 : m.start + m.len,
      sentence: m.copy ? m.sentence : '',
    }),
  )

const asStored = (m: MentionToStore) => ({
  event: m.event,
  actors: m.actors.join(' '),
  sentence: m.sentence,
  in_title: m.inTitle ? 1 : 0,
  sent_start: m.start < 0 ? null : m.start,
  sent_end: m.start < 0 ? null : m.end,
})

describe('mention lists', () => {
  it('round-trip any mentions, in order', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 70 }), (ms) => {
        expect(decodeMentions(encodeMentions(ms))).toEqual(ms.map(asStored))
      }),
    )
  })

  it('index more than 127 distinct slugs (two-byte indexes)', () => {
    const ms = Array.from({ length: 300 }, (_, i) => ({
      event: `event-${i}`,
      actors: [`actor-${i}`, '북한'],
      inTitle: i % 2 === 0,
      start: i * 100,
      end: i * 100 + 42,
      sentence: '',
    }))
    expect(decodeMentions(encodeMentions(ms))).toEqual(ms.map(asStored))
  })

  it('cost a few bytes a mention once slugs are listed', () => {
    const ms = Array.from({ length: 15 }, (_, i) => ({
      event: i % 2 ? 'missile-launch' : 'threat-warning',
      actors: ['north-korea', 'japan'],
      inTitle: i === 0,
      start: 120 * i,
      end: 120 * i + 110,
      sentence: '',
    }))
    expect(encodeMentions(ms).length).toBeLessThan(60 + 15 * 8)
  })

  it('refuse a truncated BLOB, an unknown format and an index past the slugs', () => {
    const bytes = encodeMentions([
      { event: 'visit', actors: ['russia'], inTitle: false, start: 300, end: 400, sentence: '' },
    ])
    expect(() => decodeMentions(bytes.subarray(0, bytes.length - 1))).toThrow(/truncated/)
    expect(() => decodeMentions(Uint8Array.from([9, 0]))).toThrow(/unknown format/)
    expect(() => decodeMentions(Uint8Array.from([1, 0, 0]))).toThrow(/out of range/)
  })
})
