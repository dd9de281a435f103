import { describe, expect, it } from 'vitest'
import { rulesEn, rulesKo } from './helpers'

const actorSlugs = (r: { actors: { slug: string }[] }) => r.actors.map((a) => a.slug)

describe('an institution named for its seat resolves to its state', () => {
  it('크렘린궁 (with or without 러시아 before it) and "the Kremlin" are Russia', () => {
    expect(actorSlugs(rulesKo('러시아 크렘린궁이 12일 성명을 내고 미국의 새 제재를 비난했다.'))).toContain(
      'russia',
    )
    expect(actorSlugs(rulesKo('크렘린궁은 12일 북한과의 군사협력을 강화하겠다고 밝혔다.'))).toContain(
      'russia',
    )
    expect(actorSlugs(rulesEn('The Kremlin condemned the new U.S. sanctions on Monday.'))).toContain('russia')
  })

  it('still not an actor: a country that only qualifies private people', () => {
    expect(
      actorSlugs(rulesEn('Chinese astronauts returned to Earth on Monday after six months in orbit.')),
    ).not.toContain('china')
  })
})
