import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round nineteen, meeting-summit's wrong tags in the tuning gold. Sentences written for these tests.

// Whom a Korean meeting verb meets is people, not a state's representative: no talks between states
// (특파원들과 만나, 이산가족 10여 명을 만나, 실향민들을 만난 자리에서: t31 t53 t67), as meetPeople in English.
describe('a Korean meeting with people is no talks between states', () => {
  it('한국 특파원들과 만나: the correspondents are no party, whose ever they are', () => {
    const r = rulesKo(
      '국제원자력기구 사무총장은 16일 빈에서 한국 특파원들과 만나 사찰단을 보낼 수 있다고 말했다.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual([])
    expect(eventSlugs(r)).not.toContain('meeting-summit')
  })

  it('가족 20여 명을 만나, 주민들을 만난 자리에서: a head count or a plural noun as the object', () => {
    const counted = rulesKo(
      '미국 국무부 특사가 12일 뉴욕에서 이산가족 20여 명을 만나 생사 확인 문제를 논의했다.',
    )
    expect(recordsOf(counted, 'meeting-summit')).toEqual([])
    const plural = rulesKo(
      '정동영 통일부 장관은 3일 접경지역 주민들을 만난 자리에서 대북 방송 중단을 설명했다.',
    )
    expect(recordsOf(plural, 'meeting-summit')).toEqual([])
  })

  it('a state or its officials met stay a meeting: 장관과 만나, 정상들과 만나', () => {
    const minister = rulesKo('조현 외교부 장관은 10일 왕이 중국 외교부장과 만나 북한 문제를 논의했다.')
    expect(eventSlugs(minister)).toContain('meeting-summit')
    const leaders = rulesKo('이재명 대통령은 5일 아세안 정상들과 만나 협력 강화 방안을 논의했다.')
    expect(eventSlugs(leaders)).toContain('meeting-summit')
  })

  it('English, as before: meeting reporters is no meeting either', () => {
    const r = rulesEn(
      'IAEA chief Rafael Grossi met reporters in Vienna on Monday and said inspectors could return.',
    )
    expect(recordsOf(r, 'meeting-summit')).toEqual([])
  })
})
