import { describe, expect, it } from 'vitest'
import { actors, actorsOf, defaultTagger, tag } from './helpers'

// Issue 14, round eight's actor pass (blind t16-t19 text): actors tagged that the gold sets do not list
// (another state's ministry, a post being filled, a company, a player, a site named after a body, a
// place shared by a list). Sentences written for these tests, not taken from the gold.

const ko = (title: string, body = '', date = '2024-06-01') =>
  defaultTagger().tag({ title, content: body, lang: 'ko', publishedAt: Date.parse(`${date}T00:00:00Z`) })
const koActors = (title: string, body = '', date?: string) => actorsOf(ko(title, body, date))
const roles = (r: ReturnType<typeof tag>) => r.records.map((x) => `${x.event} ${x.source}>${x.target}`)

describe("a bare Korean office after a state outside the taxonomy is that state's", () => {
  it('베트남 외교부, 캐나다 공군: no South Korea, as a role or a tag', () => {
    const r = ko('', '베트남 외교부는 중국 해경의 물대포 발사에 강력히 항의했다.')
    expect(actorsOf(r)).not.toContain('south-korea')
    expect(roles(r).some((x) => x.includes('south-korea'))).toBe(false)
    expect(koActors('', '일본 항공자위대는 미국, 캐나다 공군과 함께 연합훈련을 벌였다.')).not.toContain(
      'south-korea',
    )
    expect(koActors('', '현대로템은 폴란드의 국방부와 전차 공급 계약을 맺었다.')).not.toContain('north-korea')
  })

  it("so is a bare title: 베트남 외교장관 is not South Korea's foreign minister of the day", () => {
    const r = ko('', '베트남 외교장관은 하노이에서 왕이 중국 외교부장과 회담했다.', '2024-06-01')
    expect(actorsOf(r)).not.toContain('south-korea')
    expect(actorsOf(r)).toContain('wang-yi')
    expect(koActors('', '외교장관은 왕이 중국 외교부장과 회담했다.', '2024-06-01')).toContain('south-korea')
  })

  it('unqualified, or after a taxonomy state, the office is still its own', () => {
    expect(koActors('', '외교부는 북한의 미사일 발사를 규탄했다.')).toEqual(['north-korea', 'south-korea'])
    expect(koActors('', '중국 외교부는 미국의 대만 무기 판매를 비난했다.')).toContain('china')
  })
})

describe('a post named as what someone becomes names no office-holder', () => {
  it('English: "confirmed as defense secretary" is the post, not the holder of the day', () => {
    const r = defaultTagger().tag({
      title: '',
      content: 'The Senate confirmed a retired general as defense secretary on Thursday.',
      lang: 'en',
      publishedAt: Date.parse('2024-03-01T00:00:00Z'),
    })
    expect(actorsOf(r)).not.toContain('lloyd-austin')
  })

  it('Korean: 외무상에는 … 기용, as 외무상에 … 기용', () => {
    const r = ko('', '새 내각의 외무상에는 40대 외교관 출신 의원이 발탁됐다.')
    expect(actorsOf(r)).not.toContain('choe-son-hui')
    expect(koActors('', '최선희 외무상은 담화를 내고 미국을 비난했다.')).toContain('choe-son-hui')
  })
})

describe('companies, players and sites a country or body names', () => {
  it('"a U.S. start-up", "the Japanese winger", a Russian league', () => {
    expect(actors('', 'Shares of a US start-up that makes drone batteries doubled on Friday.')).toEqual([])
    expect(actors('', "The Japanese winger's cross set up the winner in the 89th minute.")).toEqual([])
    expect(koActors('', '중국 프로축구 리그 상하이 구단이 우승을 차지했다.')).toEqual([])
  })

  it('veterans a country describes are people, not the state: "U.S. veterans", 미국 참전용사', () => {
    expect(actors('', 'Dozens of U.S. veterans laid wreaths at a memorial in Busan on Sunday.')).toEqual([])
    expect(koActors('', '미국 참전용사 20여 명이 부산의 한 추모공원을 찾았다.')).toEqual([])
    expect(actors('', 'U.S. troops held a live-fire drill near the border.')).toContain('united-states')
  })

  it('a capital\'s mayor, subway or residents are the city\'s: "Moscow\'s mayor", "Tokyo residents"', () => {
    expect(actors('', "Moscow's mayor said the city would close two metro lines for repairs.")).toEqual([])
    expect(actors('', 'Tokyo residents queued for hours to buy rice on Saturday.')).toEqual([])
    expect(actors('', 'Moscow said it would respond to the new sanctions.')).toContain('russia')
  })

  it('"a Seoul cyber-security conference" is a gathering, hyphen or not; state-run media still speak', () => {
    expect(actors('Seoul cyber-security conference draws 3,000')).toEqual([])
    expect(actors('', 'Chinese state-run media criticised the drills by Japan.')).toContain('china')
  })

  it('"the UN Memorial Cemetery" is a site named after the UN', () => {
    expect(actors('', 'Veterans laid wreaths at the UN Memorial Cemetery in Busan.')).toEqual([])
    expect(actors('', 'The UN condemned the attack.')).toContain('united-nations')
  })
})

