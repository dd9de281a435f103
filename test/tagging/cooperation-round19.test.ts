import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round nineteen, attack-clash and military-cooperation errors of the tuning gold. Sentences written for these tests.

// Troops fighting beside a belligerent are in combat (attack-clash) as well as deployed alongside it
// (military-cooperation): "fought alongside", 편에서 / 위해 / 함께 싸우는 (t14 t16 t27 t28 t44 t65).
describe('fighting beside a side is combat, and the side is an ally, no target', () => {
  it('fought alongside X to push Y out: the fight is against Y, not X', () => {
    const r = rulesEn(
      'Moscow said on Monday that North Korean soldiers had fought alongside Russian forces to push Ukrainian troops out of Kursk.',
    )
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>ukraine reported'])
    expect(eventSlugs(r)).toContain('military-cooperation')
  })

  it('fighting alongside X, with no other side named: the target is left empty', () => {
    const r = rulesEn('It is proof that Pyongyang’s troops are fighting alongside Russian units.')
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>null reported'])
    expect(eventSlugs(r)).toEqual(expect.arrayContaining(['attack-clash', 'military-cooperation']))
  })

  it('sent to fight alongside X: the purpose is no fight told', () => {
    const r = rulesEn('North Korea has sent thousands of troops to fight alongside Russian forces.')
    expect(recordsOf(r, 'attack-clash')).toEqual([])
    expect(recordsOf(r, 'military-cooperation')).toEqual(['north-korea>russia reported'])
  })

  it('러시아 편에서 싸우는 북한군: the ally read first is not the fighter', () => {
    const r = rulesKo('국정원은 북한군이 러시아 편에서 싸우는 사실을 확인했다고 밝혔다.')
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>null reported'])
    expect(eventSlugs(r)).toContain('military-cooperation')
  })

  it('러시아를 위해 싸우는 북한군, 러시아군과 함께 싸웠다', () => {
    expect(
      recordsOf(rulesKo('그는 "러시아를 위해 싸우는 북한군이 더 있다"고 말했다.'), 'attack-clash'),
    ).toEqual(['north-korea>null reported'])
    expect(recordsOf(rulesKo('북한군은 쿠르스크에서 러시아군과 함께 싸웠다.'), 'attack-clash')).toEqual([
      'north-korea>null reported',
    ])
  })

  it('함께 싸우게 했다: a causative is a deployment, no fight told', () => {
    const r = rulesKo('북한은 러시아에 병력을 보내 쿠르스크 전선에서 러시아군과 함께 싸우게 했다.')
    expect(recordsOf(r, 'attack-clash')).toEqual([])
    expect(eventSlugs(r)).toContain('military-cooperation')
  })

  it('a fight against a named side keeps it as the target', () => {
    expect(
      recordsOf(
        rulesEn('North Korean troops are fighting alongside Russian forces against Ukraine.'),
        'attack-clash',
      ),
    ).toEqual(['north-korea>ukraine reported'])
    expect(
      recordsOf(rulesKo('북한군이 러시아군과 함께 싸우며 우크라이나군을 공격했다.'), 'attack-clash'),
    ).toEqual(['north-korea>ukraine reported'])
  })
})
