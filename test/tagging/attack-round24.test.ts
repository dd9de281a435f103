import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('forces taking a place back from a holder fight the holder', () => {
  it('"help Russia retake the region from Ukrainian forces": a fight against Ukraine', () => {
    const r = rulesEn(
      'North Korea said on Tuesday its soldiers had taken part in operations to retake the Kursk region from Ukrainian forces.',
    )
    expect(recordsOf(r, 'attack-clash')).toContain('north-korea>ukraine reported')
  })

  it('a scare-quoted verb is still the fight: "helped \'liberate\' the region from Ukrainian forces"', () => {
    const r = rulesEn(
      "Pyongyang said its troops had helped 'liberate' the Kursk region from Ukrainian forces, state media reported.",
    )
    expect(recordsOf(r, 'attack-clash').some((x) => x.endsWith('>ukraine reported'))).toBe(true)
  })

  it('a scare-quoted verb whose object is armed forces: "helped \'annihilate\' Ukrainian forces"', () => {
    const r = rulesEn("North Korea said its units had helped 'annihilate' Ukrainian forces in Kursk.")
    expect(recordsOf(r, 'attack-clash').length).toBeGreaterThan(0)
  })

  it('not taking something back from no one, nor a liberation anniversary, nor "deliberate"', () => {
    expect(
      recordsOf(
        rulesEn('Russian troops will retake the initiative, Putin told North Korea.'),
        'attack-clash',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('North Korean troops marched in Pyongyang to mark the liberation anniversary.'),
        'attack-clash',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('South Korea said the North Korean soldiers did not appear to deliberate.'),
        'attack-clash',
      ),
    ).toEqual([])
  })

  it('해방 작전에 참가했다: forces in an operation to take a place back fought, the holder unnamed', () => {
    const r = rulesKo('조선중앙통신은 북한군 부대가 쿠르스크 지역 탈환 작전에 참가했다고 10일 보도했다.')
    expect(recordsOf(r, 'attack-clash')).toContain('north-korea>null reported')
  })

  it('김정은의 명령에 따라 ... 참가했다: the leader who ordered it is no side fought', () => {
    const r = rulesKo(
      '조선중앙통신은 김정은 위원장의 명령에 따라 북한군 부대가 해방 작전에 참가했다고 보도했다.',
    )
    expect(recordsOf(r, 'attack-clash').some((x) => x.includes('>kim-jong-un'))).toBe(false)
  })

  it('not an operation that is no taking back, nor one only planned', () => {
    expect(recordsOf(rulesKo('북한군 부대가 구조 작전에 참가했다고 밝혔다.'), 'attack-clash')).toEqual([])
    expect(recordsOf(rulesKo('북한군 부대가 해방 작전에 참가할 것이라고 밝혔다.'), 'attack-clash')).toEqual(
      [],
    )
  })
})

describe('앞서 with 이날: earlier the same day is still the news', () => {
  it('앞서 ... 이날 ... 참가했다고 보도했다: reported, not background', () => {
    const r = rulesKo('앞서 조선중앙통신은 이날 북한군 부대가 쿠르스크 해방 작전에 참가했다고 보도했다.')
    expect(recordsOf(r, 'attack-clash')).toContain('north-korea>null reported')
  })

  it('앞서 alone still recalls', () => {
    const r = rulesKo('앞서 조선중앙통신은 북한군 부대가 쿠르스크 해방 작전에 참가했다고 보도했다.')
    expect(recordsOf(r, 'attack-clash')).toContain('north-korea>null background')
  })
})

describe('합참은 X가 ... 사격을 했다고 밝혔다: the reporting topic is no side of the firing', () => {
  it('artillery fired with no side named but the reporter is a firing drill', () => {
    const r = rulesKo(
      '합동참모본부는 북한군이 7일 오전 황해도 일대에서 해안포 100여발의 사격을 했다고 밝혔다.',
    )
    expect(recordsOf(r, 'attack-clash')).toEqual([])
    expect(recordsOf(r, 'military-exercise')).toContain('north-korea>null reported')
  })

  it('fire aimed at the South stays a fight', () => {
    const r = rulesKo('합동참모본부는 북한군이 우리 군 초소를 향해 사격을 했다고 밝혔다.')
    expect(recordsOf(r, 'military-exercise')).toEqual([])
  })
})
