import { describe, expect, it } from 'vitest'
import { actorsOf, recordsOf, rulesKo, tagKo } from './helpers'

describe('Korean apposition of posts joined by 겸: the office after 겸 is the state named before the posts', () => {
  it('왕이 중국 공산당 ... 위원 겸 외교부장: wang-yi (the title 중국 외교부장, by date)', () => {
    const r = tagKo(
      '외교부 장관은 3일 왕이 중국 공산당 중앙정치국 위원 겸 외교부장과 전화로 의견을 나눴다.',
      '',
      '2025-08-03',
    )
    expect(actorsOf(r)).toContain('wang-yi')
  })

  it('without the name, the office after 겸 still resolves by the date, like 중국 외교부장 alone', () => {
    const r = tagKo(
      '중국 공산당 중앙외사판공실 주임 겸 외교부장은 이날 기자들에게 입장을 밝혔다.',
      '',
      '2025-10-02',
    )
    expect(actorsOf(r)).toContain('wang-yi')
  })

  it('the holder the date gives: qin-gang in early 2023', () => {
    const r = tagKo('중국 국무위원 겸 외교부장은 이날 베이징에서 기자회견을 열었다.', '', '2023-03-07')
    expect(actorsOf(r)).toContain('qin-gang')
    expect(actorsOf(r)).not.toContain('wang-yi')
  })

  it('another state the same way: 미국 ... 겸 국무장관 is the US secretary of state of the date', () => {
    const r = tagKo('외교부 장관은 미국 백악관 국가안보보좌관 겸 국무장관과 통화했다.', '', '2025-06-01')
    expect(actorsOf(r)).toContain('marco-rubio')
  })

  it('the office-holder is the one met (a role of the sentence)', () => {
    const r = rulesKo(
      '조현 외교부 장관은 17일 베이징에서 왕이 중국 공산당 중앙정치국 위원 겸 외교부장과 회담했다.',
    )
    expect(recordsOf(r, 'meeting-summit').some((x) => x.includes('wang-yi'))).toBe(true)
  })

  it('must NOT tag: another taxonomy person named before the posts holds them (친강 ... 겸 외교부장)', () => {
    const r = tagKo('친강 중국 공산당 중앙위원 겸 외교부장과 회담했다.', '', '2025-06-01')
    expect(actorsOf(r)).not.toContain('wang-yi')
  })

  it('must NOT tag: an office after 겸 that is no title of a taxonomy person (겸 상무부장)', () => {
    const r = tagKo('왕원타오 중국 공산당 중앙위원 겸 상무부장은 관세 문제를 논의했다.', '', '2025-06-01')
    expect(actorsOf(r)).toEqual(['china'])
  })

  it('must NOT tag: posts of another kind (대변인 겸 국장) after the state', () => {
    const r = tagKo('린젠 중국 외교부 대변인 겸 국장은 정례 브리핑에서 이같이 말했다.', '', '2025-06-01')
    expect(actorsOf(r)).not.toContain('wang-yi')
  })

  it('must NOT tag: 겸 after a state named with a particle (not an apposition of its posts)', () => {
    const r = tagKo('중국은 회의 겸 외교부장 만찬을 열었다.', '', '2025-06-01')
    expect(actorsOf(r)).not.toContain('wang-yi')
  })
})
