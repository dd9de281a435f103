import { describe, expect, it } from 'vitest'
import { actors, actorsOf, defaultTagger, events, tag } from './helpers'

const koActors = (body: string, date = '2024-06-01') =>
  actorsOf(
    defaultTagger().tag({
      title: '',
      content: body,
      lang: 'ko',
      publishedAt: Date.parse(`${date}T00:00:00Z`),
    }),
  )

describe('English surface forms', () => {
  it('matches case-insensitively as whole words, with possessives and demonyms', () => {
    expect(actors("RUSSIA'S army and the north korean navy")).toEqual(['north-korea', 'russia'])
    expect(actors('Russian officials met Chinese diplomats')).toEqual(['china', 'russia'])
    expect(actors('Prussia and Russiagate')).toEqual([])
  })

  it('reads dot and hyphen variants: N. Korea, N.Korea, U.S., U.S.-ROK, Seoul-Washington', () => {
    expect(actors('N. Korea fires missile')).toEqual(['north-korea'])
    expect(actors('N.Korea fires missile')).toEqual(['north-korea'])
    expect(actors('U.S.-ROK drills begin')).toEqual(['south-korea', 'united-states'])
    expect(actors('Seoul-Washington ties strained')).toEqual(['south-korea', 'united-states'])
  })

  it('treats short acronyms case-sensitively (US, UN) and distrusts them in ALL-CAPS headlines', () => {
    expect(actors('Let us talk about the un-named plan')).toEqual([])
    expect(actors('US and UN officials spoke')).toEqual(['united-nations', 'united-states'])
    expect(actors('LET US PRAY FOR PEACE')).toEqual([])
  })
})

describe('Korean surface forms', () => {
  it('matches a whole token with an optional particle', () => {
    expect(actors('북한은 러시아와 중국의 지지를 받았고 미국이 반발했다')).toEqual([
      'china',
      'north-korea',
      'russia',
      'united-states',
    ])
  })

  it('expands compounds: 한미일, 북러, 남북, 대북, 방북, 주한미군', () => {
    expect(actors('한미일 정상')).toEqual(['japan', 'south-korea', 'united-states'])
    expect(actors('북러 밀착')).toEqual(['north-korea', 'russia'])
    expect(actors('남북 관계')).toEqual(['north-korea', 'south-korea'])
    expect(actors('대북 제재')).toEqual(['north-korea'])
    expect(actors('라브로프 방북')).toEqual(['north-korea', 'russia', 'sergei-lavrov'])
    expect(actors('주한미군 감축')).toEqual(['united-states', 'usfk'])
  })

  it('normalises separators: 북·러, 한-미, 한·미·일, 북·중·러', () => {
    expect(actors('북·러 조약')).toEqual(['north-korea', 'russia'])
    expect(actors('한-미 동맹')).toEqual(['south-korea', 'united-states'])
    expect(actors('한·미·일 훈련')).toEqual(['japan', 'south-korea', 'united-states'])
    expect(actors('북·중·러 밀착')).toEqual(['china', 'north-korea', 'russia'])
  })

  it('never matches inside another word: 북한산, 박진감, 조현병, 미사일, 조선업, 달러, 동북아', () => {
    expect(actors('북한산 등산로')).toEqual([])
    expect(actors('박진감 넘치는 경기')).toEqual([])
    expect(actors('조현병 치료제')).toEqual([])
    expect(actors('미사일 방어와 미래 기술')).toEqual([])
    expect(actors('조선업 호황')).toEqual([])
    expect(actors('원·달러 환율과 테러 우려')).toEqual([])
    expect(actors('동북아 정세와 충북 지역')).toEqual([])
  })

  it('still finds the whole names next to those traps', () => {
    expect(actors('박진 장관은 조현 장관과 달리')).toEqual(['cho-hyun', 'park-jin', 'south-korea'])
    expect(actors('북한산 석탄 밀수')).toEqual(['north-korea'])
  })
})

