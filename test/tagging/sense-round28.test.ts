import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

describe("a state's own armed act passes a market or sports sense (armedActOfState)", () => {
  it('a strike by a state with deaths, told as the reason markets fell: attack-clash', () => {
    expect(
      recordsOf(
        rulesEn('The KOSPI fell 2% after Russia struck Kyiv with missiles, killing 12 civilians.'),
        'attack-clash',
      ),
    ).toContain('russia>ukraine reported')
    expect(
      eventSlugs(rulesKo('코스피는 러시아군의 공습으로 민간인 20여 명이 숨졌다는 소식에 하락했다.')),
    ).toContain('attack-clash')
  })

  it("a state's attack with deaths told by a sports team: attack-clash (숨졌다 is harm done)", () => {
    expect(
      eventSlugs(rulesKo('대표팀 선수들은 러시아의 공격으로 고향에서 가족이 숨졌다고 말했다.')),
    ).toContain('attack-clash')
  })

  it('answering fire written as one word (대응사격) is a fight told, not a firing drill', () => {
    expect(
      eventSlugs(rulesKo('합참은 이에 대응해 군사분계선 이남 지역에 대응사격을 실시했다고 밝혔다.')),
    ).toContain('attack-clash')
  })

  it('still not tagged: disasters with deaths, goals, markets hit, jamming attacks', () => {
    expect(
      eventSlugs(rulesEn('An earthquake struck Japan on Monday, killing 20, and the Nikkei fell 3%.')),
    ).not.toContain('attack-clash')
    expect(
      eventSlugs(
        rulesEn('South Korea struck twice in the second half as the team beat Japan 2-1 in the Asian Cup.'),
      ),
    ).not.toContain('attack-clash')
    expect(
      eventSlugs(rulesEn("Japan's attack on the goal was relentless, and the players celebrated with fans.")),
    ).not.toContain('attack-clash')
    expect(
      eventSlugs(rulesEn('Chip stocks were hit hard as investors fled, and the KOSPI fell 2%.')),
    ).not.toContain('attack-clash')
    expect(
      eventSlugs(rulesKo('일본 대표팀은 후반 공격을 몰아쳐 한국을 2-1로 꺾었고 선수들은 환호했다.')),
    ).not.toContain('attack-clash')
    expect(
      eventSlugs(rulesKo('규모 7.0의 지진이 일본을 강타해 20명이 숨졌고 코스피는 하락했다.')),
    ).not.toContain('attack-clash')
    expect(
      eventSlugs(rulesKo('북한이 GPS 교란 공격을 벌여 선박이 피해를 입었고 증시는 약세였다.')),
    ).not.toContain('attack-clash')
  })
})
