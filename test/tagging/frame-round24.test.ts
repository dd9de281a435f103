import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe("an act inside an onlooker's forecast (전문가들은 ... 것으로 본다) is that onlooker's guess", () => {
  it('전문가들은 내년 ... 발사에 ... 쓰일 가능성이 크다고 본다: speculative, not planned', () => {
    const r = rulesKo('전문가들은 내년 북한의 정찰위성 발사에 중국 기술이 쓰일 가능성이 크다고 본다.')
    const got = recordsOf(r, 'missile-launch')
    expect(got.some((x) => x.endsWith('speculative'))).toBe(true)
    expect(got.some((x) => x.endsWith('planned') || x.endsWith('reported'))).toBe(false)
  })

  it('외신들은 ... 논의될 수 있다고 내다봤다: the foreign press forecasting a transfer', () => {
    const r = rulesKo('외신들은 북한이 러시아에 탄약을 공급하는 문제가 이번 회담에서 논의될 것으로 내다봤다.')
    const got = recordsOf(r, 'arms-trade')
    expect(got.some((x) => x.endsWith('reported') || x.endsWith('planned'))).toBe(false)
    // (이번 회담에서: the summit named as the setting is presupposed, not forecast.)
    expect(recordsOf(r, 'meeting-summit').some((x) => x.endsWith('speculative'))).toBe(false)
  })

  it('still a plan when the actor itself announces it (no onlooker topic)', () => {
    const r = rulesKo('국방부는 다음 달 미국과 연합훈련을 실시할 예정이라고 밝혔다.')
    expect(recordsOf(r, 'military-exercise').some((x) => x.endsWith('planned'))).toBe(true)
  })

  it('still reported when the onlooker states a past finding, not a forecast', () => {
    const r = rulesKo('전문가들은 북한이 어제 동해상으로 탄도미사일을 발사했다고 말했다.')
    expect(recordsOf(r, 'missile-launch').some((x) => x.endsWith('reported'))).toBe(true)
  })

  it('an act named as the occasion (방문을 계기로) keeps its own modality', () => {
    const r = rulesKo(
      '전문가들은 다음 달 트럼프 대통령의 중국 방문을 계기로 미중 정상회담이 열릴 가능성이 있다고 본다.',
    )
    expect(recordsOf(r, 'visit').some((x) => x.endsWith('speculative'))).toBe(false)
  })
})
