import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

const modalities = (r: ReturnType<typeof rulesEn>) => recordsOf(r, 'humanitarian').map((x) => x.split(' ')[1])

describe('soldiers captured by a party, named inside a conditional offer, were captured: reported', () => {
  it('the capture a participle names is taken for granted by the "would ... if" around it', () => {
    const r = rulesEn(
      'Seoul would take in the three Russian soldiers captured by Ukrainian troops if they ask to settle there.',
    )
    expect(eventSlugs(r)).toContain('humanitarian')
    expect(modalities(r)).toContain('reported')
    expect(
      modalities(
        rulesEn(
          'Tokyo said it would welcome the soldiers captured in the border region if Kyiv agreed to a swap.',
        ),
      ),
    ).toContain('reported')
  })

  it('still a guess: a capture the modal itself governs, a camera capturing a moment', () => {
    expect(
      modalities(
        rulesEn('Ukrainian forces could capture more North Korean soldiers if the offensive goes on.'),
      ),
    ).not.toContain('reported')
    expect(
      eventSlugs(rulesEn('A drone camera captured the moment the convoy crossed the river on Monday.')),
    ).not.toContain('humanitarian')
  })
})

describe('a human-rights report or resolution written as one Korean compound noun is humanitarian', () => {
  it('북한인권보고서, 인권결의안 glued to their owner are read as 인권', () => {
    expect(
      eventSlugs(rulesKo('통일부는 탈북민 500여명의 증언을 담은 북한인권보고서를 28일 펴냈다.')),
    ).toContain('humanitarian')
    expect(eventSlugs(rulesKo('유엔 인권이사회는 4일 북한인권결의안을 표결 없이 채택했다.'))).toContain(
      'humanitarian',
    )
  })

  it('still not tagged: a report or resolution on another matter', () => {
    expect(eventSlugs(rulesKo('기획재정부는 28일 올해 경제전망보고서를 펴냈다.'))).not.toContain(
      'humanitarian',
    )
    expect(eventSlugs(rulesKo('국회는 4일 탄핵소추결의안을 표결에 부쳤다.'))).not.toContain('humanitarian')
  })
})
