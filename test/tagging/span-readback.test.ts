/**
 * spanReadsBack() decides whether a mention stores offsets or a copy without collapsing the
 * source slice a second time: it must agree with spanText() on every span the tagger can make,
 * whatever whitespace the text holds (no-break, ideographic and line-separator spaces, tabs, CRLF).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalise, originalSlice, spanReadsBack, spanText } from '../../src/tagging/normalise'
import { sentenceStarts } from '../../src/tagging/sentences'

const PIECES = [
  'a',
  'Kim',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\v',
  '\f',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
  '.',
  'U.S.',
  '? ',
  '한',
  '북·러',
  '-',
  '"',
]

describe('spanReadsBack', () => {
  it('agrees with spanText on sentence spans and on spans starting anywhere', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }),
        fc.nat(),
        (pieces, at) => {
          const t = normalise(pieces.join(''))
          if (t.len === 0) return
          const starts = sentenceStarts(t)
          const spans = starts.map((a, i): [number, number] => [a, starts[i + 1] ?? t.len])
          spans.push([at % t.len, t.len])
          for (const [a, b] of spans) {
            const text = originalSlice(t, a, b)
            const start = t.orig[a]
            const end = b >= t.len ? t.source.length : t.orig[b]
            expect(spanReadsBack(text)).toBe(spanText(t.source, start, end) === text)
          }
        },
      ),
      { numRuns: 5000 },
    )
  })
})