describe('disambiguation', () => {
  it('never tags a bare surname', () => {
    expect(actors('Kim, Lee and Park won medals', 'Choe and Cho finished fourth.')).toEqual([])
  })

  it('counts a later surname reference after a full mention', () => {
    const r = tag(
      'Cho Tae-yul meets envoys',
      'Foreign ministers met in Seoul. Cho said the talks went well.',
      '2024-05-01',
    )
    expect(r.mentions.find((m) => m.sentence.startsWith('Cho said'))?.actors).toContain('cho-tae-yul')
  })

  it('reads "Korea" alone as the South when used as a state, but not in place names', () => {
    expect(actors("Korea's foreign ministry protested")).toEqual(['south-korea'])
    expect(actors('Ferries cross the Korea Strait')).toEqual([])
    expect(actors('Tension on the Korean Peninsula and in the East Sea')).toEqual([])
  })

  it('reads "the North" as North Korea only in an article about the two Koreas', () => {
    expect(actors('Seoul says the North fired artillery')).toEqual(['north-korea', 'south-korea'])
    expect(actors('Snow across the North this weekend')).toEqual([])
    expect(actors('The North American Aerospace Defense Command said so')).toEqual([])
  })

  it('tags a metonym standing for its government, not as a venue or a source', () => {
    expect(actors('Pyongyang rejects talks')).toEqual(['north-korea'])
    expect(actors("The Kremlin said Moscow's position was unchanged")).toEqual(['russia'])
    expect(actors('NATO leaders gather for a summit in Washington')).toEqual(['nato'])
    expect(actors('Tourists flock to restaurants in Pyongyang')).toEqual([])
    expect(actors('Analysts in Seoul doubt it', 'A Seoul-based monitoring group said so.')).toEqual([])
    expect(actors('Markets calm', 'SEOUL, Nov. 3 (Yonhap) -- Stocks rose on Monday.')).toEqual([])
    expect(actors('평양은 회담을 거부했다')).toEqual(['north-korea'])
    expect(actors('평양에서 열린 마라톤')).toEqual([])
    expect(actors('백악관은 성명을 냈다')).toEqual(['united-states'])
  })

  it('resolves date-dependent titles by the published date', () => {
    // Japan is the visit's host: a party to the event, so tagged although Tokyo is named as a place.
    expect(actors('Foreign Minister Cho visits Tokyo', '', '2024-06-01')).toEqual([
      'cho-tae-yul',
      'japan',
      'south-korea',
    ])
    expect(actors('Foreign Minister Cho visits Tokyo', '', '2025-09-01')).toEqual([
      'cho-hyun',
      'japan',
      'south-korea',
    ])
    expect(actors('President Lee speaks', '', '2025-09-01')).toEqual(['lee-jae-myung', 'south-korea'])
    expect(actors('President Lee speaks', '', '2010-09-01')).toEqual([])
    expect(actors('South Korean Defense Minister speaks', '', '2024-03-01')).toEqual([
      'shin-won-sik',
      'south-korea',
    ])
    expect(actors('외교부 장관 발언', '', '2023-05-01')).toEqual(['park-jin', 'south-korea'])
    expect(actors('외교부 장관 발언', '', '2025-10-01')).toEqual(['cho-hyun', 'south-korea'])
  })

  it('does not give a title to the office holder when another country qualifies it or it is "former"', () => {
    expect(actors('중국 외교부 대변인 발언', '', '2024-05-01')).toEqual(['china'])
    expect(actors("Russia's Security Council met", '', '2024-06-01')).toEqual(['russia'])
    expect(actors('조태열 전 외교부 장관', '', '2025-09-01')).toEqual(['cho-tae-yul', 'south-korea'])
  })

  it('a person implies their country and a sub-organisation its parent; alliances imply nobody', () => {
    expect(actors('Lavrov arrives')).toEqual(['russia', 'sergei-lavrov'])
    expect(actors('UN Security Council convenes')).toEqual(['un-security-council', 'united-nations'])
    expect(actors('USFK commander speaks')).toEqual(['united-states', 'usfk'])
    expect(actors('NATO and G7 leaders meet')).toEqual(['g7', 'nato'])
    expect(actors('IAEA inspectors report')).toEqual(['iaea'])
  })
})