describe('Korean: a particle of place after a list is the place of every country in it', () => {
  it('한국과 일본에서 … 논쟁: both places; 한국과 일본이: both parties', () => {
    const r = ko('', '북한이 핵실험을 하면 한국과 일본에서 핵무장 여론이 커질 수 있다고 전문가들은 내다봤다.')
    expect(actorsOf(r)).toEqual(['north-korea'])
    expect(koActors('', '한국과 일본이 북한의 미사일 발사를 규탄했다.')).toEqual([
      'japan',
      'north-korea',
      'south-korea',
    ])
  })
})

describe("a country's coast guard is its force, not its coast", () => {
  it('"Japan\'s coast guard said" tags Japan; "Japan\'s coast" alone is a place', () => {
    expect(
      actors('', "Japan's coast guard said North Korea had told ships to keep away from the area."),
    ).toEqual(['japan', 'north-korea'])
    expect(actors('', "Heavy rain lashed Japan's coast on Monday.")).toEqual([])
  })
})

describe("Korean: unqualified 군 당국, 정보 당국 are the writer country's, as an unqualified ministry", () => {
  it('군 당국이 밝혔다 tags South Korea; 미국 정보 당국, 독일 군 당국 do not', () => {
    expect(koActors('', '북한이 주말에 방사포를 쏠 수 있다고 군 당국은 내다봤다.')).toEqual([
      'north-korea',
      'south-korea',
    ])
    expect(koActors('', '미국 정보 당국은 북한의 핵물질 생산이 늘었다고 평가했다.')).not.toContain(
      'south-korea',
    )
    expect(koActors('', '독일 군 당국은 러시아의 위협에 대비하고 있다고 밝혔다.')).not.toContain(
      'south-korea',
    )
  })
})

describe("a country's films and dramas are no party to what is done to them", () => {
  it('Korean: a ban on 한국 드라마 is not aimed at South Korea; 韓 영화 wins no vote for it', () => {
    const r = ko('', '북한 매체는 청년들의 한국 드라마 시청을 "반동 사상"이라고 맹비난했다.')
    expect(roles(r).some((x) => x.includes('south-korea'))).toBe(false)
    expect(actorsOf(r)).not.toContain('south-korea')
    expect(koActors('', '북한 매체는 한국 정부의 대북 정책을 맹비난했다.')).toContain('south-korea')
  })

  it('English: "Chinese films" banned by a state are not China', () => {
    const r = tag('', 'North Korea denounced Chinese films as decadent, state media said.')
    expect(actorsOf(r)).toEqual(['north-korea'])
  })
})

describe('aliases', () => {
  it('OFAC, the Office of Foreign Assets Control, is the United States (the sanctions office of its Treasury)', () => {
    const r = tag('', 'OFAC on Friday blacklisted a Hong Kong shipping firm for carrying North Korean coal.')
    expect(actorsOf(r)).toContain('united-states')
    expect(roles(r)[0]).toMatch(/^sanctions united-states>/)
  })
})

describe('a country before -owned, -speaking or -language describes, it does not act', () => {
  it('"a Japanese-owned shipping firm", "Russian-speaking hackers" tag no country; "Russian hackers" do', () => {
    expect(actors('', 'A Japanese-owned shipping firm opened an office in Busan on Monday.')).toEqual([])
    expect(actors('', 'Russian-speaking hackers locked the hospital’s files and demanded a ransom.')).toEqual(
      [],
    )
    expect(actors('', 'The Korean-language edition of the memoir sold out in a week.')).toEqual([])
    expect(actors('', 'Russian hackers locked the hospital’s files and demanded a ransom.')).toContain(
      'russia',
    )
  })
})
