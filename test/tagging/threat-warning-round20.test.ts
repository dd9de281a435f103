import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round twenty, threat-warning. Sentences written for these tests.
describe('a Korean speaker carried from the sentence before (carriedSpeaker; t44 t46 t80)', () => {
  it('a pronoun topic, a commentary, a name outside the taxonomy before a title', () => {
    expect(
      recordsOf(
        rulesKo(
          '중국 외교부 대변인은 18일 정례브리핑에서 일방적 제재에 반대한다고 말했다. 그는 "미국이 잘못된 행위를 고집한다면 필요한 조치를 취할 것"이라고 경고했다.',
        ),
        'threat-warning',
      ),
    ).toEqual(['china>united-states reported'])
    expect(
      recordsOf(
        rulesKo(
          '조선중앙통신은 12일 논평을 내고 연합훈련을 비난했다. 논평은 "미국이 불장난을 계속한다면 대가를 치르게 될 것"이라고 위협했다.',
        ),
        'threat-warning',
      ),
    ).toContain('north-korea>united-states reported')
    expect(
      recordsOf(
        rulesKo(
          '북한 외무성 대변인은 5일 담화를 냈다. 페트로프 대변인은 "미국은 대가를 치를 것"이라고 경고했다.',
        ),
        'threat-warning',
      ),
    ).toEqual(['north-korea>united-states reported'])
  })
  it('no speaker before: no record', () => {
    expect(
      eventSlugs(rulesKo('그는 "미국이 잘못된 행위를 고집한다면 필요한 조치를 취할 것"이라고 경고했다.')),
    ).not.toContain('threat-warning')
  })
})

describe('위협하는 before a noun describes it (threatDescribesNounKo; t21 t73 t81)', () => {
  it('a condemned provocation that threatens peace is no threat', () => {
    const r = rulesKo('외교부는 "한반도 평화와 안정을 위협하는 명백한 도발"이라며 북한을 강력히 규탄했다.')
    expect(eventSlugs(r)).toEqual(['diplomatic-statement'])
  })
  it('위협하는 것으로 간주: the verb keeps its act, and the warning stays', () => {
    const r = rulesKo(
      '러시아는 "한국의 무기 공급은 러시아 안보를 위협하는 것으로 간주하고 단호히 대응할 것"이라고 경고했다.',
    )
    expect(recordsOf(r, 'threat-warning')).toEqual(['russia>south-korea reported'])
  })
})

describe('a consequence the subject is to suffer (consequenceRoles; t8 t18 t85)', () => {
  it('the speaker threatens the subject', () => {
    expect(
      recordsOf(rulesEn('Kim Yo Jong said Seoul would pay dearly for the leaflets.'), 'threat-warning'),
    ).toEqual(['kim-yo-jong>south-korea reported'])
    expect(
      recordsOf(
        rulesEn('North Korea said the United States would be held responsible if the drills led to a clash.'),
        'threat-warning',
      ),
    ).toEqual(['north-korea>united-states reported'])
    expect(
      recordsOf(
        rulesEn('Kim Yo Jong warned that Seoul would pay a price for the leaflets.'),
        'threat-warning',
      ),
    ).toEqual(['kim-yo-jong>south-korea reported'])
  })
  it('no speaker before the subject: no record', () => {
    expect(eventSlugs(rulesEn('Seoul will pay dearly, Kim Yo Jong said.'))).not.toContain('threat-warning')
  })
})
