import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round twenty-one, attack-clash precision and recall of the tuning gold. Sentences written for these tests.

// "A ransomware attack has shut down online ordering", "indicts hacker over ransomware attacks", "fined SK
// Telecom over a hacking attack" (t12 t13 t19 t27 t40 t72): an attack its own modifier names a computer
// intrusion is no armed attack. The Korean copy already reads 랜섬웨어 공격 so.
describe('an attack named a computer intrusion by its modifier is no armed attack', () => {
  it('ransomware, hacking, DDoS attacks: no attack-clash', () => {
    for (const s of [
      'A ransomware attack shut down the online orders of a Japanese retailer, the company said.',
      'The U.S. indicted a North Korean hacker over ransomware attacks on American hospitals.',
      'South Korea fined the carrier over a hacking attack that exposed its users in Japan.',
      'North Korean hackers carried out DDoS attacks on South Korean government websites.',
    ])
      expect(eventSlugs(rulesEn(s))).not.toContain('attack-clash')
  })

  it('an attack with no such modifier stays a fight (positive control)', () => {
    expect(recordsOf(rulesEn('North Korea attacked South Korean positions.'), 'attack-clash')).toEqual([
      'north-korea>south-korea reported',
    ])
  })

  it('랜섬웨어 공격 stays no fight, 북한군의 포격을 받았다 stays one', () => {
    expect(eventSlugs(rulesKo('북한 해커들이 한국 병원에 랜섬웨어 공격을 했다.'))).not.toContain(
      'attack-clash',
    )
    expect(eventSlugs(rulesKo('한국은 북한군의 포격을 받았다.'))).toContain('attack-clash')
  })
})

// "troops' role in the Kursk fighting", "letters written during the fighting", "infrastructure destroyed in
// the fighting", "the course of the fighting" (t26 t28 t48 t73 t82): "the fighting" a preposition takes is a
// war the reader knows, the setting of something else; background, not a fight reported.
describe('"the fighting" taken by a preposition is recalled, not reported', () => {
  it('role in the Kursk fighting, during the fighting: background only', () => {
    for (const s of [
      'Kim praised the role of North Korean troops in the Kursk fighting.',
      'The museum showed letters written by South Korean and American soldiers during the fighting.',
    ]) {
      const r = rulesEn(s)
      expect(eventSlugs(r)).not.toContain('attack-clash')
      for (const x of recordsOf(r, 'attack-clash')) expect(x).toMatch(/ background$/)
    }
  })

  it('a fight told with its day, or fighting as a verb, stays reported (positive controls)', () => {
    expect(
      recordsOf(
        rulesEn('Ukrainian forces killed 30 North Korean soldiers in the fighting on Tuesday.'),
        'attack-clash',
      ),
    ).toEqual(['ukraine>north-korea reported'])
    expect(
      recordsOf(rulesEn('North Korean troops are fighting Ukrainian forces in Kursk.'), 'attack-clash'),
    ).toEqual(['north-korea>ukraine reported'])
  })

  it('북한군이 우크라이나군과 교전했다: the Korean fight stays reported', () => {
    expect(recordsOf(rulesKo('북한군이 우크라이나군과 교전했다.'), 'attack-clash')).toEqual([
      'north-korea>ukraine reported',
    ])
  })
})

// "북한군이 우크라이나군과의 교전에서 상당한 사상자를 냈다", "북한군이 ... 우크라이나군과의 전투에 투입됐다는 보도를
// 부인했다", "파병된 북한군이 우크라이나군과의 교전에서 300여명이 숨지고" (t14 t37 t70): a fight noun that is the
// setting of its clause (교전에서, 전투에) with a 과의 partner is the clause subject's fight against that partner.
describe('a fight noun as the setting of its clause: the 이/가 subject fights its 과의 partner', () => {
  it('교전에서 사상자를 냈다, 전투에 투입됐다는 보도를 부인했다', () => {
    expect(
      recordsOf(
        rulesKo(
          '국정원은 쿠르스크 지역에 투입된 북한군이 우크라이나군과의 교전에서 상당한 사상자를 낸 것으로 파악된다고 밝혔다.',
        ),
        'attack-clash',
      ),
    ).toEqual(['north-korea>ukraine reported'])
    expect(
      recordsOf(
        rulesKo('러시아 국방부는 북한군이 우크라이나군과의 전투에 투입됐다는 보도를 부인했다.'),
        'attack-clash',
      ),
    ).toEqual(['north-korea>ukraine denied'])
  })

  it('no 이/가 subject, or both sides of one country: no fight read', () => {
    expect(eventSlugs(rulesKo('국방부는 우크라이나군과의 전투 경험을 분석했다.'))).not.toContain(
      'attack-clash',
    )
    expect(eventSlugs(rulesKo('북한 주민이 북한군과의 교전에서 숨졌다.'))).not.toContain('attack-clash')
  })

  it('the English twin, "in combat with Ukrainian forces", already reads the fighter (control)', () => {
    expect(
      recordsOf(
        rulesEn('North Korean troops suffered heavy losses in combat with Ukrainian forces, Seoul said.'),
        'attack-clash',
      ),
    ).toEqual(['north-korea>ukraine reported'])
  })
})

