import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn, rulesKo } from './helpers'

// Round twenty, attack-clash recall of the tuning gold. Sentences written for these tests.

// "North Korea confirms its troops fought for Russia in Kursk" (t14 t30 t39 t75): forces that fought are in
// combat; "fought for X" names X as the side fought beside (as 위해 싸웠 does), never the target.
describe('troops that fought: a fight told when armed forces are the subject of "fought"', () => {
  it('fought for X against Y: the fight is against Y, X is an ally', () => {
    const r = rulesEn(
      'Moscow said on Monday that North Korean soldiers had fought for Russia against Ukrainian forces in Kursk.',
    )
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>ukraine reported'])
    expect(eventSlugs(r)).toContain('military-cooperation')
  })

  it('fought for X, no other side named: the target is left empty', () => {
    const r = rulesEn('North Korea said its troops fought for Russia.')
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>null reported'])
  })

  it('troops fought in a place: combat, though no other side is named', () => {
    expect(recordsOf(rulesEn('North Korean troops fought in Kursk.'), 'attack-clash')).toEqual([
      'north-korea>null reported',
    ])
  })

  it('units that fought, veterans who fought, a firm that fought back: no fight told', () => {
    for (const s of [
      'Kim Jong Un decorated officers of North Korean units that fought in Kursk.',
      'Veterans who fought in the Korean War gathered in Busan.',
      "Korea Zinc's management fought back against a hostile tender offer.",
      'Protesters said Yoon betrayed everything the country fought for.',
    ])
      expect(eventSlugs(rulesEn(s))).not.toContain('attack-clash')
  })

  it('북한군이 러시아를 위해 싸웠다: the Korean form already reads the ally the same way', () => {
    const r = rulesKo('국정원은 북한군이 러시아를 위해 싸웠다고 밝혔다.')
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>null reported'])
  })
})

// Warning shots and return fire are aimed at someone by their nature: a fight told even when only another
// sentence names the other side (t21 t27 t42 t54 t78, ko-119); a firing with no side named stays a drill.
describe('warning shots and return fire: no figure, though the other side is named elsewhere', () => {
  it('a patrol vessel fired warning shots / 우리 군은 경고사격을 실시했다', () => {
    expect(recordsOf(rulesEn('South Korean troops fired warning shots.'), 'attack-clash')).toEqual([
      'south-korea>null reported',
    ])
    expect(eventSlugs(rulesKo('우리 군은 경고사격을 실시했다.'))).toContain('attack-clash')
  })

  it('이에 대응해 대응 사격을 실시했다: return fire is a fight, a bare firing a drill', () => {
    expect(
      eventSlugs(rulesKo('우리 군은 이에 대응해 군사분계선 이남 지역에 대응 사격을 실시했다.')),
    ).toContain('attack-clash')
    const drill = rulesKo('북한은 해안포 200여발을 사격했다.')
    expect(eventSlugs(drill)).not.toContain('attack-clash')
    expect(eventSlugs(drill)).toContain('military-exercise')
  })

  it('경고사격은 하지 않았다: warning shots denied', () => {
    const r = rulesKo('합참은 "상선이 항로를 착오한 것으로 보여 경고사격은 하지 않았다"고 설명했다.')
    expect(r.records.filter((x) => x.event === 'attack-clash').map((x) => x.modality)).toEqual(['denied'])
  })
})
