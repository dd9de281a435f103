import { describe, expect, it } from 'vitest'
import { eventSlugs, recordsOf, rulesEn } from './helpers'

// Round twenty, attack-clash recall: a projectile other than a missile fired, launched or aimed at a target
// (t17 t19 t70). Sentences written for these tests.
describe('a projectile fired at a target is a strike (projectileFiredAt)', () => {
  it('shells, rounds, a wave of drones, water cannon fired at someone', () => {
    expect(
      recordsOf(
        rulesEn('North Korean soldiers fired machine-gun rounds at South Korean troops.'),
        'attack-clash',
      ),
    ).toEqual(['north-korea>south-korea reported'])
    expect(
      recordsOf(
        rulesEn('Ukrainian forces launched a swarm of drones at the Moscow region overnight.'),
        'attack-clash',
      ),
    ).toEqual(['ukraine>russia reported'])
    // A place or a thing struck: the other side may stay unnamed.
    expect(recordsOf(rulesEn('Russian artillery units fired shells at Kharkiv.'), 'attack-clash')).toEqual([
      'russia>null reported',
    ])
    expect(
      recordsOf(
        rulesEn('Chinese coast guard ships fired water cannon at a Philippine supply boat.'),
        'attack-clash',
      ),
    ).toEqual(['china>null reported'])
  })

  it('fired on a guard post: a strike (here denied), no one dismissed', () => {
    const r = rulesEn('North Korea denied that its soldiers had fired on a South Korean guard post.')
    expect(recordsOf(r, 'attack-clash')).toEqual(['north-korea>south-korea denied'])
    expect(eventSlugs(r)).not.toContain('leadership-change')
  })

  it('missiles fired at a target keep the launch path: one strike record', () => {
    expect(
      recordsOf(rulesEn('Russia fired North Korean missiles at Ukrainian cities.'), 'attack-clash'),
    ).toEqual(['russia>ukraine reported'])
    const test = rulesEn('Japan will test-fire a missile at a training area next month.')
    expect(eventSlugs(test)).toEqual(['missile-launch'])
  })

  it('no projectile or no target: sport, criticism, products, a firing into the sea, a launch on home soil', () => {
    for (const s of [
      'The striker fired a shot at goal.',
      'Lee fired back at critics over the budget.',
      'The opposition fired a fresh salvo at the government.',
      'Kia launched a new model at the Seoul motor show.',
      'North Korea fired artillery shells into the sea.',
      'The company fired them on Friday.',
      'Japan will conduct its first live launch on Japanese territory.',
    ])
      expect(eventSlugs(rulesEn(s))).not.toContain('attack-clash')
  })
})

// A projectile as the subject of a strike verb (t26 t31 t42 t70; "hit", "sank", "sunk" count only so).
describe('a projectile that hit or sank something is a strike (projectileSubject)', () => {
  it('drones hit, naval drones had sunk', () => {
    expect(
      eventSlugs(rulesEn('Kyiv said Russian drones hit a power station in Ukraine overnight.')),
    ).toContain('attack-clash')
    expect(
      recordsOf(
        rulesEn('Ukraine said its naval drones had sunk a Russian landing ship off Crimea.'),
        'attack-clash',
      ),
    ).toEqual(['ukraine>russia reported'])
  })

  it('tariffs hit exports, a ferry sank, curbs hitting makers, shares hit a high: no strike', () => {
    for (const s of [
      'U.S. tariffs hit South Korean exports to China in May.',
      'A Chinese ferry sank off the coast of South Korea on Monday.',
      'South Korea widened export curbs on Russia, hitting machine-tool makers.',
      'Samsung shares hit a record high as Japan and China eased tensions.',
    ])
      expect(eventSlugs(rulesEn(s))).not.toContain('attack-clash')
  })
})
