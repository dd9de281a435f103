import { describe, expect, it } from 'vitest'
import { actors, actorsOf, defaultTagger, tag } from './helpers'

// Issue 14, round seven's actor pass: actors tagged that the gold sets do not list (places, the press,
// sports clubs, titles of someone else). Sentences written for these tests, not taken from the gold.

const ko = (title: string, body = '', date = '2024-06-01') =>
  defaultTagger().tag({ title, content: body, lang: 'ko', publishedAt: Date.parse(`${date}T00:00:00Z`) })
const koActors = (title: string, body = '', date?: string) => actorsOf(ko(title, body, date))
const roles = (r: ReturnType<typeof tag>) => r.records.map((x) => `${x.event} ${x.source}>${x.target}`)

describe("a country's press is no party to what it reports", () => {
  it('English: the country of a newspaper report a government dismisses is neither tagged nor a target', () => {
    const r = tag(
      '',
      'Seoul on Tuesday dismissed a Chinese newspaper report that Pyongyang had tested a new engine.',
    )
    expect(actorsOf(r)).toEqual(['north-korea', 'south-korea'])
    expect(roles(r).some((x) => x.includes('china'))).toBe(false)
    expect(actors('', 'Moscow rejected a Japanese news report that Kim would visit in May.')).not.toContain(
      'japan',
    )
  })

  it("English: state media speak for their state (and the state's own acts stay tagged)", () => {
    const r = tag('', 'North Korean state media denounced Japan over the drills.')
    expect(actorsOf(r)).toEqual(['japan', 'north-korea'])
    expect(roles(r)).toContain('diplomatic-statement north-korea>japan')
  })

  it('Korean: 러시아 언론 보도, 日 보도 name where the report ran', () => {
    expect(koActors('', '통일부는 북한이 미사일을 발사했다는 러시아 언론 보도를 일축했다.')).toEqual([
      'north-korea',
      'south-korea',
    ])
    expect(koActors('국방부 "北 발사 없었다"…日 보도 반박')).toEqual(['north-korea', 'south-korea'])
    expect(koActors('', '일본 정부는 북한이 미사일을 발사했다고 밝혔다.')).toContain('japan')
  })
})

describe('a capital in sports, weather or entertainment copy is the city', () => {
  it('a club, a stadium or a derby named after a capital tags no country', () => {
    expect(actors('Seoul club fined over flares')).toEqual([])
    expect(
      actors(
        '',
        'The league fined a Tokyo club 10 million yen after its fans threw flares during the derby.',
      ),
    ).toEqual([])
    expect(actors('', 'Fans queued outside Tokyo Dome for the concert.')).toEqual([])
    expect(koActors('수원, 서울과의 더비 경기에서 2-1 승리')).toEqual([])
  })

  it('the same capital in political copy, or deciding or speaking in any copy, is its government', () => {
    expect(actors('Seoul protested the drills.')).toEqual(['south-korea'])
    expect(actors('', 'Stocks fell after Beijing announced new export curbs.')).toEqual(['china'])
    expect(
      actors('', 'Seoul shares fell as investors feared that Washington would impose new tariffs.'),
    ).toEqual(['united-states'])
  })
})
