import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

const agreementsEn = (text: string) =>
  recordsOf(rulesEn(text), 'alliance-agreement').map((x) => x.split(' ').pop())
const agreementsKo = (text: string) =>
  recordsOf(rulesKo(text), 'alliance-agreement').map((x) => x.split(' ').pop())
const eventsKo = (text: string) => rulesKo(text).events.map((e) => e.slug)

describe('a past agreement dated inside the words that name it is background (alliance-agreement)', () => {
  it('"the declaration that A and B adopted in April 2023": the noun\'s own relative clause dates it', () => {
    expect(
      agreementsEn(
        'The new body works under the Seoul Declaration that Joe Biden and Yoon Suk Yeol adopted in March 2022.',
      ),
    ).toEqual(['background'])
  })

  it('still reported: the signing verb itself is the news, whatever its relative clause recalls', () => {
    expect(
      agreementsEn('South Korea and Japan signed an agreement that both sides had first drafted in 2019.'),
    ).toEqual(['reported'])
  })

  it('지난해 3월 2027년 이후 적용될 협정(SMA)에 서명했다: a span to come and a bracketed gloss break no clause', () => {
    expect(
      agreementsKo('한미 양국은 지난해 3월 2027년 이후 적용될 방위비분담특별협정(SMA)에 서명했다.'),
    ).toEqual(['background'])
  })

  it('still reported: a signing this week with a span to come', () => {
    expect(agreementsKo('한미 양국은 3일 2027년 이후 적용될 방위비분담특별협정(SMA)에 서명했다.')).toEqual([
      'reported',
    ])
  })
})

describe("adopting a body's own text, or a treaty a state is urged back to, is no agreement (alliance-agreement)", () => {
  it('결의를 채택했다 with 조약 elsewhere, 채택한 방위백서 with 문서 elsewhere', () => {
    expect(
      eventsKo('유엔 총회는 5일 북한에 핵확산금지조약(NPT) 복귀를 촉구하는 결의를 표결 없이 채택했다.'),
    ).not.toContain('alliance-agreement')
    expect(
      eventsKo('북한 외무성은 일본 정부가 채택한 2024년판 방위백서를 "침략 야망의 문서"라고 비난했다.'),
    ).not.toContain('alliance-agreement')
  })

  it('still an agreement: a joint statement or a treaty adopted by two states', () => {
    expect(eventsKo('한미 양국 정상은 5일 공동성명을 채택했다.')).toContain('alliance-agreement')
    expect(eventsKo('한일 양국이 채택한 공동선언은 새 협력을 담았다.')).toContain('alliance-agreement')
    expect(eventsKo('북한과 러시아는 조약 위반을 부인하며 새 협정에 서명했다.')).toContain(
      'alliance-agreement',
    )
  })
})