describe('events', () => {
  it('fire on inflected triggers: visit, visits, visited, visiting; 방문했다, 방문한, 방북', () => {
    for (const verb of ['visit', 'visits', 'visited', 'visiting'])
      expect(events(`Lavrov ${verb} Pyongyang`)).toEqual(['visit'])
    expect(events('라브로프가 평양을 방문했다')).toEqual(['visit'])
    expect(events('평양을 방문한 라브로프')).toEqual(['visit'])
    expect(events('라브로프 방북')).toEqual(['visit'])
    expect(events('방문객이 늘었다')).toEqual([])
  })

  it('record each event with the actors of its sentence, the title being its own sentence', () => {
    const r = tag(
      'Putin arrives in Pyongyang',
      'Kim Jong Un greeted him. North Korea fired a ballistic missile on Tuesday.',
      '2024-06-19',
    )
    expect(r.mentions).toEqual([
      {
        event: 'visit',
        actors: ['vladimir-putin', 'russia'],
        sentence: 'Putin arrives in Pyongyang',
        inTitle: true,
        start: 0,
        end: 26,
      },
      {
        event: 'missile-launch',
        actors: ['north-korea'],
        sentence: 'North Korea fired a ballistic missile on Tuesday.',
        inTitle: false,
        // Offsets into the body, stored instead of the sentence (migration 0014_mention_offsets).
        start: 25,
        end: 74,
      },
    ])
  })

  it('tag a denied event and add diplomatic-statement', () => {
    expect(events('Kremlin denies arms deal with Pyongyang', '', '2023-09-05')).toEqual([
      'arms-trade',
      'diplomatic-statement',
    ])
    expect(events('러시아 국방부는 북한제 무기 사용설을 부인했다')).toEqual([
      'arms-trade',
      'diplomatic-statement',
    ])
  })

  it('do not fire on generic nouns', () => {
    expect(
      events(
        'Seoul weighs the North Korean threat',
        'South Korea faces a nuclear threat and missile threats from North Korea.',
      ),
    ).toEqual([])
    expect(events('북한 위협에 대비', '정부는 북핵 위협에 대응 태세를 점검했다.')).toEqual([])
  })

  it('do not fire on background in the same clause', () => {
    expect(events('Lavrov speaks', "Lavrov recalled last month's visit to Pyongyang.")).toEqual([])
    expect(events('Kim speaks', 'Earlier this year, Kim Jong Un visited Russia.')).toEqual([])
    expect(events('Kim visits Russia', 'Kim Jong Un is visiting Russia this week.')).toEqual(['visit'])
  })

  it('keep multilateral summits abroad as meetings, not visits', () => {
    expect(events('Yoon arrives in Vilnius for NATO summit', '', '2023-07-11')).toEqual(['meeting-summit'])
  })

  it('weigh title mentions over body mentions in strength', () => {
    const r = tag('North Korea fires missile', 'Japan said the missile fell outside its waters.')
    const nk = r.actors.find((a) => a.slug === 'north-korea')!
    const jp = r.actors.find((a) => a.slug === 'japan')!
    expect(nk.inTitle).toBe(true)
    expect(jp.inTitle).toBe(false)
    expect(nk.strength).toBeGreaterThan(jp.strength)
    expect(r.actors.every((a) => a.strength > 0 && a.strength <= 1)).toBe(true)
  })
})