// "A nuclear attack by North Korea on the U.S. or its allies will result in the end of whatever regime" (t68),
// beside "any North Korean nuclear attack" (t46) and "simulating a North Korean nuclear attack" (t59): a nuclear
// attack named is a scenario, never one reported; the Korean copy reads 핵 공격 시, 핵공격 땐 so already.
describe('a nuclear attack named is a scenario, not an attack reported', () => {
  it('a nuclear attack ... will result in the end of the regime: speculative', () => {
    const r = rulesEn(
      "A nuclear attack by North Korea on the U.S. or its allies 'will result in the end of whatever regime' took such action, Biden said.",
    )
    expect(eventSlugs(r)).not.toContain('attack-clash')
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>united-states speculative'])
  })

  it('a conventional attack in the same words stays reported (positive control)', () => {
    expect(recordsOf(rulesEn('Russia launched an attack on Kyiv.'), 'attack-clash')).toEqual([
      'russia>ukraine reported',
    ])
  })

  it('북한의 핵 공격 시 정권 종말: no attack reported in Korean either (control)', () => {
    expect(
      eventSlugs(rulesKo('한미 양국은 북한의 핵 공격 시 정권 종말로 이어질 것이라고 재확인했다.')),
    ).not.toContain('attack-clash')
  })
})

// "Chinese firms had shipped attack-drone engines to Russia" (t44): round fourteen's weapon named after an act
// ("attack drones", en-126 t65) in its hyphenated spelling, one token.
describe('attack-drone: a weapon named after an act, hyphenated', () => {
  it('attack-drone engines / 공격용 드론: no attack', () => {
    expect(eventSlugs(rulesEn('Chinese firms shipped attack-drone engines to Russia.'))).not.toContain(
      'attack-clash',
    )
    expect(eventSlugs(rulesKo('북한은 러시아에 공격용 드론을 넘겼다.'))).not.toContain('attack-clash')
  })

  it('a counter-attack against forces is still a fight (positive control)', () => {
    expect(
      recordsOf(
        rulesEn('North Korean troops launched a counter-attack against Ukrainian forces.'),
        'attack-clash',
      ),
    ).toEqual(['north-korea>ukraine reported'])
  })
})

// "러시아 쿠르스크 지역에 파병된 북한군 ... 러시아 공수부대 등에 배속돼 전투에 참가", "북한, 러시아에 3천여 명 추가
// 파병...일부 쿠르스크 전투 투입" (t38 t52, and t82's 파병): the goal of a dispatch (파병, 파견, 배속) before a fight is
// the side fought for, not the fight's target; 투입 also tells an invasion and gives no ally.
describe('the goal of a dispatch is an ally of the fight, not its target', () => {
  it('파병된 ... 배속돼 전투에 참가: the target is left empty, not Russia', () => {
    expect(
      recordsOf(
        rulesKo(
          '합참은 러시아 쿠르스크 지역에 파병된 북한군 일부가 러시아 공수부대 등에 배속돼 전투에 참가하기 시작했다고 밝혔다.',
        ),
        'attack-clash',
      ),
    ).toEqual(['north-korea>null reported'])
  })

  it('the other side named stays the target; 투입돼 ... 공격 gives no ally (controls)', () => {
    expect(recordsOf(rulesKo('러시아에 파병된 북한군이 우크라이나군과 교전했다.'), 'attack-clash')).toEqual([
      'north-korea>ukraine reported',
    ])
    expect(recordsOf(rulesKo('러시아군이 우크라이나에 투입돼 하르키우를 공격했다.'), 'attack-clash')).toEqual(
      ['russia>ukraine reported'],
    )
    expect(
      recordsOf(
        rulesEn(
          'North Korean troops deployed to Russia fought alongside Russian forces against Ukrainian units.',
        ),
        'attack-clash',
      ),
    ).toEqual(['north-korea>ukraine reported'])
  })
})
