import { describe, expect, it } from 'vitest'
import { recordsOf, rulesKo } from './helpers'

describe('an event noun named as a card (카드) is an option held in reserve, speculative', () => {
  it('"핵실험 카드를 꺼낼 수도": a test as a bargaining card', () => {
    const r = rulesKo('북한이 대화 국면에서 협상력을 높이려고 핵실험 카드를 만지작거리고 있다.')
    expect(recordsOf(r, 'nuclear-weapons')).toEqual(['north-korea>null speculative'])
  })

  it('a card named in a headline with a question word', () => {
    const r = rulesKo('', '北 핵실험 카드, 언제 꺼내나')
    expect(recordsOf(r, 'nuclear-weapons').every((x) => x.endsWith('speculative'))).toBe(true)
  })

  it('still reported: the act itself, and 카드 as another word (카드섹션)', () => {
    expect(recordsOf(rulesKo('북한이 풍계리에서 핵실험을 강행했다.'), 'nuclear-weapons')).toEqual([
      'north-korea>null reported',
    ])
    const r = rulesKo('북한은 9일 탄도미사일을 발사했고, 평양 경기장에서는 카드섹션이 펼쳐졌다.')
    expect(recordsOf(r, 'missile-launch')).toEqual(['north-korea>null reported'])
  })
})

describe('a bare event noun followed by 이후/이래 is the point a state since then is told from', () => {
  it('"리창 총리의 방북 이후 ... 기대하고 있다": the visit is recalled', () => {
    const r = rulesKo('리창 총리의 방북 이후 단둥의 상인들은 교역 회복을 기대하고 있다.')
    expect(recordsOf(r, 'visit')).toEqual(['li-qiang>north-korea background'])
  })

  it('"대북 제재 이래 ... 줄어들면서": sanctions as the time since which trade fell', () => {
    const r = rulesKo('유엔 안보리의 대북 제재 이래 북한산 석탄 수입이 급감하면서 항구가 한산해지고 있다.')
    expect(recordsOf(r, 'sanctions').every((x) => x.endsWith('background'))).toBe(true)
  })

  it('not a visit timed from a date to come, nor a past act told in sequence after it', () => {
    const r = rulesKo('시진핑 주석은 다음 달 방북 이후 모스크바를 찾을 예정이다.')
    expect(recordsOf(r, 'visit').some((x) => x.endsWith('background'))).toBe(false)
    const s = rulesKo('북한군은 우리 군의 경고사격 이후 북쪽으로 돌아갔다고 합참이 밝혔다.')
    expect(recordsOf(s, 'attack-clash').some((x) => x.endsWith('reported'))).toBe(true)
  })

  it('not 회담 직후 (the next step of the same news)', () => {
    const r = rulesKo(
      '이재명 대통령은 23일 이시바 총리와 정상회담을 했다. 두 정상은 회담 직후 공동 기자회견을 열었다.',
    )
    expect(recordsOf(r, 'meeting-summit').some((x) => x.endsWith('reported'))).toBe(true)
  })
})
