import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

const modalities = (text: string) =>
  recordsOf(rulesEn(text), 'nuclear-weapons').map((x) => x.split(' ').pop())

describe('no evidence of an act still to come makes it a guess (nuclear-weapons)', () => {
  it('"no indications that the North is about to conduct a test": a guess about a coming test', () => {
    expect(
      modalities('Japan has seen "no indications" that North Korea is about to carry out a nuclear test.'),
    ).toEqual(['speculative'])
    expect(modalities('Tokyo sees no signs of an imminent North Korean nuclear test')).toEqual([
      'speculative',
    ])
  })

  it('"could not verify reports that it was preparing a test"', () => {
    expect(
      modalities(
        'The minister said he could not verify reports that North Korea was preparing a nuclear test.',
      ),
    ).toEqual(['speculative'])
  })

  it('still reported or planned: a past act without evidence, or the frame closed by a clause break', () => {
    expect(
      modalities('Inspectors found no evidence that North Korea conducted a nuclear test in May.'),
    ).toEqual(['reported'])
    expect(
      modalities(
        'There were no signs of unrest, and North Korea is preparing a nuclear test, officials said.',
      ),
    ).toEqual(['planned'])
    expect(
      modalities(
        'North Korea is preparing a nuclear test, officials said, though they saw no sign it was imminent.',
      ),
    ).toEqual(['planned'])
  })
})

describe('enrichment qualified as for civil use is energy, no weapons act (nuclear-weapons, Korean)', () => {
  it('평화적 용도의 우라늄 농축, 민수용 우라늄 농축: no nuclear-weapons', () => {
    expect(eventSlugs(rulesKo('미국은 한국의 평화적 용도의 우라늄 농축을 지지하기로 했다.'))).not.toContain(
      'nuclear-weapons',
    )
    expect(eventSlugs(rulesKo('미국은 일본의 민수용 우라늄 농축을 지원하기로 했다.'))).not.toContain(
      'nuclear-weapons',
    )
  })

  it('still tagged: unqualified enrichment, or a weapons word beside the civil claim', () => {
    expect(
      eventSlugs(rulesKo('국가정보원은 북한이 영변에서 우라늄 농축을 계속하고 있다고 밝혔다.')),
    ).toContain('nuclear-weapons')
    expect(
      eventSlugs(
        rulesKo('이란은 평화적 목적의 우라늄 농축이라고 주장했지만 미국은 핵무기 개발이라고 비판했다.'),
      ),
    ).toContain('nuclear-weapons')
  })
})
