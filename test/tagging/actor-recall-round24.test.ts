import { describe, expect, it } from 'vitest'
import { rulesEn } from './helpers'

const slugs = (r: ReturnType<typeof rulesEn>) => r.actors.map((a) => a.slug)

describe("another actor's forces in a region of a country make the country a party, not a venue", () => {
  it("soldiers captured in Russia's Kursk region: Russia is tagged", () => {
    const r = rulesEn(
      "Kyiv said its marines had taken three North Korean soldiers prisoner in Russia's Kursk region on Tuesday.",
    )
    expect(slugs(r)).toEqual(expect.arrayContaining(['north-korea', 'russia']))
  })

  it('units that fought Ukrainian forces there: Russia is tagged', () => {
    const r = rulesEn(
      "Kim Jong Un decorated officers of units that fought Ukrainian forces in Russia's Kursk region, state media said.",
    )
    expect(slugs(r)).toContain('russia')
  })

  it('still a venue: a region of a country with no forces in the sentence', () => {
    const r = rulesEn("North Korean tourists arrived in Russia's Primorye region for a week of sightseeing.")
    expect(slugs(r)).not.toContain('russia')
  })

  it('still a venue: forces of the country itself in its own region', () => {
    const r = rulesEn("Japan's troops cleared snow in Japan's Hokkaido region on Monday.")
    expect(r.actors.filter((a) => a.slug === 'japan').length).toBeLessThanOrEqual(1)
  })
})