describe('a country named as a place, a descriptor or a dateline is no actor (issue 14 actor pass)', () => {
  const roles = (title: string, body = '') =>
    tag(title, body).records.map((r) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'}`)

  it('after a locative preposition, unless the noun before "in" is its state or its war', () => {
    expect(actors('LG will open a battery plant in the United States next year')).toEqual([])
    expect(actors('The band ends its tour at a stadium in Japan on Sunday')).toEqual([])
    expect(actors('Aid convoys reached the border town via China')).toEqual([])
    expect(actors('Regulators in Japan approved the merger on Friday')).toEqual(['japan'])
    expect(actors('Both sides discussed a ceasefire in Ukraine')).toContain('ukraine')
    expect(actors("The talks were held at Russia's request")).toEqual(['russia'])
    expect(actors("The envoys met at South Korea's invitation")).toEqual(['south-korea'])
  })

  it('a state acting at a venue is still the actor: a role tags the article', () => {
    // Japan is the venue of the launch, North Korea the launcher named as a place of nothing.
    expect(actors('North Korea fired a missile that fell in waters off Japan')).toContain('north-korea')
    expect(roles('South Korea and the United States held talks in Japan')).toContain(
      'meeting-summit south-korea>united-states',
    )
    expect(actors('South Korea and the United States held talks in Japan')).not.toContain('japan')
  })

  it("a country's own region, island or province is geography", () => {
    expect(actors("Heavy snow fell on Japan's northern island of Hokkaido")).toEqual([])
    expect(actors("Ukrainian drones struck a depot in Russia's Belgorod region")).toEqual(['ukraine'])
    expect(actors("Visitors crowd South Korea's Jeju island")).toEqual([])
  })

  it('Korean: a particle of place or a place inside the country', () => {
    const ko = (text: string) => koActors(text)
    expect(ko('기아는 미국에서 신형 전기차를 공개했다.')).toEqual([])
    expect(ko('포스코는 미국 텍사스주에 공장을 짓겠다고 밝혔다.')).toEqual([])
    expect(ko('폭우가 일본 시코쿠 지역에서 이틀째 이어졌다.')).toEqual([])
    expect(ko('LG전자는 미국 라스베이거스에서 신제품을 선보였다.')).toEqual([])
    // 에 of destination in an event sentence: the recipient stays a party.
    expect(ko('북한이 러시아 극동 지역에 병력을 파병했다고 국정원이 밝혔다.')).toContain('russia')
    expect(ko('미국은 북한을 규탄했다.')).toEqual(['north-korea', 'united-states'])
  })

  it('a descriptor is no actor even in a sentence with an event; a dateline is no venue', () => {
    expect(
      actors('', 'North Korea launched a missile on Monday, according to a U.S. think tank report.'),
    ).toEqual(['north-korea'])
    // A dateline is where the copy was filed, not the host of a visit reported in it.
    expect(actors('', 'TOKYO (AP) - Vice President JD Vance visited Seoul on Monday.')).not.toContain('japan')
    expect(
      koActors('(서울=연합뉴스) 라브로프 러시아 외무장관이 평양을 방문했다고 조선중앙통신이 보도했다.'),
    ).not.toContain('south-korea')
  })

  it('a title after several countries is no one person; a Korean title taking 에/(으)로 is the post', () => {
    expect(koActors('한미 외교장관은 공동 기자회견을 열었다.', '2024-06-01')).toEqual([
      'south-korea',
      'united-states',
    ])
    expect(koActors('외교부 장관은 기자회견을 열었다.', '2024-06-01')).toContain('cho-tae-yul')
    expect(koActors('이시바 총리는 하야시 전 관방장관을 외무상에 기용했다.', '2025-01-10')).not.toContain(
      'choe-son-hui',
    )
  })

  it('"from" after a reaction names its author, not a place', () => {
    expect(actors('The vote drew sharp criticism from Tokyo and Seoul')).toEqual(['japan', 'south-korea'])
    expect(actors('The delegation flew home from Tokyo and Seoul')).toEqual([])
  })

  it("an organisation in a person's title is no role; the person acts", () => {
    const r = defaultTagger().tag({
      title: '',
      content: '김여정 조선노동당 부부장은 담화를 내고 한국을 향해 보복하겠다고 경고했다.',
      lang: 'ko',
      publishedAt: Date.parse('2024-06-01T00:00:00Z'),
    })
    expect(r.records.map((x) => x.source)).toContain('kim-yo-jong')
    expect(r.records.map((x) => x.source)).not.toContain('workers-party-of-korea')
  })

  it('a country opening the name of a company, club or league names that body', () => {
    expect(actors('The Japan Volleyball Association fined the club')).toEqual([])
    expect(actors('Shares of Seoul Semiconductor Co fell')).toEqual([])
    // Not a state body: a bilateral group keeps its countries.
    expect(actors('Seoul and Washington convened the Nuclear Consultative Group')).toEqual([
      'south-korea',
      'united-states',
    ])
  })

  it('people, markets and media a country describes; a capital before a local thing', () => {
    expect(actors('Business leaders from China and Japan met in Osaka')).toEqual([])
    expect(actors("South Korea's KOSPI fell 2 percent on Friday")).toEqual([])
    expect(actors('Japanese media reported that the talks would resume')).toEqual([])
    expect(actors('Robbers raided a Tokyo bank on Friday')).toEqual([])
    expect(actors('Officials from China and Japan met in Osaka')).toEqual(['china', 'japan'])
  })

  it('longer names win over an alias inside them', () => {
    expect(actors("a plenary meeting of the ruling Workers' Party of Korea")).toEqual([
      'north-korea',
      'workers-party-of-korea',
    ])
    expect(actors('The U.N. nuclear watchdog said so')).toEqual(['iaea'])
  })

  it('a region named by a compass word, a place visited, a list of places', () => {
    expect(actors('Floods hit northern China on Sunday')).toEqual([])
    expect(actors('North Korean troops joined the war in eastern Ukraine')).toContain('ukraine')
    expect(koActors('가수 아이유가 다음 달 일본을 방문해 공연한다.')).toEqual([])
    expect(koActors('그룹은 서울과 부산에서 콘서트를 연다.')).toEqual([])
    expect(koActors('한중 재계 인사들이 베이징에서 만찬을 했다.')).toEqual([])
    expect(koActors('삼성전자는 미국 시장에 새 노트북을 내놓는다.')).toEqual([])
    // An official visit: the host is the visit's target, so tagged.
    expect(koActors('조태열 외교부 장관이 일본을 방문했다.', '2024-06-01')).toContain('japan')
  })

  it('a sportsman a country describes; a place owning the phrase it qualifies', () => {
    expect(actors('', "'It was a hard game,' the Japan coach said after the club match.")).toEqual([])
    expect(actors('Two South Korean mountaineers reached the top of K2')).toEqual([])
    expect(koActors('도쿄의 중국 전문가들은 경기가 둔화할 것으로 내다봤다.')).toEqual([])
    expect(koActors('도쿄의 중국 대사관은 성명을 냈다.')).toContain('china')
  })

  it('lists of places, custody in a state, two-noun descriptors, Korean "inside" and war fronts', () => {
    expect(actors('The orchestra will tour in Japan and China next spring')).toEqual([])
    expect(actors('A Japanese tourist was arrested in China on spying charges')).toContain('china')
    expect(actors('Chinese battery makers expanded output')).toEqual([])
    expect(koActors('러시아 내 한국 기업들이 철수를 검토하고 있다.')).toEqual([])
    expect(koActors('현대차는 미국 앨라배마에 새 공장을 세운다.')).toEqual([])
    expect(koActors('북한군이 우크라이나 전선에 있다.')).toContain('ukraine')
  })

  it("a place keeps its country when it is an event's unnamed actors' or its own officials'", () => {
    expect(actors('Tens of thousands protested in Japan against the new defense budget')).toContain('japan')
    expect(actors('Officials in Tokyo said the North Korean missile fell outside its waters')).toContain(
      'japan',
    )
    expect(actors('Chinese officials in Tokyo declined to comment')).toEqual(['china'])
    expect(actors('Protesters gathered outside the Russian embassy in Seoul')).not.toContain('south-korea')
  })

  it('Korean market and source nouns and two-noun descriptors; a case particle closes the phrase', () => {
    expect(koActors('중국 증시가 이틀째 하락했다.')).toEqual([])
    expect(koActors('도쿄의 외교 소식통은 분위기가 나쁘지 않다고 전했다.')).toEqual([])
    expect(koActors('일본인 단체 관광객이 늘었다.')).toEqual([])
    expect(koActors('중국 관영 언론은 미국을 비판했다.')).toContain('china')
    expect(koActors('북한이 중국 관광객을 다시 받기 시작했다.')).toContain('north-korea')
    expect(actors('Japanese government bond yields hit a record')).toEqual([])
  })

  it('방한/방북 name the place visited: its host is tagged only through an official visit', () => {
    expect(koActors('여름 휴가철 외국인 관광객 방한이 크게 늘었다.')).toEqual([])
    expect(koActors('라브로프 러시아 외무장관이 방북했다.')).toContain('north-korea')
  })
})

describe('descriptors over longer compounds (issue 14, round six actor pass)', () => {
  it('a country before a compound of up to two modifier nouns or an acronym describes its head', () => {
    expect(actors('A U.S. private satellite company released images of the port')).toEqual([])
    expect(actors('Japanese EV makers cut prices again')).toEqual([])
    expect(actors('Chinese table tennis stars swept the finals')).toEqual([])
    // A state noun at the head is no descriptor.
    expect(actors('Chinese coast guard ships entered the area')).toEqual(['china'])
    expect(actors('Russian military transport aircraft landed in Pyongyang')).toContain('russia')
  })

  it('boats, studios, brokerages, courts, leagues, tours and conferences a country or capital names', () => {
    expect(actors('A Chinese fishing boat ran aground near the reef')).toEqual([])
    expect(actors('A Tokyo court fined the broker')).toEqual([])
    expect(actors('Analysts at two Seoul brokerages cut their targets')).toEqual([])
    expect(actors('The Japanese football league fined the club')).toEqual([])
    expect(actors('The band announced its first US tour')).toEqual([])
    expect(actors('Seoul security conference draws record crowds')).toEqual([])
    expect(koActors('일본 브랜드의 판매가 줄었다.')).toEqual([])
  })

  it('Korean: where someone stays or is based (체류, 거주, 거점) is a place', () => {
    expect(koActors('그는 일본에 거주하며 무역업을 했다.')).toEqual([])
    expect(koActors('경찰은 중국에 거점을 둔 도박 조직을 적발했다.')).toEqual([])
    expect(koActors('중국 거점 해커 조직의 수법이 공개됐다.')).toEqual([])
    // 에 of a recipient in an event sentence stays a party.
    expect(koActors('북한이 러시아에 포탄을 보냈다.')).toContain('russia')
  })

  it('a capital that hosts something is its place; a visit it hosts still makes it the host', () => {
    expect(actors('Beijing hosts a robot marathon this weekend')).toEqual([])
    expect(actors('', 'Tokyo hosted 40,000 fans at the game fair.')).toEqual([])
    const r = tag('', 'Moscow hosted Kim Jong Un for talks with Vladimir Putin on Tuesday.', '2024-06-20')
    expect(r.records.map((x) => `${x.event} ${x.source}>${x.target}`)).toContain('visit kim-jong-un>russia')
  })

  it('a title someone is to become, or whose election is held, names the post, not its holder', () => {
    expect(
      actors('', "The LDP chief is expected to become Japan's Prime Minister on Friday.", '2025-03-01'),
    ).toEqual(['japan'])
    expect(actors('', 'Who will be the next Japanese Prime Minister?', '2025-03-01')).toEqual(['japan'])
    expect(koActors('미국 대통령 선거 사전투표가 시작됐다.', '2024-10-20')).toEqual(['united-states'])
    expect(koActors('미국 대통령은 성명을 냈다.', '2024-10-20')).toContain('joe-biden')
  })

  it('a country opening a company name with an industry word or an ampersand names the company', () => {
    expect(actors('Japan Steel Works shares rose on Monday')).toEqual([])
    expect(actors('China Aerospace Science & Technology Corp opened a plant')).toEqual([])
    expect(actors('Korea Electronics posted a loss')).toEqual([])
    expect(actors('Japan Air Self-Defense Force jets scrambled')).toEqual(['japan'])
  })

  it("South Korea's arms procurement and space agencies, and the North's name for the South", () => {
    expect(actors('', 'The Defense Acquisition Program Administration approved the purchase.')).toEqual([
      'south-korea',
    ])
    expect(koActors('방사청은 새 전차 도입 사업을 승인했다.')).toEqual(['south-korea'])
    expect(koActors('우주항공청은 발사 일정을 발표했다.')).toEqual(['south-korea'])
    expect(koActors('통신은 남조선이 도발을 계속한다고 주장했다.')).toEqual(['south-korea'])
  })

  it('Korean: a compound written as one word is the noun it ends in', () => {
    expect(koActors('일본인 개인관광객이 크게 늘었다.')).toEqual([])
    expect(koActors('미국 현지연구진은 결과를 발표했다.')).toEqual([])
    expect(koActors('중국 외교부는 성명을 냈다.')).toContain('china')
  })

  it('a capital after another capitalised name word ends a name; after a question word it is the state', () => {
    expect(actors('', 'The indie band Midnight Tokyo sold out two shows.')).toEqual([])
    expect(actors('', 'Would Beijing retaliate against the sanctions?')).toEqual(['china'])
  })

  it('Korean: a place name then a plant or an airport after a country is a site in it', () => {
    expect(koActors('기아는 美 앨라배마 공장의 생산량을 늘렸다.')).toEqual([])
    expect(koActors('폭설로 일본 홋카이도 신치토세공항의 항공편이 결항됐다.')).toEqual([])
    expect(koActors('북한 당국은 신의주 공장을 재가동했다.')).toEqual(['north-korea'])
  })

  it('"the Security Council" unqualified is the UN\'s; a country\'s or a national one is not', () => {
    expect(actors('', 'The Security Council adopted a statement on the launch.')).toEqual([
      'un-security-council',
      'united-nations',
    ])
    expect(actors('', 'The National Security Council convened at the presidential office.')).toEqual([])
    expect(
      actors('', 'Russian Security Council Secretary Sergei Shoigu arrived on Friday.', '2024-09-20'),
    ).toEqual(['russia', 'sergei-shoigu'])
  })

  it('a capital labelling an item of a digest before a colon is where it happened', () => {
    expect(
      actors(
        '',
        'Morning briefing.\n• Tokyo: cherry blossoms peak early.\n• Moscow: a heatwave breaks records.',
      ),
    ).toEqual([])
    expect(actors('Tokyo: North Korean missile fell in our waters')).toEqual(['japan', 'north-korea'])
  })

  it("a country where forces are stationed or deployed is a party, over the verb's object", () => {
    expect(actors('', 'Beijing objects to plans to deploy new radars in Japan.')).toContain('japan')
    expect(actors('', 'The band played its new songs in Japan.')).toEqual([])
  })

  it('an unnamed title after "sister of" describes a relative, not the office-holder', () => {
    expect(
      actors('', 'The wife of the Japanese Prime Minister opened the exhibition.', '2025-03-01'),
    ).toEqual(['japan'])
    expect(actors('', 'The Japanese Prime Minister opened the exhibition.', '2025-03-01')).toContain(
      'shigeru-ishiba',
    )
  })

  it('Korean: cities of a country visited (일본 5개 도시를 방문) are places; a capital named there keeps the host', () => {
    expect(koActors('오케스트라는 내년 봄 일본 5개 도시를 방문해 공연한다.')).toEqual([])
    expect(koActors('극단, 중국 3개 도시 방문 공연')).toEqual([])
    expect(koActors('러시아 대표단 북한 평양 방문')).toEqual(['north-korea', 'russia'])
  })

  it('a part of a country named after "of" is a place ("the U.S. state of Ohio")', () => {
    expect(actors('', 'Honda will expand its plant in the U.S. state of Ohio.')).toEqual([])
    expect(actors('', 'Floods hit the Chinese province of Henan.')).toEqual([])
  })
})
