import { describe, expect, it } from 'vitest'
import type { EventRecord, TagResult } from '../../src/tagging/types'
import { defaultTagger, eventsOf, rulesTagger } from './helpers'

/** Tags a title-less article (one or more sentences of body) in its language. */
function tagText(body: string, lang = 'en', date = '2024-06-01', title = ''): TagResult {
  return defaultTagger().tag({ title, content: body, lang, publishedAt: Date.parse(`${date}T00:00:00Z`) })
}

const brief = (r: EventRecord) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`
// Records as the shipped tagger makes them (the learned role filler on: it leaves the roles the rules mark
// deliberately empty).
const records = (body: string, lang = 'en', date = '2024-06-01') =>
  defaultTagger()
    .tag({ title: '', content: body, lang, publishedAt: Date.parse(`${date}T00:00:00Z`) })
    .records.map(brief)
// Records as the rules make them (the filler off: helpers.ts, rulesTagger), for the tests whose documented
// role the shipped filler still fills.
const rulesRecords = (body: string, lang = 'en', date = '2024-06-01') =>
  rulesTagger()
    .tag({ title: '', content: body, lang, publishedAt: Date.parse(`${date}T00:00:00Z`) })
    .records.map(brief)
const events = (body: string, lang = 'en', date?: string) => eventsOf(tagText(body, lang, date))

describe('a trigger word alone does not decide (the issue list)', () => {
  it('a leader touring a factory at home is no visit; abroad it is', () => {
    expect(events('North Korean leader Kim Jong Un toured a munitions factory on Thursday.')).toEqual([])
    expect(events('김정은 국무위원장이 미사일 생산 공장을 방문해 생산 확대를 지시했다.', 'ko')).toEqual([])
    expect(records('Kim Jong Un toured a Russian naval shipyard in Vladivostok on Sunday.')).toContain(
      'visit kim-jong-un>russia reported',
    )
  })

  it('lawmakers voting down martial law is no election', () => {
    expect(events("South Korea's National Assembly voted 190-0 to lift the martial law.")).toEqual([])
    expect(events('대만 입법원은 국방예산을 삭감하는 안을 투표로 통과시켰다.', 'ko')).toEqual([])
  })

  it('a racing podium or a football defeat is no attack-clash', () => {
    expect(
      events("Japan's attack overwhelmed South Korea as the champions crashed to a 3-0 defeat."),
    ).toEqual([])
    expect(events('A late clash between the two leading teams ended both races at the Grand Prix.')).toEqual(
      [],
    )
    expect(events('한국 축구 대표팀은 일본의 공격을 막지 못하고 0-3으로 패했다.', 'ko')).toEqual([])
  })

  it('summoning an attache is a diplomatic statement, not a protest', () => {
    const r = records(
      "South Korea's foreign ministry summoned the Russian defence attache on Monday to protest against military cooperation with North Korea.",
    )
    expect(r).toContain('diplomatic-statement south-korea>russia reported')
    expect(r.some((x) => x.startsWith('protest'))).toBe(false)
    expect(
      events('외교부는 주한 러시아대사관 국방무관을 초치해 북러 군사협력에 강력히 항의했다.', 'ko'),
    ).toContain('diplomatic-statement')
  })

  it('a defence-tech export deal is an arms transfer, not an alliance agreement', () => {
    const e = events(
      'Hanwha Aerospace signed a deal worth $2.6 billion to supply K9 howitzers to South Korea.',
    )
    expect(e).toContain('arms-trade')
    expect(e).not.toContain('alliance-agreement')
  })

  it('a pact pledging mutual military aid is military cooperation (and the pact an agreement)', () => {
    const e = events(
      'Russia and North Korea signed a treaty on Wednesday that obliges each side to provide military assistance to the other if attacked.',
    )
    expect(e).toEqual(['alliance-agreement', 'military-cooperation'])
    expect(
      events(
        '북한과 러시아는 상대방이 무력 침공을 받으면 지체 없이 군사적 원조를 제공하는 조약에 서명했다.',
        'ko',
      ),
    ).toContain('military-cooperation')
  })

  it('an election won by a person is also a leadership change', () => {
    expect(
      records('Donald Trump won the U.S. presidential election on Wednesday.', 'en', '2024-11-06'),
    ).toEqual(
      expect.arrayContaining([
        'election donald-trump>- reported',
        'leadership-change donald-trump>- reported',
      ]),
    )
  })
})

describe('who does what to whom', () => {
  it('English word order, voice and prepositions', () => {
    expect(records('Russia supplied artillery shells to North Korea.')).toEqual([
      'arms-trade russia>north-korea reported',
    ])
    expect(records('North Korea supplied artillery shells to Russia.')).toEqual([
      'arms-trade north-korea>russia reported',
    ])
    // Buying reverses the transfer: the seller supplies.
    expect(records('Russia is buying millions of artillery shells from North Korea.')).toEqual([
      'arms-trade north-korea>russia reported',
    ])
    // Passive: the by-phrase acts.
    expect(records('Three North Korean firms were sanctioned by the European Union on Monday.')).toEqual([
      'sanctions european-union>north-korea reported',
    ])
    expect(records('Lavrov arrived in Pyongyang on Friday.')).toEqual([
      'visit sergei-lavrov>north-korea reported',
    ])
  })

  it('Korean particles: 이/가 the subject, 에/에게 the recipient, 로부터 the supplier, 의 the possessor', () => {
    expect(records('북한이 러시아에 포탄을 공급했다.', 'ko')).toEqual([
      'arms-trade north-korea>russia reported',
    ])
    expect(records('러시아가 북한에 포탄을 공급했다.', 'ko')).toEqual([
      'arms-trade russia>north-korea reported',
    ])
    expect(records('러시아가 북한으로부터 포탄과 로켓을 구매했다.', 'ko')).toEqual([
      'arms-trade north-korea>russia reported',
    ])
    expect(records('정부는 북한의 탄도미사일 발사를 강력히 규탄했다.', 'ko')).toEqual(
      expect.arrayContaining(['diplomatic-statement south-korea>north-korea reported']),
    )
    expect(records('라브로프 외무장관이 1일 평양에 도착했다.', 'ko')).toEqual([
      'visit sergei-lavrov>north-korea reported',
    ])
  })

  it('a reporting source is not a party: "X said", 밝혔다', () => {
    expect(
      records("North Korea fired a ballistic missile, South Korea's Joint Chiefs of Staff said."),
    ).toEqual(['missile-launch north-korea>- reported'])
    expect(records('합동참모본부는 북한이 탄도미사일을 발사했다고 밝혔다.', 'ko')).toEqual([
      'missile-launch north-korea>- reported',
    ])
  })

  it('symmetric events take the two parties in the order named', () => {
    expect(records('Kim Jong Un and Vladimir Putin held talks on Wednesday.')).toEqual([
      'meeting-summit kim-jong-un>vladimir-putin reported',
    ])
    expect(records('푸틴 대통령과 김정은 위원장이 정상회담을 했다.', 'ko')).toEqual([
      'meeting-summit vladimir-putin>kim-jong-un reported',
    ])
  })
})

describe('modality', () => {
  it('English: denied, planned, speculative, background', () => {
    expect(records('North Korea did not fire any missiles this month.')).toEqual([
      'missile-launch north-korea>- denied',
    ])
    expect(records('Putin will visit North Korea next week.')).toEqual([
      'visit vladimir-putin>north-korea planned',
    ])
    expect(records('North Korea may conduct a nuclear test soon, analysts said.')).toEqual([
      'nuclear-weapons north-korea>- speculative',
    ])
    expect(records("Since last year's summit, Russia and North Korea have traded more.")).toEqual([
      'meeting-summit russia>north-korea background',
    ])
  })

  it('Korean: 않았다, 예정, 할 수 있다, 지난해', () => {
    expect(records('북한은 이달 들어 탄도미사일을 발사하지 않았다.', 'ko')).toEqual([
      'missile-launch north-korea>- denied',
    ])
    expect(records('푸틴 대통령은 다음 주 북한을 방문할 예정이다.', 'ko')).toEqual([
      'visit vladimir-putin>north-korea planned',
    ])
    expect(records('국방부는 북한이 이달 중 정찰위성을 발사할 수 있다고 밝혔다.', 'ko')).toEqual([
      'missile-launch north-korea>- speculative',
    ])
  })

  it('speculative and background records stay visible but do not tag the article (rule 4)', () => {
    const r = tagText('North Korea may conduct a nuclear test soon, analysts said.')
    expect(r.records.length).toBe(1)
    expect(r.events).toEqual([])
  })

  it('a denial tags the event and a diplomatic statement by the one who denies', () => {
    expect(
      records("North Korea's foreign ministry denied reports that it had sent troops to Russia."),
    ).toEqual(
      expect.arrayContaining([
        'military-cooperation north-korea>russia denied',
        'diplomatic-statement north-korea>- reported',
      ]),
    )
    // A third party saying it did not happen is no statement by the actor; said in the third party's own voice
    // it is the third party's own statement (round twenty-six's judged s57-ds-en; the gold t5 t37 t76).
    expect(
      records("South Korea's Joint Chiefs of Staff said North Korea had not fired any missiles."),
    ).toEqual(['diplomatic-statement south-korea-jcs>- reported', 'missile-launch north-korea>- denied'])
  })
})

describe('non-events that look like events (written before their rules)', () => {
  it('a weapon named after an act, an adjective made of a trigger, a civilian launch', () => {
    expect(events('Kim Jong Un called for the mass production of suicide attack drones, KCNA said.')).toEqual(
      [],
    )
    expect(events('온라인 쇼핑몰들은 공격적인 마케팅을 펼치고 있다.', 'ko')).toEqual([])
    expect(
      events("South Korea's space agency said its Nuri rocket would launch 13 civilian satellites."),
    ).toEqual([])
    expect(events('A powerful typhoon struck southern Japan on Monday, killing two people.')).toEqual([])
  })

  it('only officials visit or meet for a state', () => {
    expect(events('Chinese tourists visited Seoul in record numbers in June.')).toEqual([])
    expect(
      events('Security experts from South Korea, the United States and Japan gathered at a forum in Seoul.'),
    ).toEqual([])
    const r = tagText('Yoshiko Ishiba, the wife of Prime Minister Shigeru Ishiba, visited a school in Seoul.')
    expect(eventsOf(r)).toEqual([])
  })

  it('a surname after another given name is someone else', () => {
    const actors = tagText('Hunter Biden said on Monday he would appeal.', 'en', '2024-06-01').actors
    expect(actors.map((a) => a.slug)).not.toContain('joe-biden')
  })

  it('a country describing people or things in an eventless sentence is no actor', () => {
    const actors = tagText(
      'Experts from South Korea and Japan debated the economy at a university forum.',
    ).actors
    expect(actors.map((a) => a.slug)).toEqual([])
  })
})

describe('crime, company news and attribution (fewer false alarms)', () => {
  it('a cyberattack is attributed: ordinary crime and company leaks are none, a named state group is', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(
      events('A court jailed a man for a phishing scheme that stole 3 billion won from elderly victims.'),
    ).toEqual([])
    expect(
      events('쿠팡은 고객 개인정보 유출이 외부 해킹이 아니라 전직 직원의 소행이라고 밝혔다.', 'ko'),
    ).toEqual([])
    expect(
      events('The Lazarus Group stole $100 million from a crypto exchange, investigators said.'),
    ).toEqual(['cyberattack'])
    expect(rulesRecords('South Korea accused North Korea of hacking its defence contractors.')).toContain(
      'cyberattack north-korea>- reported',
    )
    // A victim named, no one to blame: no state's act.
    expect(
      events('South Korean mobile carrier SK Telecom said hackers stole the data of 27 million users.'),
    ).toEqual([])
  })

  it('a leadership change needs who takes office: a company appointment is none', () => {
    expect(events('Lotte Group named a new chief executive for its chemicals unit on Thursday.')).toEqual([])
    expect(events('롯데그룹이 롯데케미칼 대표이사에 외부 출신 전문경영인을 임명했다.', 'ko')).toEqual([])
    expect(
      records(
        'Japanese Prime Minister Shigeru Ishiba, who took office on Tuesday, said he would dissolve the lower house.',
        'en',
        '2024-10-02',
      ),
    ).toContain('leadership-change shigeru-ishiba>- reported')
  })
})

describe("a headline's sense", () => {
  it('is set by the lead sentence: a sports or school story keeps its headline out of the military senses', () => {
    const sport = tagText(
      'South Korea beat Japan 2-1 in a friendly in Seoul on Tuesday, deciding the match late.',
      'en',
      '2025-03-25',
      "Son's late strike sinks Japan",
    )
    expect(eventsOf(sport)).toEqual([])
    const school = tagText(
      '서울시교육청은 내년부터 고등학교 학생회장 선거에 온라인 투표를 도입한다.',
      'ko',
      '2025-03-03',
      '고교 회장 선거 온라인 투표 도입',
    )
    expect(eventsOf(school)).toEqual([])
    const war = tagText(
      'Russian drones struck an apartment block in Kharkiv overnight.',
      'en',
      '2025-09-27',
      'Russian strike kills three in Kharkiv',
    )
    expect(eventsOf(war)).toEqual(['attack-clash'])
  })

  it('a habit recalled ("has long condemned") is background; the drill is the news', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    const r = rulesRecords(
      'South Korea and the United States began an 11-day drill that North Korea has long condemned as an invasion rehearsal.',
    )
    expect(r).toContain('diplomatic-statement north-korea>- background')
    expect(r).toContain('military-exercise south-korea>united-states reported')
  })
})

describe('roles an analyst would check first', () => {
  it('"the United States" is a subject, not a reporting verb ("states")', () => {
    expect(records("Japan, South Korea and the United States condemned North Korea's launch.")).toEqual([
      'diplomatic-statement japan>north-korea reported',
      'diplomatic-statement south-korea>north-korea reported',
      'diplomatic-statement united-states>north-korea reported',
    ])
    expect(records('South Korea and the United States held joint air drills near the border.')).toEqual([
      'military-exercise south-korea>united-states reported',
    ])
  })

  it("a trigger's own participle names its agent; a visit is stated once", () => {
    expect(records('Russia was hit by drone attacks launched by Ukraine.')[0]).toMatch(
      /^attack-clash ukraine>/,
    )
    expect(records('China sold drones to Russia, U.S. officials said.')).toEqual([
      'arms-trade china>russia reported',
    ])
    expect(
      records(
        'Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.',
      ),
    ).toEqual([
      'visit vladimir-putin>north-korea reported',
      'meeting-summit vladimir-putin>kim-jong-un planned',
    ])
  })
})

describe('reactions, conditions and statements not made', () => {
  it('who reacts, who acts under a condition, a denial not made, a strengthened measure', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords("North Korea's missile launch drew condemnation from Japan.")).toContain(
      'diplomatic-statement japan>north-korea reported',
    )
    expect(rulesRecords('If North Korea conducts a nuclear test, Japan will seek new sanctions.')).toEqual([
      'nuclear-weapons north-korea>- speculative',
      'sanctions japan>- speculative',
    ])
    expect(rulesRecords('Pyongyang did not deny sending troops to Russia.')).toEqual([
      'military-cooperation north-korea>russia speculative',
    ])
    expect(rulesRecords('미국은 대북 제재를 강화했다.', 'ko')).toEqual([
      'sanctions united-states>north-korea reported',
    ])
  })
})

describe('modality of what the trigger phrase itself says', () => {
  it('a participle describing a person, a time reference to come, a pair in one noun phrase', () => {
    expect(
      records(
        'Investigators arrested impeached South Korean President Yoon Suk Yeol at his residence on Wednesday.',
        'en',
        '2025-01-15',
      ),
    ).toEqual(['leadership-change yoon-suk-yeol>- background'])
    expect(
      records(
        'Shigeru Ishiba said he had no plans to meet Kim Jong Un before the July upper house election.',
        'en',
        '2025-06-10',
      ),
    ).toContain('election japan>- planned')
    expect(
      records(
        'A meeting between Donald Trump and Kim Jong Un is unlikely this year, analysts in Seoul said.',
        'en',
        '2025-08-12',
      ),
    ).toEqual(['meeting-summit donald-trump>kim-jong-un speculative'])
    expect(records('Rubio to visit Seoul next week', 'en', '2025-07-20')).toEqual([
      'visit marco-rubio>south-korea planned',
    ])
  })

  it('Korean: rumour denied (파병설은 사실무근), readiness (대비), a condition, continuing an act', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('러시아 외무부는 북한군 파병설은 사실무근이라고 주장했다.', 'ko')).toContain(
      'military-cooperation north-korea>- denied',
    )
    expect(rulesRecords('일본 방위성은 북한 미사일 발사 대비 태세를 유지하고 있다.', 'ko')).toEqual([
      'missile-launch north-korea>- speculative',
    ])
    expect(
      rulesRecords('북한은 한국이 연합훈련을 강행하면 대응하겠다고 경고했다.', 'ko').filter((x) =>
        x.startsWith('military'),
      ),
    ).toEqual(['military-exercise south-korea>- speculative'])
    expect(
      rulesRecords('북한은 한미가 연합연습을 계속한다면 대응하겠다고 경고했다.', 'ko').filter((x) =>
        x.startsWith('military'),
      ),
    ).toEqual(['military-exercise south-korea>united-states reported'])
  })

  it('Korean: the possessor acts and the bare noun is where the act goes (북한군의 러시아 파병)', () => {
    expect(records('국정원은 북한군의 러시아 파병 규모가 1만 명을 넘는다고 밝혔다.', 'ko')).toContain(
      'military-cooperation north-korea>russia reported',
    )
  })

  it('an ongoing relation a Korean statement criticises is its context; a new act it protests is news', () => {
    expect(records('외교부는 북한군의 러시아 파병과 관련해 러시아 국방무관을 초치했다.', 'ko')).toContain(
      'military-cooperation north-korea>russia background',
    )
    // English: the act a statement condemns, or a penalty is "over", is asserted by it (issue 14, round seven).
    expect(
      records('Japan denounced the shipment of North Korean artillery shells to Russia on Friday.').filter(
        (x) => x.startsWith('arms-trade'),
      ),
    ).toEqual(['arms-trade north-korea>russia reported'])
    expect(
      records('Seoul sanctioned two Russian vessels over the shipment of North Korean munitions to Russia.'),
    ).toContain('arms-trade north-korea>russia reported')
    expect(
      records('중국 외교부는 미국 정부가 대만에 대한 무기 판매를 승인한 데 대해 강력히 항의했다.', 'ko').some(
        (x) => /^arms-trade .* (reported|planned)$/.test(x),
      ),
    ).toBe(true)
  })
})

describe('records point at their sentence', () => {
  it('stores offsets into the title or the body that cut out the sentence shown', () => {
    const title = 'Putin arrives in Pyongyang'
    const body =
      'Talks begin today.  Russian President Vladimir Putin \t arrived in North Korea on Wednesday.'
    const r = defaultTagger().tag({ title, content: body, lang: 'en', publishedAt: Date.parse('2024-06-19') })
    for (const x of r.records) {
      const source = x.inTitle ? title : body
      expect(source.slice(x.start, x.end).replace(/\s+/g, ' ').trim()).toBe(x.sentence)
    }
    expect(r.records.map((x) => x.sentence)).toContain(
      'Russian President Vladimir Putin arrived in North Korea on Wednesday.',
    )
  })
})

describe('robustness', () => {
  it('tags text whose mentions straddle sentence ends without failing', () => {
    const r = tagText(
      'Seoul held talks with the U.S. Kremlin officials denied it. 북한은 미사일을 쐈다. N. Korea fired.',
    )
    expect(Array.isArray(r.records)).toBe(true)
  })
})

describe('general shapes over trigger words (issue 14, held-out gap)', () => {
  it('a plan under a condition is speculative, a pact providing for one is not', () => {
    expect(
      records('Tokyo said it would impose new sanctions on North Korea unless Pyongyang halts its tests.'),
    ).toContain('sanctions japan>north-korea speculative')
    expect(
      records('러시아는 북한이 핵실험을 강행할 경우 대북 제재에 동참하겠다고 밝혔다.', 'ko').some(
        (r) => r.startsWith('sanctions') && r.endsWith('speculative'),
      ),
    ).toBe(true)
  })

  it("a reporter's 'had not ... since' recalls the last time, nobody denies", () => {
    expect(
      records('Russia fired a hypersonic missile on Friday. It had not launched one since March.'),
    ).not.toContain('missile-launch russia>- denied')
    expect(records('러시아는 지난 3월 이후 극초음속 미사일을 발사하지 않았다.', 'ko')).toContain(
      'missile-launch russia>- background',
    )
  })

  it('a habit (~해 왔다) is background; a warning is not also a statement', () => {
    expect(records('중국은 그동안 미국의 대만 무기 판매를 규탄해 왔다.', 'ko')[0]).toMatch(/ background$/)
    expect(
      events('중국 외교부는 담화를 내고 일본이 대만 문제에 개입하면 대가를 치를 것이라고 경고했다.', 'ko'),
    ).toEqual(['threat-warning'])
  })

  it('private bodies, fitness drills and speeches to citizens are no events of the domain', () => {
    expect(events("Japan's three largest banks held talks on a merger on Monday.")).toEqual([])
    expect(
      events('Chinese business leaders met their Korean counterparts at an economic summit in Busan.'),
    ).toEqual([])
    expect(events('The study recommended balance exercise for the elderly.')).toEqual([])
    expect(events("Japan's health ministry urged residents to stay indoors during the heatwave.")).toEqual([])
  })

  it('a passive names the agent in its by-phrase (English) or 에 의해 phrase (Korean)', () => {
    expect(records('Japan and South Korea were criticised by China on Monday.')).toEqual(
      expect.arrayContaining([
        'diplomatic-statement china>japan reported',
        'diplomatic-statement china>south-korea reported',
      ]),
    )
    expect(records('우크라이나 남부 항구가 러시아군에 의해 공격당했다.', 'ko')[0]).toMatch(
      /^attack-clash russia>/,
    )
  })

  it('a warning is aimed at the first other actor its content names', () => {
    expect(
      records(
        'China warned on Monday that it would take countermeasures if Japan deployed missiles near Taiwan.',
      ),
    ).toContain('threat-warning china>japan reported')
  })
})

describe('evidence beyond a trigger word (shapes found on blind tuning text, t5)', () => {
  it('speech and rallies aimed at people at home take no position towards a state', () => {
    expect(
      events("Kim inspected the new ammonia lines and praised the plant's managers, KCNA said."),
    ).toEqual([])
    expect(events('Pyongyang rallies farmers for the autumn harvest campaign.')).toEqual([])
    expect(
      events('북한 노동신문은 사설에서 농업 근로자들이 가을걷이에 떨쳐나설 것을 촉구했다.', 'ko'),
    ).toEqual([])
    // An actor addressed is still a statement.
    expect(records('North Korea urged the United States to halt its drills.')).toContain(
      'diplomatic-statement north-korea>united-states reported',
    )
  })

  it('a trigger naming the kind of a works is no act, a fight with no other side is a figure', () => {
    expect(
      events('North Korean leader Kim Jong Un toured the Hungnam Fertilizer Complex on Thursday.'),
    ).toEqual([])
    expect(
      events(
        "Pyongyang's Rodong Sinmun called on farmers to wage an all-out offensive to bring in the harvest.",
      ),
    ).toEqual([])
    expect(events('Ukraine said its forces attacked North Korean troops in Kursk.')).toEqual(['attack-clash'])
    expect(events('Russian drones struck an apartment block overnight, killing three people.')).toEqual([
      'attack-clash',
    ])
  })

  it('North America and tariff talks are senses, not North Korea-US meetings', () => {
    expect(events('멤버들은 "북미 팬들을 다시 만날 생각에 설렌다"고 말했다.', 'ko')).toEqual([])
    expect(events('Respondents cited the economy and U.S. tariff talks, Gallup Korea said.')).toEqual([])
    expect(
      events('러시아가 북한 공군에 미그-29 전투기를 추가로 배치했다는 분석이 나왔다.', 'ko'),
    ).not.toContain('attack-clash')
  })
})

describe('roles across a clause (shapes found on blind tuning text, t5)', () => {
  it('"he" is a person, a visit noun with its host only is the foreign official\'s', () => {
    expect(
      records(
        'China was urged by U.S. Secretary of State Antony Blinken to use its influence over North Korea, ' +
          'as he met Chinese Foreign Minister Wang Yi in Beijing on Friday.',
      ),
    ).toContain('meeting-summit antony-blinken>wang-yi reported')
    expect(
      records(
        'Russian Foreign Minister Sergei Lavrov held talks with Choe Son Hui in Wonsan on Saturday, ' +
          'at the start of a three-day visit to North Korea.',
      ),
    ).toContain('visit sergei-lavrov>north-korea reported')
  })

  it('an election win implies a leadership change that is planned when office comes later', () => {
    expect(
      records(
        'Sanae Takaichi won the party leadership race on Saturday and is set to become prime minister.',
      ),
    ).toContain('leadership-change sanae-takaichi>- planned')
  })

  it('"thanked X for its aid": a statement to X, and X gave the aid', () => {
    const r = records(
      'Japanese Prime Minister Shigeru Ishiba thanked South Korea for its aid during the wildfires.',
    )
    expect(r).toContain('diplomatic-statement shigeru-ishiba>south-korea reported')
    expect(r).toContain('aid south-korea>shigeru-ishiba reported')
  })

  it('a denied transfer is read in both languages (넘겼다 is the past of 넘기다)', () => {
    expect(records('Russia denied that it had supplied anti-aircraft systems to North Korea.')).toContain(
      'arms-trade russia>north-korea denied',
    )
    expect(records('러시아는 북한에 전투기를 넘겼다는 보도를 부인했다.', 'ko')).toContain(
      'arms-trade russia>north-korea denied',
    )
  })

  it("a subject and a 와/과 partner name a meeting's pair over a compound (한미)", () => {
    expect(
      records(
        '피트 헤그세스 미국 국방장관이 다음 달 초 방한해 안규백 국방부 장관과 한미안보협의회의를 개최할 계획이라고 국방부가 밝혔다.',
        'ko',
        '2025-10-02',
      ),
    ).toContain('meeting-summit pete-hegseth>ahn-gyu-back planned')
  })
})

describe('embedded clauses, denied claims and earlier periods (t5 shapes, fourth pass)', () => {
  it("a reported clause's own 이/가 subject acts, not the 은/는 topic that reports it", () => {
    expect(records('합참은 러시아가 북한에 무기를 보냈다고 밝혔다.', 'ko')).toContain(
      'arms-trade russia>north-korea reported',
    )
    expect(records('외교부는 북한이 러시아에 포탄을 넘겼다는 정보를 입수했다.', 'ko')).toContain(
      'arms-trade north-korea>russia reported',
    )
  })
})

describe('a reported claim called false is denied (t5 shapes, fourth pass)', () => {
  it('English: "reports that ... were baseless / not true"', () => {
    expect(
      records('Officials in Beijing said claims that China had shipped missiles to Russia were not true.'),
    ).toContain('arms-trade china>russia denied')
    expect(
      records('Reports that North Korea sent artillery shells to Russia are baseless, Pyongyang said.'),
    ).toContain('arms-trade north-korea>russia denied')
    // A claim confirmed stays reported.
    expect(
      records('Reports that North Korea sent artillery shells to Russia were confirmed by Kyiv.'),
    ).toContain('arms-trade north-korea>russia reported')
  })

  it('Korean: ~다는 보도/주장 + 사실이 아니다 / 사실과 다르다, and a headline\'s "이전 보도, 사실 아냐"', () => {
    expect(
      records('정부는 북한이 러시아에 포탄을 넘겼다는 일부 주장에 대해 사실과 다르다고 설명했다.', 'ko'),
    ).toContain('arms-trade north-korea>russia denied')
    expect(
      records('합참은 러시아가 북한에 전투기를 보냈다는 외신 보도는 사실이 아니라고 밝혔다.', 'ko'),
    ).toContain('arms-trade russia>north-korea denied')
    const headline = records('외교부 "북한 대러 무기 이전 보도, 사실 아냐"', 'ko').filter((x) =>
      x.startsWith('arms-trade'),
    )
    expect(headline.length).toBeGreaterThan(0)
    expect(headline.every((x) => x.endsWith(' denied'))).toBe(true)
    // The weapon noun's own verb (무기를 공급했다는) makes the clause's subject the supplier, not the denier.
    expect(records('정부는 러시아가 북한에 무기를 공급했다는 주장을 반박했다.', 'ko')).toContain(
      'arms-trade russia>north-korea denied',
    )
    // A claim reported, not called false.
    expect(records('러시아가 북한에 전투기를 보냈다는 보도가 나왔다.', 'ko')).toContain(
      'arms-trade russia>north-korea reported',
    )
  })
})

describe('an earlier period named by a term is background (t5 shapes, fourth pass)', () => {
  it('English: "during his first term", "under the previous government"', () => {
    expect(records('Donald Trump imposed sanctions on China during his first term.')).toContain(
      'sanctions donald-trump>china background',
    )
    expect(records('Under the previous government, South Korea sent rice aid to North Korea.')).toContain(
      'aid south-korea>north-korea background',
    )
    // A period still to come is no background.
    expect(records('Donald Trump will meet Kim Jong Un during his second term.')).toContain(
      'meeting-summit donald-trump>kim-jong-un planned',
    )
  })

  it("Korean: 정부 때, 재임 시절, 집권 1기 때 in the trigger's clause", () => {
    expect(records('지난 정부 때 한국은 북한에 쌀을 지원했다.', 'ko')).toContain(
      'aid south-korea>north-korea background',
    )
    expect(records('트럼프 대통령은 집권 1기 때 김정은 위원장과 세 차례 만났다.', 'ko')).toContain(
      'meeting-summit donald-trump>kim-jong-un background',
    )
    // The period dates another clause: the aid of today is reported.
    expect(records('정부는 북한에 쌀을 지원했고 지난 정부 때 중단된 사업을 재개했다.', 'ko')).toContain(
      'aid south-korea>north-korea reported',
    )
  })
})

describe("parties of an earlier act are not a role-less trigger's (t5 shapes, fourth pass)", () => {
  it("a time clause before the trigger (체결한 이후) names the earlier act's parties only", () => {
    const r = tagText(
      '해병대는 26일 서북도서에서 해상사격훈련을 실시했다. 남북이 군사합의를 체결한 이후 서북도서에서 사격훈련이 실시된 것은 6년 만이다.',
      'ko',
      '2024-06-26',
    ).records.map(brief)
    expect(r).toContain('military-exercise south-korea>- reported')
    expect(r).not.toContain('military-exercise south-korea>north-korea reported')
    expect(r).toContain('alliance-agreement south-korea>north-korea reported')
    // A relative clause naming the parties of the trigger's own clause still does.
    expect(
      records(
        '북한과 러시아가 체결한 조약은 한쪽이 공격받으면 다른 쪽이 군사 원조를 제공하도록 규정했다.',
        'ko',
      ),
    ).toContain('military-cooperation north-korea>russia reported')
  })
})

describe('a time clause dates its own act only (t5 shapes, fourth pass)', () => {
  it("지난해 ... 발사한 직후 / 이후: the act after the time clause is today's", () => {
    const r = records(
      '지난해 12월 북한이 미사일을 발사한 직후 한미는 연합훈련을 실시하고 있다.',
      'ko',
      '2025-05-01',
    )
    expect(r).toContain('missile-launch north-korea>- background')
    expect(r).toContain('military-exercise south-korea>united-states reported')
  })

  it('keeping an act up since then (제재를 이어오고 있다) is the habit recalled as context', () => {
    expect(
      records('미국은 2017년 북한의 핵실험 이후 대북 제재를 이어오고 있다.', 'ko', '2025-05-01'),
    ).toContain('sanctions united-states>north-korea background')
  })
})

describe('a 와/과 partner joined to a possessor (t5 shapes, fourth pass)', () => {
  it('"A과 B의 (compound) 정상회담" names A and B, not the compound\'s countries', () => {
    expect(
      records(
        '윤석열 대통령과 기시다 후미오 총리의 한일 정상회담은 다음 달 열릴 예정이다.',
        'ko',
        '2024-06-01',
      ),
    ).toContain('meeting-summit yoon-suk-yeol>fumio-kishida planned')
  })
})

describe('English senses and suppositions (t6/t7 shapes, fifth pass)', () => {
  it("a mountain's summit, a party's or a cabinet's own meeting are no talks between states", () => {
    expect(events('The president hiked to the summit of Mount Halla with his aides on Saturday.')).toEqual([])
    expect(events('Kim Jong Un spoke at length at a party meeting in Pyongyang on Monday.')).toEqual([])
    expect(events("Japan's prime minister convened an emergency security meeting after the quake.")).toEqual(
      [],
    )
    // A summit of leaders, and a meeting with a foreign partner, still are.
    expect(records('Kim Jong Un and Vladimir Putin held a summit in Vladivostok.')).toContain(
      'meeting-summit kim-jong-un>vladimir-putin reported',
    )
    expect(events('The U.N. Security Council held an emergency meeting on North Korea.')).toContain(
      'meeting-summit',
    )
  })

  it('"acting President X" is a title before a name, serving as acting president is a change', () => {
    expect(events('Acting President Han Duck-soo laid a wreath at the national cemetery.')).toEqual([])
    expect(events('Prime Minister Han Duck-soo will serve as acting president, the assembly said.')).toEqual([
      'leadership-change',
    ])
  })

  it('a thought experiment ("Imagine that ...") supposes every event it tells', () => {
    expect(records('Suppose Japan built its own nuclear deterrent within a year.')).toEqual([
      'nuclear-weapons japan>- speculative',
    ])
    expect(
      records('Imagine that Seoul announced tomorrow it would hold drills with Tokyo.').map((r) =>
        r.split(' ').pop(),
      ),
    ).toEqual(['speculative'])
    expect(records('Japan built its own nuclear deterrent within a year.')).toEqual([
      'nuclear-weapons japan>- reported',
    ])
  })

  it('a sports story\'s "protest" and an awards show\'s vote are no protest or election', () => {
    expect(events('Japan beat South Korea 2-0 and the coach vowed to protest the red card.')).toEqual([])
    expect(events('Fans voted in record numbers in the online poll for the music awards.')).toEqual([])
    expect(events('South Koreans voted in a snap presidential election on Tuesday.')).toEqual(['election'])
  })
})

describe('English roles (t6/t7 shapes, fifth pass)', () => {
  it('"the country\'s" refers back to the subject, like "its"', () => {
    expect(
      records("Kim Jong Un called for a rapid expansion of the country's nuclear arsenal, state media said."),
    ).toContain('nuclear-weapons kim-jong-un>- reported')
    // No subject to refer to: no source invented.
    expect(records("The expansion of the country's nuclear arsenal worries Tokyo.")).not.toContain(
      'nuclear-weapons japan>- reported',
    )
  })

  it('whom a theft takes from is its victim, over an amount in dollars', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(
      rulesRecords("North Korean hackers stole $120 million from Japan's largest crypto exchange."),
    ).toEqual(['cyberattack north-korea>japan reported'])
    // "from" of another act is no victim.
    expect(rulesRecords('North Korean hackers attacked servers, working from China.')).not.toContain(
      'cyberattack north-korea>china reported',
    )
  })
})

describe('English clauses and quantities (t6/t7 shapes, fifth pass)', () => {
  it('an act named with "any" is no particular one: speculative, unless negated', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('Tokyo said new sanctions would follow any North Korean nuclear test.')).toContain(
      'nuclear-weapons north-korea>- speculative',
    )
    expect(rulesRecords('North Korea has not conducted any nuclear test this year, Seoul said.')).toContain(
      'nuclear-weapons north-korea>- denied',
    )
  })

  it('"said on Tuesday North Korea fired": the time phrase takes its preposition, not the subject', () => {
    expect(
      records("Japan's defence ministry said on Friday North Korea did not fire a ballistic missile."),
    ).toContain('missile-launch north-korea>- denied')
  })

  it('"has so far refused" is an adverb of time, not a clause opened by "so"', () => {
    expect(records('Seoul has so far refused to send lethal weapons to Ukraine.')).toContain(
      'arms-trade south-korea>ukraine denied',
    )
  })

  it('food sent to a country is aid (and humanitarian); food prices are not', () => {
    const r = records('China will deliver 5,000 tonnes of fortified food to North Korea next month.')
    expect(r).toContain('aid china>north-korea planned')
    expect(r).toContain('humanitarian china>north-korea planned')
    expect(events("Food prices rose sharply in Pyongyang's markets, Daily NK said.")).toEqual([])
    expect(events('Japan sent food trucks to the festival in Osaka.')).toEqual([])
  })

  it('a number is one word between a support verb and its noun; a headline\'s "X to send" is planned', () => {
    expect(records('North Korea will send 1,000 deminers and 5,000 military engineers to Russia.')).toContain(
      'military-cooperation north-korea>russia planned',
    )
    expect(records('China sends 2,000 tonnes of fortified food to North Korea.')).toContain(
      'aid china>north-korea reported',
    )
    expect(
      tagText('', 'en', '2024-06-01', 'WFP to send fortified food to North Korea').records.map(brief),
    ).toContain('aid united-nations>north-korea planned')
  })
})

describe('English trigger words (t6/t7 shapes, fifth pass)', () => {
  it('plural "summits" is a meeting; a past year makes it background', () => {
    expect(records('Kim Jong Un and Donald Trump held two summits in 2019.', 'en', '2025-06-01')).toContain(
      'meeting-summit kim-jong-un>donald-trump background',
    )
  })

  it('"hailed" a state is a statement aimed at it; hailing workers at home is not', () => {
    expect(records('Kim Jong Un hailed the friendship with Russia on Friday.')).toContain(
      'diplomatic-statement kim-jong-un>russia reported',
    )
    expect(events('Kim Jong Un hailed the farm workers for a record harvest.')).toEqual([])
  })

  it("troops joining another state's forces cooperate with it", () => {
    expect(records("North Korean troops joined Russia's forces in Kursk, Seoul said.")).toContain(
      'military-cooperation north-korea>russia reported',
    )
    expect(events('Thousands of students joined the rally in Seoul.')).not.toContain('military-cooperation')
  })
})

describe('English roles of settings, purposes and owners (t6/t7 shapes, fifth pass)', () => {
  it('"X told Y ..., during talks / in a phone call": the talks are between the teller and the told', () => {
    expect(
      records(
        'Foreign Minister Takeshi Iwaya told President Volodymyr Zelensky in a phone call that Japan stood by Kyiv.',
      ),
    ).toContain('meeting-summit takeshi-iwaya>volodymyr-zelensky reported')
    // A partner named by "with" decides first.
    expect(records('Lavrov told reporters he held talks with Choe Son Hui.')).toContain(
      'meeting-summit sergei-lavrov>choe-son-hui reported',
    )
  })

  it('"$5 million in aid to help X": the sum\'s noun follows "in", the purpose names the recipient', () => {
    expect(
      records('South Korea will provide $3 million in emergency aid to help Ukrainian civilians.'),
    ).toContain('aid south-korea>ukraine planned')
    expect(records('South Korea provided $3 million in aid to help rebuild schools.')).toContain(
      'aid south-korea>- reported',
    )
  })

  it("the possessor of a buying noun buys; a leadership verb's possessive object is a thing", () => {
    expect(records("Washington condemned Moscow's purchases of weapons from Pyongyang.")).toContain(
      'arms-trade north-korea>russia reported',
    )
    expect(events("Kim Yo Jong dismissed President Lee Jae-myung's proposal as a daydream.")).not.toContain(
      'leadership-change',
    )
    expect(records('Yoon dismissed Defense Minister Kim Yong-hyun on Thursday.')).toContain(
      'leadership-change kim-yong-hyun>- reported',
    )
  })
})

describe('English participles, senses of "meet" and zero relatives (t6/t7 shapes, fifth pass)', () => {
  it('"X said, urging Y": the participle hangs on the reporting verb and shares its subject', () => {
    expect(
      records(
        "North Korea fired artillery near the border, South Korea's Joint Chiefs of Staff said, urging Pyongyang to stop.",
      ),
    ).toContain('diplomatic-statement south-korea-jcs>north-korea reported')
    // A participle after a plain comma is no reporter's.
    expect(records('Japan condemned the launch, urging North Korea to stop.')).toContain(
      'diplomatic-statement japan>north-korea reported',
    )
  })

  it('drills that "would meet countermeasures" meet nobody', () => {
    expect(events('Pyongyang said the drills would meet overwhelming countermeasures.')).not.toContain(
      'meeting-summit',
    )
    expect(events('Kim Jong Un will meet Vladimir Putin in Vladivostok next week.')).toContain(
      'meeting-summit',
    )
  })

  it('"a company it accused of ..." describes the company: no separate accusation', () => {
    expect(
      events(
        'The U.S. sanctioned two North Korean officials and a Chinese company it accused of smuggling coal.',
      ),
    ).toEqual(['sanctions'])
  })
})

describe('what a report leaves unsaid, and a sales offensive (fifth pass)', () => {
  it('"without mentioning any drills" neither tells nor denies the drills', () => {
    expect(
      events(
        'Kim Jong Un inspected an artillery unit and stressed war readiness, KCNA said, without mentioning any drills.',
      ),
    ).toEqual([])
    expect(records('KCNA said the drills would not take place.')).toContain(
      'military-exercise north-korea>- denied',
    )
  })

  it("a retailers' or a phone maker's offensive is no attack", () => {
    expect(events('Japanese retailers launched a sales offensive aimed at South Korean shoppers.')).toEqual(
      [],
    )
    expect(events('Samsung stepped up its attack on its U.S. rival in the smartphone market.')).toEqual([])
    expect(
      events('North Korean troops launched an offensive against Ukrainian positions in Kursk.'),
    ).toContain('attack-clash')
  })
})

describe('datelines, warning devices and "called" (fifth pass)', () => {
  it('a dateline is where the report is filed, not where the talks were', () => {
    const r = records(
      'WASHINGTON, March 18 (Reuters) - Donald Trump and Vladimir Putin spoke by telephone for two hours on Tuesday.',
    )
    expect(r).toContain('meeting-summit donald-trump>vladimir-putin reported')
    expect(r.some((x) => x.startsWith('visit'))).toBe(false)
    // Talks in a capital named in the sentence still make the visit.
    expect(records('Vladimir Putin held talks with Kim Jong Un in Pyongyang on Wednesday.')).toContain(
      'visit vladimir-putin>north-korea reported',
    )
  })

  it('"missile warning data" is a device\'s output, no one is warned', () => {
    expect(events('Seoul and Tokyo began sharing real-time missile warning data on Tuesday.')).not.toContain(
      'threat-warning',
    )
    expect(events('North Korea warned Japan of grave consequences.')).toContain('threat-warning')
  })

  it('"... and called for more" calls nothing off', () => {
    expect(
      records('Kim Jong Un toured the nuclear weapons institute and called for more, KCNA said.'),
    ).not.toContain('nuclear-weapons north-korea>- denied')
    expect(records('Seoul said the joint drills were called off.')).toContain(
      'military-exercise south-korea>- denied',
    )
  })
})

describe('winners, receivers, contracts and demands (fifth pass)', () => {
  it('an election won names the person who won, wherever the trigger stands', () => {
    expect(records('Lee Jae-myung sworn in after snap election win')).toContain(
      'election lee-jae-myung>- reported',
    )
    expect(records('Liberal candidate Lee Jae-myung won the presidential election.')).not.toContain(
      'election south-korea>- reported',
    )
  })

  it('taking delivery and receiving goods named by their maker: the maker supplies', () => {
    expect(records('Russia took delivery of artillery shells from North Korea.')).toContain(
      'arms-trade north-korea>russia reported',
    )
    expect(records('Russia received North Korean artillery shells.')).toContain(
      'arms-trade north-korea>russia reported',
    )
  })

  it('"a deal for 180 tanks" is the deal\'s content, "demanding the impeachment" is wanted', () => {
    expect(records('Poland signed a deal for 180 more K2 tanks from South Korea.')).toContain(
      'arms-trade south-korea>- reported',
    )
    // (Lawmakers' demand: a street crowd's is its slogan, no leadership change: domestic-round21.test.ts.)
    expect(records('Opposition lawmakers demanded the impeachment of President Yoon Suk Yeol.')).toContain(
      'leadership-change yoon-suk-yeol>- planned',
    )
  })

  it('"she" is the sentence\'s subject person rather than a later object', () => {
    expect(
      records(
        'Sanae Takaichi named Toshimitsu Motegi as foreign minister, weeks after she won the leadership race.',
        'en',
        '2025-10-21',
      ),
    ).toContain('election sanae-takaichi>- background')
  })
})

describe("a fight's other side named after it (fifth pass)", () => {
  it('"fired warning shots after North Korean soldiers crossed": the crossers are the other side', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(
      rulesRecords(
        'South Korean troops fired warning shots after about 20 North Korean soldiers crossed the line.',
      ),
    ).toContain('attack-clash south-korea>north-korea reported')
    // Not an ally named with a preposition, nor the trigger's own subject, nor the reporter.
    expect(rulesRecords('North Korean troops fought alongside Russian units in Kursk.')).not.toContain(
      'attack-clash north-korea>russia reported',
    )
    expect(rulesRecords('North Korean troops joined Russian assaults in Kursk, Ukraine said.')).not.toContain(
      'attack-clash russia>north-korea reported',
    )
  })
})

describe('pacts (fifth pass)', () => {
  it('what a signed pact pledges is its content, reported; "mutual-defence" is spelled either way', () => {
    expect(
      records('Putin and Kim Jong Un signed a pact pledging mutual military aid on Wednesday.'),
    ).toContain('military-cooperation vladimir-putin>kim-jong-un reported')
    expect(records('Russia pledged mutual military aid to North Korea if either is attacked.')).not.toContain(
      'military-cooperation russia>north-korea reported',
    )
    expect(events('Russia and North Korea signed a treaty with a mutual-defence clause.')).toContain(
      'military-cooperation',
    )
  })
})

describe('a participle of accusation after a comma (fifth pass)', () => {
  it('"..., accused of buying coal" says what the subject stands accused of: no statement', () => {
    expect(
      events(
        'Two Chinese trading firms were sanctioned by the U.S. Treasury on Tuesday, accused of buying North Korean coal.',
      ),
    ).toEqual(['sanctions'])
    expect(records('Japan accused North Korea of firing a missile over its territory.')).toContain(
      'diplomatic-statement japan>north-korea reported',
    )
  })
})

describe('Korean modality by verb ending and time reference (issue 14 blind text)', () => {
  it('an obligation in the writer’s voice (~해야 한다) is advice, not a plan; urged by someone it is', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(
      tagText('한국은 일본과의 협상에 서둘러 나서야 한다.', 'ko').records.map((r) => r.modality),
    ).toEqual(['speculative'])
    expect(rulesRecords('미국은 북한이 조속히 대화에 나서야 한다고 촉구했다.', 'ko')).toContain(
      'meeting-summit north-korea>- planned',
    )
  })

  it('taking office named as a time reference or an occasion is background; taking office is news', () => {
    expect(records('윤석열 대통령 취임 이후 처음 열린 회의에서 예산안이 논의됐다.', 'ko')).toContain(
      'leadership-change yoon-suk-yeol>- background',
    )
    expect(records('이재명 대통령은 4일 국회에서 취임했다.', 'ko')).toEqual([
      'leadership-change lee-jae-myung>- reported',
    ])
  })

  it('a memorial anniversary (15주기) names the attack as the past it counts from', () => {
    const modalities = (text: string) => tagText(text, 'ko').records.map((r) => r.modality)
    expect(modalities('북한의 연평도 포격 도발 14주기를 맞아 추모식이 열렸다.')).toEqual(['background'])
    expect(modalities('북한군의 연평도 포격으로 해병대원 2명이 숨졌다.')).toEqual(['reported'])
  })

  it('a date to come in the trigger’s own clause, spaced or not, makes it planned', () => {
    expect(records('라브로프 외무장관은 다음주 평양을 방문한다.', 'ko')).toEqual([
      'visit sergei-lavrov>north-korea planned',
    ])
    expect(
      records('기시다 총리가 오는 20일부터 사흘간 한국을 방문해 정상회담을 한다고 밝혔다.', 'ko'),
    ).toContain('visit fumio-kishida>south-korea planned')
    expect(records('기시다 총리가 어제 한국을 방문해 정상회담을 했다.', 'ko')).toContain(
      'visit fumio-kishida>south-korea reported',
    )
    // The date before a tenseless connective (방문해) is the later act's too.
    expect(
      records('기시다 총리가 오는 20일 한국을 방문해 윤석열 대통령과 정상회담을 갖는다.', 'ko'),
    ).toContain('meeting-summit fumio-kishida>yoon-suk-yeol planned')
  })

  it('a tenseless connective (~하고) shares the last predicate’s plan; a past one (~했고) does not', () => {
    expect(records('쇼이구 서기는 김정은 위원장과 회담하고 협력 방안을 논의할 예정이다.', 'ko')).toEqual([
      'meeting-summit sergei-shoigu>kim-jong-un planned',
    ])
    expect(records('쇼이구 서기는 김정은 위원장과 회담했고 협력 방안을 논의할 예정이다.', 'ko')).toEqual([
      'meeting-summit sergei-shoigu>kim-jong-un reported',
    ])
  })

  it('예정된 before an actor compound names the event as planned, over a guess about something else', () => {
    expect(records('두 장관은 내달 예정된 한중 정상회담 의제를 조율할 것으로 보인다.', 'ko')).toContain(
      'meeting-summit south-korea>china planned',
    )
  })
})

describe('Korean roles in bare compounds (issue 14 blind text)', () => {
  it('an actor before bare nouns of a launch or test compound is who fires or tests (北 ICBM 발사)', () => {
    expect(records('일본 정부는 북한 ICBM 발사를 규탄했다.', 'ko')).toContain(
      'missile-launch north-korea>- reported',
    )
    expect(records('北 신형 SLBM 시험발사', 'ko')).toContain('missile-launch north-korea>- reported')
    // A particle between ends the compound: 북한이 is the subject of its own clause, not a modifier.
    expect(records('북한이 밝힌 ICBM 발사 계획은 허위라고 일본은 주장했다.', 'ko')).not.toContain(
      'missile-launch japan>- reported',
    )
  })
})

describe('Korean speakers and the content of their speech (issue 14 blind text)', () => {
  it('a speaker noun alone as topic (대변인은) continues the actor of the sentence before', () => {
    const text =
      '북한 외무성은 21일 러시아에 무기를 수출한 적이 없다고 밝혔다. 대변인은 일본이 거짓 정보를 퍼뜨리고 있다고 비난했다.'
    expect(records(text, 'ko')).toContain('diplomatic-statement north-korea>japan reported')
    // With no actor before, a bare speaker noun names no one.
    expect(records('대변인은 일본이 거짓 정보를 퍼뜨리고 있다고 비난했다.', 'ko')).toEqual([])
  })

  it('a criticism after a ~다고 clause is aimed at that clause’s 이/가 subject; a denial at no one', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('중국 외교부는 미국이 대만에 무기를 팔고 있다고 비난했다.', 'ko')).toContain(
      'diplomatic-statement china>united-states reported',
    )
    expect(rulesRecords('러시아 외무부는 미국이 증거를 조작했다고 반박했다.', 'ko')).toContain(
      'diplomatic-statement russia>- reported',
    )
  })
})

describe('Korean triggers split by their object particle, and senses (issue 14 blind text)', () => {
  it('정보를 ... 공유 between two states is military cooperation; between firms or on sanctions it is not', () => {
    expect(records('한국과 일본은 북한 미사일 경보 정보를 실시간으로 공유하고 있다.', 'ko')).toEqual([
      'military-cooperation south-korea>japan reported',
    ])
    expect(records('일본 정부는 관련 정보를 안보리 대북제재위원회와 공유했다.', 'ko')).toEqual([])
    expect(records('두 회사는 고객 정보를 공유하기로 했다.', 'ko')).toEqual([])
  })

  it('귀순 is a defection (humanitarian); 승진 of a named official is a leadership change, of an executive none', () => {
    expect(events('북한 주민 3명이 어선을 타고 동해 북방한계선을 넘어 귀순했다.', 'ko')).toEqual([
      'humanitarian',
    ])
    expect(records('최선희 외무상이 정치국 위원으로 승진했다.', 'ko')).toEqual([
      'leadership-change choe-son-hui>- reported',
    ])
    expect(records('삼성전자 부사장이 사장으로 승진했다.', 'ko')).toEqual([])
  })

  it('a jamming signal emitted (교란 신호를 발사) is a cyberattack, not a launch', () => {
    expect(records('북한은 서해 접경지역을 향해 GPS 교란 신호를 발사했다.', 'ko')).toEqual([
      'cyberattack north-korea>- reported',
    ])
    expect(records('북한은 동해상으로 탄도미사일을 발사했다.', 'ko')).toEqual([
      'missile-launch north-korea>- reported',
    ])
  })
})

describe('Korean guesses about an act, and what is paid for (issue 14 blind text)', () => {
  it('것으로 본다 is a guess like 것으로 보인다, and a statement guessed at is no statement reported', () => {
    expect(records('전문가들은 러시아가 북한에 군사기술을 이전하고 있을 것으로 본다.', 'ko')).toEqual([
      'military-cooperation russia>north-korea speculative',
    ])
    expect(records('전문가들은 북한이 러시아에 대가를 요구하고 있을 것으로 본다.', 'ko')).toEqual([
      'diplomatic-statement north-korea>russia speculative',
    ])
    expect(records('북한은 러시아에 대가를 요구했다.', 'ko')).toEqual([
      'diplomatic-statement north-korea>russia reported',
    ])
    // A condition in what a warning announces still leaves the warning reported.
    expect(records('북한은 한국이 훈련을 계속하면 대응하겠다고 경고했다.', 'ko')).toContain(
      'threat-warning north-korea>south-korea reported',
    )
  })

  it('X의 대가로 (in return for X) names X as the context, right after it or after 대한', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('러시아는 북한군 파병의 대가로 기술을 넘겼다.', 'ko')).toContain(
      'military-cooperation north-korea>- background',
    )
  })
})

describe('Korean noun phrases and goals (issue 14 blind text)', () => {
  it('with no 와/과 partner, the goal (에) of a dispatch is the other party', () => {
    expect(records('북한이 러시아에 병력 3천 명을 추가로 파병했다.', 'ko')).toEqual([
      'military-cooperation north-korea>russia reported',
    ])
    // A venue (평양에서) is no party.
    expect(records('북한이 평양에서 병력 3천 명을 추가로 파병했다.', 'ko')).not.toContain(
      'military-cooperation north-korea>north-korea reported',
    )
  })

  it('위한/대한 open no relative clause of their own: the 이/가 before them is the main subject', () => {
    expect(
      records('북한이 최근 러시아 쿠르스크 지역에 지뢰 제거를 위한 공병을 추가로 파견했다.', 'ko'),
    ).toEqual(['military-cooperation north-korea>russia reported'])
    // A real relative clause (개발한) keeps its subject to itself.
    expect(records('북한이 개발한 미사일을 러시아가 발사했다.', 'ko')).toEqual([
      'missile-launch russia>- reported',
    ])
  })

  it('a name, then an organisation and title (김여정 노동당 부부장은), is the person', () => {
    expect(records('김여정 노동당 부부장은 담화를 내고 한국을 비난했다.', 'ko')).toEqual([
      'diplomatic-statement kim-yo-jong>south-korea reported',
    ])
  })
})

describe('Korean coordinated speakers and nominalised content (issue 14 blind text)', () => {
  it('speakers joined by 과/와 or a comma each make the statement, aimed at the subject of ~한 것을', () => {
    const r = tagText(
      '조태열 외교부 장관과 토니 블링컨 미 국무장관, 이와야 다케시 일본 외무상은 공동성명을 내고 북한이 지난달 ICBM을 발사한 것을 강력히 규탄했다.',
      'ko',
      '2024-11-02',
    ).records.map(brief)
    expect(r).toEqual(
      expect.arrayContaining([
        'diplomatic-statement cho-tae-yul>north-korea reported',
        'diplomatic-statement antony-blinken>north-korea reported',
        'diplomatic-statement takeshi-iwaya>north-korea reported',
        // 지난달 dates the launch the nominalised clause names, not the condemnation.
        'missile-launch north-korea>- background',
      ]),
    )
    expect(records('한국은 북한을 규탄했다.', 'ko')).toEqual([
      'diplomatic-statement south-korea>north-korea reported',
    ])
  })
})

describe('Korean aid, arms and office words, and whose people (issue 14 blind text)', () => {
  it('공여 of money is aid; an attack aircraft exported is arms; 퇴진 of a named leader a leadership change', () => {
    expect(records('일본은 유엔에 100만 달러를 공여하기로 했다.', 'ko')).toEqual([
      'aid japan>united-nations planned',
    ])
    expect(records('한국은 폴란드에 경공격기 48대를 수출하는 계약을 체결했다.', 'ko')).toEqual([
      'arms-trade south-korea>- reported',
    ])
    expect(records('이시바 총리는 퇴진을 표명했다.', 'ko')).toEqual([
      'leadership-change shigeru-ishiba>- reported',
    ])
    expect(records('회사는 대표의 퇴진을 요구했다.', 'ko')).toEqual([])
  })

  it('an actor naming people (북한 영유아, 북한 주민) is whose they are: aid’s recipient, a defection’s country', () => {
    expect(
      records('통일부는 유니세프의 북한 영유아 영양 지원 사업에 50억 원을 지원하기로 했다.', 'ko'),
    ).toEqual(
      // The relief's giver too: the humanitarian case is the aid the sentence reports (sixth round).
      expect.arrayContaining([
        'aid south-korea>north-korea planned',
        'humanitarian south-korea>north-korea planned',
      ]),
    )
    expect(records('북한 주민 2명이 목선을 타고 귀순했다.', 'ko')).toEqual([
      'humanitarian ->north-korea reported',
    ])
    // An actor as giver, with no people noun after it, stays the giver.
    expect(records('한국은 북한에 쌀을 지원했다.', 'ko')).toContain('aid south-korea>north-korea reported')
  })
})

describe('Korean datelines (issue 14 blind text)', () => {
  it('(서울=연합뉴스) places the reporter: talks reported from Seoul are no visit to Seoul', () => {
    const text = '(서울=연합뉴스) 라브로프 러시아 외무장관은 11일 최선희 외무상과 회담했다.'
    expect(records(text, 'ko')).not.toContain('visit sergei-lavrov>south-korea reported')
    expect(
      records('라브로프 러시아 외무장관은 11일 서울에서 조태열 외교부 장관과 회담했다.', 'ko'),
    ).toContain('visit sergei-lavrov>south-korea reported')
  })
})

describe('Korean headlines and qualifiers (issue 14 blind text)', () => {
  it('an actor qualifying a document (안보리 결의를) is not whom an urging addresses', () => {
    expect(records('유엔 사무총장은 북한이 안보리 결의를 준수할 것을 촉구했다.', 'ko')).toEqual([
      'diplomatic-statement antonio-guterres>north-korea reported',
    ])
  })

  it('an ellipsis joins two statements; a bare actor before a quotation is its speaker', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('러시아군, 우크라이나에 대규모 공습…"북한제 미사일 사용"', 'ko')).toEqual([
      'attack-clash russia>ukraine reported',
      'arms-trade north-korea>- reported',
    ])
    expect(rulesRecords('中, 대만 겨냥 훈련…대만 "강력 규탄"', 'ko')).toContain(
      'diplomatic-statement taiwan>- reported',
    )
  })
})

describe('Korean coordinated objects (issue 14 blind text)', () => {
  it('parties joined to the object by 과/와 are each acted upon; a party in another clause is not', () => {
    expect(records('북한 국방성은 미국과 한국을 싸잡아 규탄했다.', 'ko')).toEqual(
      expect.arrayContaining([
        'diplomatic-statement north-korea>south-korea reported',
        'diplomatic-statement north-korea>united-states reported',
      ]),
    )
    expect(records('일본이 훈련을 하자 중국은 한국을 비난했다.', 'ko')).not.toContain(
      'diplomatic-statement china>japan reported',
    )
  })
})

describe('Korean possessors and detached quotatives (issue 14 blind text)', () => {
  it('a possessor over bare words (연내) still acts on the noun; "…않다"고 is a quotation a denial verb governs', () => {
    expect(
      records(
        '대통령실은 이재명 대통령의 연내 중국 방문설에 대해 "현재 검토하고 있지 않다"고 일축했다.',
        'ko',
        '2025-09-01',
      ),
    ).toContain('visit lee-jae-myung>china denied')
    expect(records('이재명 대통령의 연내 중국 방문이 추진되고 있다.', 'ko', '2025-09-01')).toContain(
      'visit lee-jae-myung>china planned',
    )
  })
})

describe('Korean idioms of talks and praise (issue 14 blind text)', () => {
  it('마주 앉다 (sit down face to face) is a meeting; praise aimed at a state is a statement, at workers none', () => {
    expect(events('김여정은 서울과는 마주 앉을 일이 없다고 밝혔다.', 'ko')).toContain('meeting-summit')
    expect(records('푸틴 대통령은 북한군의 용맹을 칭찬했다.', 'ko')).toEqual([
      'diplomatic-statement vladimir-putin>north-korea reported',
    ])
    expect(events('북한은 러시아와의 동맹을 치켜세웠다.', 'ko')).toEqual(['diplomatic-statement'])
    expect(records('김정은 위원장은 건설 노동자들을 칭찬했다.', 'ko')).toEqual([])
  })
})

describe('Korean sentence ends before a number (issue 14 blind text)', () => {
  it('"실시했다. 2018년 ..." is two sentences: the year dates only the second', () => {
    const r = records(
      '해병대는 26일 서북도서에서 해상사격훈련을 실시했다. 2018년 남북이 군사합의를 체결한 이후 처음이다.',
      'ko',
      '2024-06-27',
    )
    expect(r).toContain('military-exercise south-korea>- reported')
    expect(r).toContain('alliance-agreement south-korea>north-korea background')
  })
})

describe('Korean roles and modality (issue 14, sixth round)', () => {
  it('a fight with no particle naming its other side is aimed at the other side’s force the sentence names', () => {
    expect(
      records('국방부는 북한 무인기가 영공을 침범해 우리 군이 경고사격을 실시했다고 발표했다.', 'ko'),
    ).toContain('attack-clash south-korea>north-korea reported')
    // A 와/과 partner of the fight is its other side, before a country named as the place.
    expect(records('북한군이 러시아 접경 지역에서 우크라이나군과 교전을 벌였다.', 'ko')).toContain(
      'attack-clash north-korea>ukraine reported',
    )
    // The reporter named after the quotation, and a person, are not a side.
    expect(records('러시아군이 하르키우 일대를 공습했다고 젤렌스키 대통령이 밝혔다.', 'ko')).not.toContain(
      'attack-clash russia>volodymyr-zelensky reported',
    )
  })

  it('a foreign actor’s hacking of 국내 (domestic) firms is aimed at the writer’s country; 국내 as actor is not', () => {
    expect(records('중국 해커 조직이 국내 반도체 기업 서버에 침입했다.', 'ko')).toContain(
      'cyberattack china>south-korea reported',
    )
    expect(records('국내 은행 2곳이 북한 해커들에게 해킹당했다.', 'ko')).toContain(
      'cyberattack north-korea>south-korea reported',
    )
    // Domestic firms as the subject of their own act (a seminar on hacking) are no victim.
    expect(records('국내 보안업체들이 북한 해킹 사례를 분석했다.', 'ko')).not.toContain(
      'cyberattack north-korea>south-korea reported',
    )
  })

  it('a humanitarian case named by a giving noun has the giver and recipient of its sentence’s aid', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    const r = rulesRecords(
      '외교부는 유니세프의 우크라이나 아동 긴급 구호 사업에 300만 달러를 지원하기로 했다.',
      'ko',
    )
    expect(r).toContain('aid south-korea>ukraine planned')
    expect(r).toContain('humanitarian south-korea>ukraine planned')
    // Not from a military transfer: weapons are no relief.
    expect(
      rulesRecords('미국은 우크라이나 이재민 구호를 약속하면서 무기 지원도 계속하기로 했다.', 'ko'),
    ).not.toContain('humanitarian united-states>ukraine planned')
  })

  it('aid for a country’s disaster or its stricken people goes to that country', () => {
    expect(
      records('통일부는 북한의 최근 홍수 피해와 관련해 구호물자를 지원할 용의가 있다고 밝혔다.', 'ko'),
    ).toContain('aid south-korea>north-korea planned')
    expect(records('일본 정부는 대만 지진 이재민에게 긴급 지원을 제공했다.', 'ko')).toContain(
      'aid japan>taiwan reported',
    )
    // A word of place between (中 구금 탈북민: detained in China) is not whose people they are.
    expect(records('中 구금 탈북민 강제북송', 'ko')).not.toContain('humanitarian ->china reported')
  })

  it('a statement about an act (~한 데 대해, ~라고 비난) is aimed at the act’s own subject, the first of a pair', () => {
    expect(
      records('일본 정부는 중국이 센카쿠 인근에 함정을 보낸 데 대해 "주권 침해"라고 강하게 항의했다.', 'ko'),
    ).toContain('diplomatic-statement japan>china reported')
    expect(
      records('조선중앙통신은 일본과 한국이 합동훈련을 벌이는 것은 전쟁 연습이라고 비난했다.', 'ko'),
    ).toContain('diplomatic-statement north-korea>japan reported')
    // A denial (반박) is aimed at no one the content names so.
    expect(
      records('중국 외교부는 중국이 러시아에 무기를 보냈다는 데 대해 사실이 아니라고 반박했다.', 'ko'),
    ).not.toContain('diplomatic-statement china>russia reported')
  })

  it('a propositive quotation (~자고 제안했다) is a proposal: its act is planned', () => {
    expect(records('일본은 중국에 외교장관 회담을 열자고 제안했다.', 'ko')).toContain(
      'meeting-summit japan>china planned',
    )
    // A declarative quotation reports the act.
    expect(records('일본은 중국과 외교장관 회담을 가졌다고 밝혔다.', 'ko')).toContain(
      'meeting-summit japan>china reported',
    )
  })

  it('a 와/과 partner of a joint act is the clause subject’s partner whatever verb takes the trigger', () => {
    expect(records('기시다 총리는 김정은 위원장과의 정상회담을 추진하겠다고 밝혔다.', 'ko')).toContain(
      'meeting-summit fumio-kishida>kim-jong-un planned',
    )
    expect(records('우리 정부는 일본과의 협의에 적극 나서야 한다.', 'ko')).toContain(
      'meeting-summit south-korea>japan speculative',
    )
    // A pair named by 간 (between) is the act's two parties, not the subject's.
    const r = records('외교부는 북한과 러시아 간 군사협력에 깊은 우려를 표명했다.', 'ko')
    expect(r).not.toContain('military-cooperation south-korea>north-korea background')
    expect(r).not.toContain('military-cooperation south-korea>russia background')
  })

  it('who attends an organisation’s meeting is a party to it, over a relative clause or as the head', () => {
    expect(
      records('아세안 정상회의 참석차 라오스를 방문 중인 이재명 대통령은 기자회견을 했다.', 'ko'),
    ).toContain('meeting-summit lee-jae-myung>asean reported')
    expect(records('기시다 총리가 워싱턴에서 열리는 나토 정상회의에 참석하지 않기로 했다.', 'ko')).toContain(
      'meeting-summit fumio-kishida>nato denied',
    )
  })

  it('아니 negates only as a word of its own (아니다), not inside a name (리투아니아)', () => {
    expect(
      records('나토 정상회의 참석차 리투아니아를 방문 중인 윤석열 대통령은 기자들에게 말했다.', 'ko'),
    ).toContain('meeting-summit yoon-suk-yeol>nato reported')
    expect(records('러시아는 북한에 무기를 공급하는 국가가 아니라고 밝혔다.', 'ko')).toContain(
      'arms-trade russia>north-korea denied',
    )
  })

  it('a joint act with only a 와/과 partner continues the actor of the sentence before (subject left unsaid)', () => {
    const text = '기시다 총리가 14일 서울에 도착했다. 윤석열 대통령과 정상회담을 가질 예정이다.'
    expect(records(text, 'ko')).toContain('meeting-summit fumio-kishida>yoon-suk-yeol planned')
    // A subject of its own is the party, not the previous sentence's.
    const own = '기시다 총리가 14일 서울에 도착했다. 중국은 러시아와 정상회담을 가질 예정이다.'
    expect(records(own, 'ko')).toContain('meeting-summit china>russia planned')
  })

  it('a criticised act’s possessor is the target, not a 對 compound inside it, an attribution or a description', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(
      rulesRecords('김여정 부부장은 담화를 내고 한국 민간단체의 대북전단 살포를 비난했다.', 'ko'),
    ).toContain('diplomatic-statement kim-yo-jong>south-korea reported')
    // 에 따르면 names who reports, never whom a statement is aimed at.
    expect(rulesRecords('조선중앙통신에 따르면 김여정 부부장은 담화를 발표했다.', 'ko')).not.toContain(
      'diplomatic-statement kim-yo-jong>north-korea reported',
    )
    // X의 동생인 Y: a description of the speaker, not whom the statement is aimed at.
    expect(
      rulesRecords('김정은 국무위원장의 동생인 김여정 부부장은 14일 담화를 발표했다.', 'ko'),
    ).not.toContain('diplomatic-statement kim-yo-jong>kim-jong-un reported')
  })

  it('a protest is against an embassy’s state, the one it condemns or whose removal it demands', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('시민 수백 명이 서울 중국대사관 앞에서 집회를 열었다.', 'ko')).toContain(
      'protest ->china reported',
    )
    expect(rulesRecords('시민단체, 美 관세 폭탄 규탄 집회', 'ko')).toContain(
      'protest ->united-states reported',
    )
    expect(rulesRecords('광화문 대규모 집회…"윤 대통령 퇴진하라"', 'ko')).toContain(
      'protest ->yoon-suk-yeol reported',
    )
    // Opposing an act on someone (탄핵에 반대하는: for the one impeached) is not a protest against them.
    expect(rulesRecords('윤석열 대통령 탄핵에 반대하는 대규모 집회가 열렸다.', 'ko')).not.toContain(
      'protest ->yoon-suk-yeol reported',
    )
  })

  it('a place named only as a place (서울 ... 앞에) is no subject of the act', () => {
    expect(records('시민 수만 명이 7일 서울 여의도 국회 앞에 모여 집회를 열었다.', 'ko')).not.toContain(
      'diplomatic-statement south-korea>- reported',
    )
  })

  it('a name repeated in parentheses keeps its particle (유럽연합(EU)은), and listing as a target is the act', () => {
    expect(records('유럽연합(EU)은 러시아 기업 5곳을 제재 대상에 추가했다.', 'ko')).toContain(
      'sanctions european-union>russia reported',
    )
  })

  it('the act of a charge (~한 혐의로) is the charged party’s, named after it, not the penaliser’s', () => {
    const r = records('미국은 가상자산을 탈취한 혐의로 북한 기관 2곳을 제재했다.', 'ko')
    expect(r).toContain('sanctions united-states>north-korea reported')
    expect(r).not.toContain('cyberattack united-states>- reported')
  })

  it('a 되 participle right before the trigger (계획된 훈련) opens no clause: the subject before it acts', () => {
    expect(records('북한은 미국과 일본이 계획된 연합훈련을 강행하면 대응하겠다고 경고했다.', 'ko')).toContain(
      'military-exercise united-states>japan planned',
    )
    // An active relative clause keeps its own subject (북한이 발사한 미사일: North Korea fired).
    expect(records('일본은 북한이 발사한 미사일이 배타적경제수역에 떨어졌다고 밝혔다.', 'ko')).toContain(
      'missile-launch north-korea>- reported',
    )
  })

  it('the words of an aid trigger that also name a humanitarian case give it the aid’s giver', () => {
    expect(records('북한은 일본의 인도적 지원 제안에 응하지 않았다.', 'ko')).toContain(
      'humanitarian japan>north-korea denied',
    )
  })

  it('a statement about 이를/이에 (this) is aimed at the actor of the act just told', () => {
    const text = '중국과 러시아가 동해에서 연합훈련을 시작했다. 일본 정부는 이를 "도발"이라고 비난했다.'
    expect(records(text, 'ko')).toContain('diplomatic-statement japan>china reported')
    expect(records('러시아가 키이우를 공습하자 우크라이나 외무부는 이를 강력히 규탄했다.', 'ko')).toContain(
      'diplomatic-statement ukraine>russia reported',
    )
  })

  it('a concessive condition (~하더라도: even if) makes the act speculative', () => {
    expect(records('전문가들은 북한이 핵실험을 강행하더라도 시장 충격은 제한적이라고 본다.', 'ko')).toContain(
      'nuclear-weapons north-korea>- speculative',
    )
    expect(records('북한이 어제 핵실험을 강행했다.', 'ko')).toContain(
      'nuclear-weapons north-korea>- reported',
    )
  })

  it('앞서 (earlier) opening a sentence recalls its acts as background; 회담에 앞서 (ahead of) does not', () => {
    expect(records('앞서 북한은 동해상으로 탄도미사일을 발사했다.', 'ko')).toContain(
      'missile-launch north-korea>- background',
    )
    expect(records('정상회담에 앞서 북한은 동해상으로 탄도미사일을 발사했다.', 'ko')).toContain(
      'missile-launch north-korea>- reported',
    )
  })

  it('a test or build-up named as the object of a verb of doing it is the subject’s own; reacting to it is not', () => {
    expect(records('김정은 위원장은 핵무기를 대폭 늘리겠다고 밝혔다.', 'ko')).toContain(
      'nuclear-weapons kim-jong-un>- planned',
    )
    expect(records('일본 정부는 북한의 핵무기 개발을 규탄했다.', 'ko')).not.toContain(
      'nuclear-weapons japan>- reported',
    )
  })

  it('a demand in a relative clause after the trigger (…를 요구하는 단체) does not plan the trigger’s act', () => {
    expect(records('시민단체들이 광화문에서 북한 인권 개선을 요구하는 집회를 열었다.', 'ko')).toContain(
      'humanitarian ->north-korea reported',
    )
    // Right after the trigger, the demand governs it: 탄핵을 촉구하는 is a call for an impeachment to come.
    expect(records('윤석열 대통령 탄핵을 촉구하는 시민들이 모였다.', 'ko')).toContain(
      'leadership-change yoon-suk-yeol>- planned',
    )
  })
})

describe('Korean event detection (issue 14, sixth round blind text)', () => {
  it('a denial quoted with 고 after the closing mark is also the speaker’s statement', () => {
    expect(records('외교부 대변인은 "일본과 정상회담을 추진한 바 없다"고 말했다.', 'ko')).toContain(
      'diplomatic-statement south-korea>- reported',
    )
    // No denial, no statement of it.
    expect(events('외교부 대변인은 "일본과 정상회담을 추진하겠다"고 말했다.', 'ko')).not.toContain(
      'diplomatic-statement',
    )
  })

  it('a declaration or document adopted (채택), or guidelines signed, is an agreement; a white paper is not', () => {
    expect(records("한국과 중국은 정상회담 뒤 '베이징 선언'을 채택했다.", 'ko')).toContain(
      'alliance-agreement south-korea>china reported',
    )
    expect(events('일본과 호주 국방장관은 국방협력 지침에 서명했다.', 'ko')).toContain('alliance-agreement')
    expect(events('일본 정부는 각의에서 방위백서를 채택했다.', 'ko')).toEqual([])
    expect(events('국회는 본회의에서 결의안을 채택했다.', 'ko')).toEqual([])
  })

  it('a legislature named 인민회의 and meeting reporters (기자들과 만나) are no talks between states', () => {
    expect(events('북한 최고인민회의는 헌법 개정안을 채택했다.', 'ko')).toEqual([])
    expect(events('북한은 지방인민회의 대의원 선거를 실시했다.', 'ko')).toEqual(['election'])
    expect(events('조태열 외교부 장관은 기자들과 만나 예산 문제를 설명했다.', 'ko')).toEqual([])
    expect(events('조태열 외교부 장관은 도쿄에서 일본 외무상과 만나 협력 방안을 논의했다.', 'ko')).toContain(
      'meeting-summit',
    )
  })

  it('위협하다 with a thing as its 이/가 subject describes a danger; with an actor it is a threat', () => {
    expect(events('통일부는 "민간단체의 전단 살포가 접경지역 주민 안전을 위협한다"고 밝혔다.', 'ko')).toEqual(
      [],
    )
    expect(events('외교부는 중러 군사협력이 지역 안보를 위협하고 있다고 말했다.', 'ko')).not.toContain(
      'threat-warning',
    )
    expect(records('북한 정권이 한국을 핵무기로 위협했다.', 'ko')).toContain(
      'threat-warning north-korea>south-korea reported',
    )
    expect(records('북한은 한국을 핵무기로 위협했다.', 'ko')).toContain(
      'threat-warning north-korea>south-korea reported',
    )
  })

  it('a trip to attend a multilateral meeting (정상회의 참석차 방한) is no visit; a state visit (국빈 방문) is', () => {
    expect(events('기시다 총리는 G20 정상회의 참석차 방한했다.', 'ko')).not.toContain('visit')
    expect(records('기시다 총리가 방한해 정상회담을 했다.', 'ko')).toContain(
      'visit fumio-kishida>south-korea reported',
    )
    expect(records('시진핑 주석이 APEC 정상회의 참석과 함께 한국을 국빈 방문한다.', 'ko')).toContain(
      'visit xi-jinping>south-korea reported',
    )
  })

  it('capturing soldiers (생포) and holding people (억류) are humanitarian cases; a suspect caught at home is not', () => {
    expect(records('우크라이나군은 전선에서 러시아군 병사 3명을 생포했다.', 'ko')).toEqual([
      'humanitarian ukraine>russia reported',
    ])
    expect(events('북한에 억류된 한국인 선교사들의 생사는 확인되지 않았다.', 'ko')).toContain('humanitarian')
    expect(events('경찰은 도주한 용의자를 사흘 만에 생포했다.', 'ko')).toEqual([])
  })

  it('a proposal (제안했다) to another state is a statement; an offer to meet is the meeting only', () => {
    expect(records('통일부는 북한에 이산가족 상봉을 제안했다.', 'ko')).toContain(
      'diplomatic-statement south-korea>north-korea reported',
    )
    expect(events('정부는 북한에 군사회담을 열자고 제안했다.', 'ko')).toEqual(['meeting-summit'])
  })

  it('an order to the speaker’s own troops (장관은 장병들에게 ... 응징하라) is no threat to another state', () => {
    expect(events('신원식 국방부 장관은 장병들에게 "적이 도발하면 즉각 응징하라"고 지시했다.', 'ko')).toEqual(
      [],
    )
    expect(records('북한은 한국에 "도발하면 즉각 응징하겠다"고 경고했다.', 'ko')).toContain(
      'threat-warning north-korea>south-korea reported',
    )
  })

  it('a game company’s release sets a game sense for its missiles, sanctions and attacks', () => {
    const game = defaultTagger().tag({
      title: '국내 게임사, 전쟁 전략 게임 출시',
      content: '회사 측은 "북한 미사일 발사와 대북 제재를 다룬 미션을 넣었다"고 소개했다.',
      lang: 'ko',
      publishedAt: Date.parse('2025-03-01T00:00:00Z'),
    })
    expect(eventsOf(game)).toEqual([])
    expect(events('북한이 탄도미사일을 발사하자 정부는 대북 제재를 발표했다.', 'ko')).toContain('sanctions')
  })

  it('a trigger or cue whose first syllable ends the word before it (국제사회의, 현대화, 지방공업) is none', () => {
    expect(events('북한과 러시아가 국제사회의 제재를 비웃고 있다.', 'ko')).not.toContain('meeting-summit')
    expect(events('미국 의회의 결의안이 통과됐다.', 'ko')).toEqual([])
    expect(events('한국과 미국은 서울에서 한미안보협의회의를 열었다.', 'ko')).toEqual(['meeting-summit'])
    expect(events('한국과 일본은 도쿄에서 외교장관회의를 열었다.', 'ko')).toEqual(['meeting-summit'])
    // 현대화 (modernisation) is 현대 and 화, no 대화 (talks); 지방공업 holds no 방공 (air defence).
    expect(events('김정은 국무위원장은 설비 현대화 수준에 큰 만족을 표시했다.', 'ko')).toEqual([])
    expect(events('한국과 일본은 대화를 재개했다.', 'ko')).toEqual(['meeting-summit'])
    expect(
      events('내각은 지방공업공장에 원자재를 제때 공급하지 못했다고 김정은 위원장은 질책했다.', 'ko'),
    ).toEqual([])
    expect(records('러시아는 북한에 방공 체계를 공급했다.', 'ko')).toEqual([
      'arms-trade russia>north-korea reported',
    ])
  })

  it('warning shots written apart (경고 사격) are fire, not a spoken warning', () => {
    expect(events('북한 경비정이 북방한계선을 넘자 해군이 경고 사격을 했다.', 'ko')).toEqual(['attack-clash'])
    expect(events('합참은 북한에 도발을 즉각 중단하라고 경고했다.', 'ko')).toEqual(['threat-warning'])
  })

  it('talks with a country’s firm (일본 반도체 기업과 협상) are no talks between states', () => {
    expect(events('국내 업체가 일본 반도체 기업과 공급 협상을 마쳤다.', 'ko')).toEqual([])
    expect(records('한국 정부는 일본과 통상 협상을 벌였다.', 'ko')).toEqual([
      'meeting-summit south-korea>japan reported',
    ])
  })

  it('a warning that a danger may come (도발이 이어질 수 있다고 경고), naming no actor, is a caution, not a threat', () => {
    expect(events('일본 방위성은 추가 도발이 이어질 수 있다고 경고했다.', 'ko')).toEqual([])
    expect(records('일본 방위성은 북한이 도발하면 대가를 치를 것이라고 경고했다.', 'ko')).toContain(
      'threat-warning japan>north-korea reported',
    )
  })

  it('what a rally condemns (규탄하는 집회) is the protest’s slogan, no statement; a ministry’s 규탄 is one', () => {
    expect(events('시민단체 회원들이 일본의 오염수 방류를 규탄하는 집회를 열었다.', 'ko')).toEqual([
      'protest',
    ])
    expect(records('외교부는 일본의 오염수 방류를 규탄하는 성명을 냈다.', 'ko')).toEqual([
      'diplomatic-statement south-korea>japan reported',
    ])
  })

  it('an inauguration ceremony, a resignation offered, a confirmation and being elected to office are leadership changes', () => {
    const r = records(
      '이시바 시게루 총리가 취임식을 가졌다. 한덕수 국무총리가 사의를 표명했다. 상원은 마코 루비오 국무장관 지명자 인준안을 가결했다.',
      'ko',
      '2025-03-01',
    )
    expect(r).toEqual([
      'leadership-change shigeru-ishiba>- reported',
      'leadership-change han-duck-soo>- reported',
      'leadership-change marco-rubio>- reported',
    ])
    // No person taking office: an apartment board elected is none.
    expect(events('아파트 입주자들은 새 동대표를 선출했다.', 'ko')).toEqual([])
  })

  it('a parliament designating a prime minister (지명선거) or an apartment board vote (동대표 선거) is no election', () => {
    expect(events('일본 중의원은 총리 지명선거에서 새 총리를 뽑았다.', 'ko')).not.toContain('election')
    expect(events('서울의 한 아파트에서 동대표 선거가 치러졌다.', 'ko')).toEqual([])
    expect(events('일본은 20일 참의원 선거를 치렀다.', 'ko')).toEqual(['election'])
  })

  it('a personal pronoun subject (그는) is the person of the sentence before, for a warning that needs its warner', () => {
    expect(
      records(
        '김여정 부부장은 담화를 냈다. 그는 한국이 도발을 계속하면 대가를 치를 것이라고 경고했다.',
        'ko',
      ),
    ).toContain('threat-warning kim-yo-jong>south-korea reported')
    expect(events('그는 한국이 도발을 계속하면 대가를 치를 것이라고 경고했다.', 'ko')).toEqual([])
  })

  it('relief for flood victims (수해) is humanitarian too; generators and budget support (재정지원) are aid', () => {
    expect(events('러시아는 수해를 입은 북한에 밀가루를 지원했다.', 'ko')).toEqual(['aid', 'humanitarian'])
    expect(records('일본은 우크라이나에 발전기 100대를 지원했다.', 'ko')).toEqual([
      'aid japan>ukraine reported',
    ])
    expect(events('유럽연합은 우크라이나에 재정지원 10억 유로를 집행했다.', 'ko')).toEqual(['aid'])
    // A flood at home with no state acting or helped is no case of either.
    expect(events('제주도는 수해 주민에게 재난기금을 지원했다.', 'ko')).toEqual([])
  })

  it('opposing, supporting and congratulating another state (반대한다고, 지지했다, 축하의 뜻을 전했다) are statements', () => {
    expect(events('중국 외교부는 미국의 관세 인상에 강력히 반대한다고 밝혔다.', 'ko')).toEqual([
      'diplomatic-statement',
    ])
    expect(records('북한은 러시아의 특별군사작전을 지지했다.', 'ko')).toEqual([
      'diplomatic-statement north-korea>russia reported',
    ])
    expect(events('기시다 총리는 윤석열 대통령에게 축하의 뜻을 전했다.', 'ko')).toEqual([
      'diplomatic-statement',
    ])
    // A bare noun of support is no act: 지지율 (approval rating).
    expect(events('기시다 내각 지지율이 20%대로 떨어졌다.', 'ko')).toEqual([])
  })

  it('talks by telephone (통화) beside a capital named in the sentence are no visit', () => {
    expect(events('윤석열 대통령은 백악관에 복귀한 트럼프 대통령과 통화했다.', 'ko')).toEqual([
      'meeting-summit',
    ])
    expect(events('윤석열 대통령은 백악관에서 트럼프 대통령과 회담했다.', 'ko')).toEqual([
      'meeting-summit',
      'visit',
    ])
  })

  it('people as the subject between an official and a rally (시민 수만 명이 집회를) hold it, not the official’s state', () => {
    expect(
      events('한덕수 국무총리가 권한대행을 맡았고, 광화문에서는 시민 수만 명이 집회를 열었다.', 'ko'),
    ).toEqual(['leadership-change', 'protest'])
    // A state holding the rally is a statement (taxonomy: a state actor in a protest).
    expect(events('북한은 평양에서 반미 군중집회를 열었다.', 'ko')).toEqual(['diplomatic-statement'])
  })

  it('joint operational planning (공동 작전계획) is military cooperation; an attack it assumes (상정한) is none', () => {
    expect(events('한국과 미국은 북한의 핵 공격을 상정한 공동 작전계획을 수립했다.', 'ko')).toEqual([
      'military-cooperation',
    ])
    expect(events('러시아군이 우크라이나 동부를 공격했다.', 'ko')).toEqual(['attack-clash'])
  })

  it('a visit verb as a relative clause (방한한 왕이 외교부장과) is the visit of the person it hangs on', () => {
    expect(records('조태열 외교부 장관은 방한한 왕이 중국 외교부장과 회담했다.', 'ko')).toContain(
      'visit wang-yi>south-korea reported',
    )
    expect(events('김정은 위원장은 새로 방문한 공장의 노동자들을 격려했다.', 'ko')).toEqual([])
  })

  it('establishing diplomatic relations (수교, 외교관계를 수립) is an agreement; a past one is background', () => {
    expect(records('한국과 베트남은 1992년 수교했다.', 'ko', '2024-06-01')).toEqual([
      'alliance-agreement south-korea>- background',
    ])
    expect(records('일본은 북한과 국교를 수립하지 않았다.', 'ko')).toContain(
      'alliance-agreement japan>north-korea denied',
    )
  })

  it("the quoted title of a seminar ('북한 미사일 발사 대응 방안' 세미나) names a topic, no act; a quoted statement does", () => {
    expect(events("국방부는 '북한 미사일 발사 대응 방안' 세미나를 열었다.", 'ko')).toEqual([])
    expect(events('합참은 "북한이 미사일을 발사했다"고 밝혔다.', 'ko')).toEqual(['missile-launch'])
  })

  it('an act a rally demands or opposes (탄핵을 촉구하는 시민단체 집회) is its demand, not a planned act', () => {
    expect(events('광화문에서는 윤석열 대통령 탄핵을 촉구하는 시민단체 집회가 열렸다.', 'ko')).toEqual([
      'protest',
    ])
    expect(events('국회는 윤석열 대통령 탄핵을 가결했다.', 'ko')).toEqual(['leadership-change'])
  })

  it('an ongoing relation a state watches or calls a threat (군사협력 동향을 예의주시) is context, not news', () => {
    expect(
      tagText('국방부는 중러 간 군사협력 동향을 예의주시하고 있다고 밝혔다.', 'ko').records.map(
        (r) => r.modality,
      ),
    ).toEqual(['background'])
    expect(events('중국과 러시아는 군사협력을 강화하기로 합의했다.', 'ko')).toContain('military-cooperation')
  })

  it('a trigger naming where a person comes from (탈북민 출신 의원) is no case', () => {
    expect(events('탈북민 출신 의원이 새 법안을 발의했다.', 'ko')).toEqual([])
    expect(events('중국이 탈북민 60여 명을 강제북송했다.', 'ko')).toContain('humanitarian')
  })

  it('the door to dialogue (대화의 문) is an idiom of openness, no talks; talks offered are', () => {
    expect(events('정부는 북한과의 대화의 문을 열어두겠다고 밝혔다.', 'ko')).toEqual([])
    expect(events('정부는 북한과의 대화를 제안했다.', 'ko')).toEqual(['meeting-summit'])
  })

  it('a firm’s rocket launch and a sports team’s trip are no missile launch and no visit', () => {
    expect(events('미국 민간기업 스페이스X가 위성을 실은 로켓을 발사했다.', 'ko')).toEqual([])
    expect(events('일본 기업 인터스텔라가 소형 로켓 발사에 성공했다.', 'ko')).toEqual([])
    expect(events('북한 국가항공우주기술총국이 군사정찰위성을 발사했다.', 'ko')).toEqual(['missile-launch'])
    expect(events('한국 축구대표팀이 일본을 방문해 친선경기를 치렀다.', 'ko')).toEqual([])
    expect(events('기시다 총리가 방한해 정상회담을 했다.', 'ko')).toEqual(['meeting-summit', 'visit'])
  })

  it('economic blows and trade clashes are no fight; a union or civic group speaks for no state', () => {
    expect(events('한국 경제가 미국 관세로 큰 타격을 입었다.', 'ko')).toEqual([])
    expect(events('미국과 중국의 무역 갈등이 충돌로 번졌다.', 'ko')).toEqual([])
    expect(events('러시아군이 우크라이나 에너지 시설을 타격했다.', 'ko')).toEqual(['attack-clash'])
    expect(events('현대차 노조가 미국 관세에 항의하며 파업했다.', 'ko')).toEqual(['protest'])
    expect(events('시민단체는 일본 정부의 역사 왜곡을 규탄했다.', 'ko')).toEqual([])
    expect(events('외교부는 일본 정부의 역사 왜곡을 규탄했다.', 'ko')).toEqual(['diplomatic-statement'])
  })

  it('tourists’ trips and a team’s training camp (전지훈련) are no visit and no drill', () => {
    expect(events('일본 관광객이 한국을 대거 방문했다.', 'ko')).toEqual([])
    expect(events('한국 대표팀이 일본 원정 전지훈련에 나섰다.', 'ko')).toEqual([])
    expect(events('한미 해병대가 포항에서 연합 상륙훈련을 실시했다.', 'ko')).toEqual(['military-exercise'])
  })

  it('displeasure expressed (불만을 표시했다) or a backlash (반발했다) by a state is a statement; by residents it is not', () => {
    expect(records('중국 외교부는 한국의 사드 배치에 강한 불만을 표시했다.', 'ko')).toEqual([
      'diplomatic-statement china>south-korea reported',
    ])
    expect(events('일본 정부는 한국 국회의원의 독도 방문에 강하게 반발했다.', 'ko')).toEqual([
      'diplomatic-statement',
    ])
    expect(events('오키나와 주민들은 미군기지 이전에 반발했다.', 'ko')).toEqual([])
  })

  it('the person invited (김정은 위원장을 ... 초청했다) is the visitor, the inviter the host', () => {
    const r = records('푸틴 대통령은 김정은 위원장을 모스크바로 초청했다.', 'ko')
    expect(r.map((x) => x.split(' ').slice(0, 2).join(' '))).toEqual(['visit kim-jong-un>vladimir-putin'])
  })

  it('a film festival story sets a film sense for a humanitarian word (탈북민을 그린 영화)', () => {
    expect(events('탈북민의 삶을 그린 영화가 베를린 영화제에서 상을 받았다.', 'ko')).toEqual([])
    expect(events('중국이 탈북민 60여 명을 강제북송했다.', 'ko')).toEqual(['humanitarian'])
  })

  it('retaliation many times over (백배로 대응하겠다, 몇십 배로 갚아주겠다) is a threat', () => {
    expect(events('북한 국방성은 한국의 확성기 방송에 백배로 대응하겠다고 밝혔다.', 'ko')).toContain(
      'threat-warning',
    )
    expect(events('한국은 수출품을 배로 운송했다.', 'ko')).toEqual([])
  })

  it('a trade between two parties (러시아와 북한 간 무기 거래) names both, in the order written', () => {
    expect(records('유엔 전문가패널은 벨라루스를 거친 러시아와 북한 간 무기 거래를 확인했다.', 'ko')).toEqual(
      ['arms-trade russia>north-korea reported'],
    )
  })
})

describe('Korean event detection (issue 14, seventh round blind text)', () => {
  it('a trigger opening with a Latin acronym is read by the Korean rules (GPS 교란)', () => {
    expect(records('북한이 어제부터 강화도 일대에서 GPS 교란을 계속하고 있다.', 'ko')).toContain(
      'cyberattack north-korea>- reported',
    )
    // Still attributed: no attacker, no record.
    expect(events('서해 일대에서 GPS 교란이 감지돼 어선들이 조업을 멈췄다.', 'ko')).toEqual([])
  })

  it('a bare noun heading a compound with the trigger lends it its support verb (교란 공격을 벌였다)', () => {
    expect(records('북한이 8일 GPS 교란 공격을 사흘째 벌였다.', 'ko')).toContain(
      'cyberattack north-korea>- reported',
    )
    expect(records('합참은 군사분계선 인근에서 경고 방송을 실시했다.', 'ko')).toContain(
      'threat-warning south-korea-jcs>- reported',
    )
    // The compound's head, not its verb: a drill against jamming is no jamming, and the JCS jams nothing.
    expect(events('국방부는 GPS 교란 대응 훈련을 실시했다.', 'ko')).not.toContain('cyberattack')
    expect(events('합참은 GPS 교란 공격에 대응해 경고 방송을 실시했다.', 'ko')).not.toContain('cyberattack')
  })

  it('a question asks, it asserts nothing: what it asks about is a possibility', () => {
    expect(records('[분석] 한일 정상회담, 연내 성사될까', 'ko')).toEqual([
      'meeting-summit south-korea>japan speculative',
    ])
    expect(records('北 8차 핵실험 임박했나', 'ko')).toEqual(['nuclear-weapons north-korea>- speculative'])
    // The question asks only from the last ellipsis on; the plan before it is reported.
    expect(events('일본, 대북 독자제재 확대…중국 기업도 포함될까', 'ko')).toContain('sanctions')
    expect(events('한일 정상회담 연내 성사', 'ko')).toContain('meeting-summit')
    // What a question presupposes stays reported: a clause it closes, or the news a noun question is about.
    expect(records('-북한이 오늘 탄도미사일을 발사했는데 정부 대응은?', 'ko')).toEqual([
      'missile-launch north-korea>- reported',
    ])
    expect(events('北 ICBM 발사, 트럼프 반응은?', 'ko')).toEqual(['missile-launch'])
  })

  it('an anniversary counts from its act even after a document suffix (합의서 채택 30주년)', () => {
    expect(records('남북 합의서 채택 30주년을 맞아 통일부가 토론회를 열었다.', 'ko')).toEqual([
      'alliance-agreement south-korea>north-korea background',
    ])
    expect(records('남북은 오늘 새 합의서를 채택했다.', 'ko')).toEqual([
      'alliance-agreement south-korea>north-korea reported',
    ])
  })

  it('a stop phrase of another sense shields its trigger inside a one-word compound (총리지명선거)', () => {
    expect(events('국회는 오늘 총리지명선거를 실시해 이시바 총재를 총리로 선출했다.', 'ko')).toEqual([
      'leadership-change',
    ])
    expect(events('일본 국민은 오늘 참의원선거에서 투표했다.', 'ko')).toEqual(['election'])
  })

  it('a ministry’s conference of its own heads of mission (재외공관장회의) is no meeting of states', () => {
    expect(events('외교부는 3일 재외공관장회의를 열고 경제 현안을 점검했다.', 'ko')).toEqual([])
    expect(records('외교부는 3일 일본 외무성과 회의를 열었다.', 'ko')).toEqual([
      'meeting-summit south-korea>japan reported',
    ])
  })

  it('a demand or a call with no actor speaking it is a crowd’s words, not a state’s statement', () => {
    expect(events('노동단체 회원 수천 명이 도심에서 집회를 열고 일본 정부의 사죄를 요구했다.', 'ko')).toEqual(
      ['protest'],
    )
    expect(records('외교부는 일본 정부의 사죄를 요구했다.', 'ko')).toEqual([
      'diplomatic-statement south-korea>japan reported',
    ])
    // A speaker's record of the same statement completes it: the denial keeps whom it answers.
    expect(records('크렘린궁은 미국 측 주장을 부인했다.', 'ko')).toEqual([
      'diplomatic-statement russia>united-states reported',
    ])
  })

  it('a pact with a mutual-defence or intervention clause is military cooperation between its parties too', () => {
    expect(records('북한과 러시아는 상호 방위 조항을 담은 조약을 체결했다.', 'ko')).toEqual([
      'alliance-agreement north-korea>russia reported',
      'military-cooperation north-korea>russia reported',
    ])
    expect(records('중국과 북한은 자동 군사개입 조항이 담긴 조약에 서명했다.', 'ko')).toContain(
      'military-cooperation china>north-korea reported',
    )
    expect(records('북한과 러시아는 관광 협력 협정을 체결했다.', 'ko')).toEqual([
      'alliance-agreement north-korea>russia reported',
    ])
  })

  it('a missile that came down (낙하, 떨어졌다) was launched: a headline names the fall alone', () => {
    expect(records('北 미사일 동해상 낙하', 'ko')).toEqual(['missile-launch north-korea>- reported'])
    expect(records('북한 탄도미사일이 동해상에 떨어졌다.', 'ko')).toEqual([
      'missile-launch north-korea>- reported',
    ])
    expect(events('북한의 미사일 개발 속도가 떨어졌다.', 'ko')).toEqual([])
  })

  it('a trigger word alone in single quotes is mentioned or a figure; a quoted name stays a name', () => {
    expect(events("현대차와 LG가 '정상회담'을 갖고 합작에 합의했다.", 'ko')).toEqual([])
    expect(events("신문은 한국이 '비핵화'를 거론하는 것은 망상이라고 썼다.", 'ko')).not.toContain(
      'nuclear-weapons',
    )
    expect(records("한미, '자유의 방패' 돌입", 'ko')).toEqual([
      'military-exercise south-korea>united-states reported',
    ])
    expect(records("외교부는 일본 정부에 '엄중 항의'했다.", 'ko')).toEqual([
      'diplomatic-statement south-korea>japan reported',
    ])
    expect(events('한미 정상은 워싱턴에서 정상회담을 열었다.', 'ko')).toEqual(['meeting-summit'])
  })

  it('leaders at a signing ceremony (서명식) of a document have signed it', () => {
    expect(records('한일 정상은 도쿄에서 3건의 양해각서(MOU) 서명식에 참석했다.', 'ko')).toEqual([
      'alliance-agreement south-korea>japan reported',
    ])
    expect(events('시청에서 자매결연 서명식이 열렸다.', 'ko')).toEqual([])
  })

  it('a joint fact sheet released is an agreement; economic security (경제안보) is no military cooperation', () => {
    expect(records('한일, 공동 설명자료 발표', 'ko')).toEqual([
      'alliance-agreement south-korea>japan reported',
    ])
    expect(records('한일 양국은 경제안보 협력 방안을 담은 공동 팩트시트를 발표했다.', 'ko')).toEqual([
      'alliance-agreement south-korea>japan reported',
    ])
    expect(events('한일 양국은 안보 협력을 강화했다.', 'ko')).toEqual(['military-cooperation'])
  })

  it('who reports a quoted fight is no side of it', () => {
    expect(events('합참 "北, 서해상으로 포사격"', 'ko')).toEqual([])
    expect(records('국방부는 "북한군이 우크라이나군과 교전했다"고 밝혔다.', 'ko')).toEqual([
      'attack-clash north-korea>ukraine reported',
    ])
    expect(records('젤렌스키 대통령은 "러시아군이 키이우를 공습했다"고 말했다.', 'ko')).toContain(
      'attack-clash russia>ukraine reported',
    )
  })

  it('가하다 (inflict) is an attack noun’s support verb', () => {
    expect(records('합참은 "북한군이 오늘 한국군 초소를 향해 총격을 가했다"고 밝혔다.', 'ko')).toEqual([
      'attack-clash north-korea>south-korea reported',
    ])
    expect(events('북한군의 총격 가해자는 아직 특정되지 않았다.', 'ko')).toEqual([])
  })

  it('a headline actor before its state organ and a comma or quotation acts or speaks (日 정부, 美 재무부 "...")', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords("日 정부, 北 미사일 발사에 '엄중 항의'", 'ko')).toContain(
      'diplomatic-statement japan>- reported',
    )
    expect(rulesRecords('美 재무부, 北 해킹조직 연계 기관 제재', 'ko')).toContain(
      'sanctions united-states>- reported',
    )
    // Not any noun: a slogan's words are no speaker.
    expect(events("서울 도심서 '한미동맹 강화' 보수단체 집회", 'ko')).toEqual(['protest'])
  })

  it('four digits before a Korean number unit are an amount, not an earlier year (2000만 달러)', () => {
    expect(
      records('정부는 우크라이나에 2000만 달러 규모의 인도적 지원을 제공했다.', 'ko', '2025-03-01'),
    ).toContain('aid south-korea>ukraine reported')
    expect(records('정부는 2019년 우크라이나에 인도적 지원을 제공했다.', 'ko', '2025-03-01')).toContain(
      'aid south-korea>ukraine background',
    )
  })

  it('hackers tied to a state (北 연계, 정찰총국 산하) act for it; unattributed hackers tag nothing', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('北 연계 해커, 日 가상자산거래소서 3억달러 탈취', 'ko')).toContain(
      'cyberattack north-korea>- reported',
    )
    expect(rulesRecords('북한 정찰총국 산하 해킹조직이 국내 방산업체를 해킹했다.', 'ko')).toEqual([
      'cyberattack north-korea>south-korea reported',
    ])
    expect(events('해커들이 국내 방산업체를 해킹했다.', 'ko')).toEqual([])
  })

  it('an office taken with no person named is its organisation’s or country’s (신임 합참의장 취임)', () => {
    expect(records('신임 합참의장 취임', 'ko')).toEqual(['leadership-change south-korea-jcs>- reported'])
    expect(events('새 대표 취임', 'ko')).toEqual([])
  })
})

describe('Korean roles and modality (issue 14, seventh round)', () => {
  it('a quotation is a clause of its own: its topic is not the speech verb’s speaker', () => {
    expect(records('국방부 대변인은 "중국은 무력 시위를 당장 멈춰야 한다"고 경고했다.', 'ko')).toEqual([
      'threat-warning south-korea>china reported',
    ])
    expect(records('러시아 외무성이 "일본은 대가를 치를 것"이라고 비난했다.', 'ko')).toContain(
      'diplomatic-statement russia>japan reported',
    )
    // Without quotation marks the reported clause keeps its own subject (a nested speech act).
    expect(records('국정원은 북한이 일본을 비난했다고 밝혔다.', 'ko')).toContain(
      'diplomatic-statement north-korea>japan reported',
    )
  })

  it('a conditional in -다면 closes its clause: its subject is not the main verb’s', () => {
    expect(
      records('바이든 대통령은 러시아가 핵무기를 쓴다면 "심각한 결과"가 있을 것이라고 경고했다.', 'ko'),
    ).toContain('threat-warning joe-biden>russia reported')
  })

  it('a bare actor and its office before a headline quotation is the speaker (北 외무성 "...")', () => {
    const r = tagText('', 'ko', '2024-06-01', '北 외무성 "미국은 후회하게 될 것" 경고').records.map(brief)
    expect(r).toContain('threat-warning north-korea>united-states reported')
  })

  it('the possessor of a criticised act is whom the statement is about, not the place the act goes', () => {
    expect(records('중국 정부는 러시아의 우크라이나 침공을 지지했다.', 'ko')).toContain(
      'diplomatic-statement china>russia reported',
    )
    expect(records('중국 정부는 우크라이나 침공을 지지했다.', 'ko')).toContain(
      'diplomatic-statement china>ukraine reported',
    )
  })

  it('a protest is against the actor whose act or policy its demand names', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('대학생 500여 명이 중국의 티베트 정책에 반대하는 행진을 벌였다.', 'ko')).toContain(
      'protest ->china reported',
    )
    expect(
      rulesRecords('농민단체는 서울에서 집회를 열고 미국의 쌀 시장 개방 압박 중단을 요구했다.', 'ko'),
    ).toContain('protest ->united-states reported')
    // Opposing an act on someone is a rally for them; a call for something (촉구) is aimed at no one.
    expect(rulesRecords('시민 수천 명이 윤석열 대통령 탄핵에 반대하는 집회를 열었다.', 'ko')).toContain(
      'protest ->- reported',
    )
    expect(rulesRecords('보수단체 회원들이 한미동맹 강화를 촉구하는 집회를 열었다.', 'ko')).toContain(
      'protest ->- reported',
    )
  })

  it('a headline record naming no one takes the roles of the body’s first record of its event', () => {
    const r = tagText(
      '농민단체는 서울에서 집회를 열고 미국의 쌀 시장 개방 압박 중단을 요구했다.',
      'ko',
      '2024-06-01',
      '도심서 대규모 농민 집회',
    ).records.map(brief)
    expect(r).toEqual(['protest ->united-states reported', 'protest ->united-states reported'])
    // A different modality is another record.
    const s = tagText(
      'The North fired a missile on Tuesday. Analysts said it could conduct a nuclear test soon.',
      'en',
      '2024-06-01',
      'Nuclear test feared',
    ).records.map(brief)
    expect(s).not.toContain('nuclear-weapons ->- reported')
  })

  it('the subject imposes a penalty its verb takes over a duration or an abbreviation in parentheses', () => {
    expect(records('일본 정부는 대북 독자제재를 3년 연장했다.', 'ko')).toContain(
      'sanctions japan>north-korea reported',
    )
    expect(records('일본 외무성 국제협력국(IC)은 러시아 은행 2곳을 제재 대상으로 지정했다.', 'ko')).toContain(
      'sanctions japan>russia reported',
    )
    // A firm located in a country (소재) is no party of it.
    expect(
      records('미국 재무부는 북한 국적자 1명과 중국 소재 회사 2곳을 제재 대상으로 지정했다.', 'ko'),
    ).toEqual(['sanctions united-states>north-korea reported'])
  })

  it('a four-digit number with a counter other than 년 is a quantity, not a past year', () => {
    expect(
      records(
        '외교부는 우크라이나 민간인 보호를 위해 1500만 달러 규모의 지원을 제공했다.',
        'ko',
        '2025-03-01',
      ),
    ).toContain('aid south-korea>ukraine reported')
    expect(records('외교부는 2019년 우크라이나에 인도적 지원을 제공했다.', 'ko', '2025-03-01')).toContain(
      'aid south-korea>ukraine background',
    )
  })

  it('civilians and refugees named with a country are its people (aid’s recipient)', () => {
    expect(records('유럽연합은 우크라이나 민간인을 위해 식량 지원을 제공했다.', 'ko')).toContain(
      'aid european-union>ukraine reported',
    )
  })

  it('a reaction naming no one is aimed at the previous sentence’s actor of another country', () => {
    expect(
      records(
        '러시아군이 우크라이나 동부에 공습을 가했다. 일본 외무성은 "용납할 수 없다"며 강하게 비난했다.',
        'ko',
      ),
    ).toContain('diplomatic-statement japan>russia reported')
    // A denial is aimed at no one named.
    expect(
      records(
        '러시아군이 우크라이나 동부에 공습을 가했다. 중국 외교부는 "사실이 아니다"라고 반박했다.',
        'ko',
      ),
    ).toContain('diplomatic-statement china>- reported')
  })

  it('a bare actor before a criticised act names whose act it is (한미 연합훈련을 규탄)', () => {
    expect(records('중국 외교부는 미일 합동훈련을 강하게 비난했다.', 'ko')).toContain(
      'diplomatic-statement china>united-states reported',
    )
    expect(records('중국 외교부는 합동훈련을 강하게 비난했다.', 'ko')).toContain(
      'diplomatic-statement china>- reported',
    )
  })

  it('inflicting (공습을 가했다) is the predicate of the blow: its subject attacks', () => {
    expect(records('중국 해경이 대만 어선에 물대포 공격을 가했다.', 'ko')).toContain(
      'attack-clash china>taiwan reported',
    )
  })

  it('a non-past predicate with a day after the article’s date is a schedule; the same day is under way', () => {
    // Articles of 15 March 2025 (Korean time).
    expect(records('한미 해병대는 19일부터 연합훈련을 실시한다.', 'ko', '2025-03-15')).toContain(
      'military-exercise south-korea>united-states planned',
    )
    expect(records('한미 해병대는 15일부터 25일까지 연합훈련을 실시한다.', 'ko', '2025-03-15')).toContain(
      'military-exercise south-korea>united-states reported',
    )
    expect(records('한미 해병대는 19일 연합훈련을 실시했다.', 'ko', '2025-03-15')).toContain(
      'military-exercise south-korea>united-states reported',
    )
    // Within N days (60일 안에) is to come; a past connective closes the clause before it.
    expect(records('일본은 60일 안에 총선을 치른다.', 'ko', '2025-03-15')).toContain(
      'election japan>- planned',
    )
  })

  it('an act criticised as a clause of its own (~하고 있다고 규탄) is reported; as a bare noun it is context', () => {
    expect(records('일본 정부는 중국이 러시아에 드론 부품을 공급하고 있다고 비난했다.', 'ko')).toContain(
      'arms-trade china>russia reported',
    )
    expect(records('일본 정부는 중러 군사협력에 깊은 우려를 표명했다.', 'ko')).toContain(
      'military-cooperation china>russia background',
    )
  })

  it('ordering or guiding a build-up (생산을 늘리라고 지시, 생산기지를 현지지도) is the orderer’s act', () => {
    expect(records('김정은 위원장이 핵탄두 생산을 대폭 늘리라고 지시했다.', 'ko')).toContain(
      'nuclear-weapons kim-jong-un>- reported',
    )
    expect(records('일본 정부는 북한의 핵탄두 생산을 규탄했다.', 'ko')).not.toContain(
      'nuclear-weapons japan>- reported',
    )
  })

  it('who holds people is the 에 of the passive (북한에 억류된); whose people, the one speaking for them', () => {
    // The detention is a state its noun has undergone; the demand (석방을 촉구) is about the release.
    expect(records('외교부는 중국에 억류된 국민 2명의 조속한 석방을 촉구했다.', 'ko')).toContain(
      'humanitarian china>south-korea reported',
    )
  })

  it('an act whose schedule or question is discussed (방한 일정을 논의) is on the agenda: planned', () => {
    expect(records('양국 외교장관은 기시다 총리의 방한 일정을 논의했다.', 'ko')).toContain(
      'visit fumio-kishida>south-korea planned',
    )
    expect(records('기시다 총리의 방한은 양국 관계를 개선했다.', 'ko')).toContain(
      'visit fumio-kishida>south-korea reported',
    )
  })

  it('a president-elect’s title keeps the particle after it (트럼프 당선인의, 당선인과)', () => {
    expect(records('기시다 총리는 트럼프 당선인의 승리를 축하했다.', 'ko')).toContain(
      'diplomatic-statement fumio-kishida>donald-trump reported',
    )
    expect(records('기시다 총리는 트럼프 당선인과 전화로 회담했다.', 'ko')).toContain(
      'meeting-summit fumio-kishida>donald-trump reported',
    )
  })

  it('a headline’s bare domestic object (국내 방산업체 침투) is the writer’s country', () => {
    const r = tagText('', 'ko', '2024-06-01', '北 해킹조직, 국내 조선업체 3곳 해킹').records.map(brief)
    expect(r).toContain('cyberattack north-korea>south-korea reported')
  })

  it('people designated for sanctions belong to the party their description ties them to', () => {
    expect(records('일본 정부는 러시아 군수기업의 부품 조달을 도운 개인 4명을 제재했다.', 'ko')).toContain(
      'sanctions japan>russia reported',
    )
    expect(
      records('중국 해운사와 거래한 개인 2명이 일본 정부에 의해 제재 대상으로 지정됐다.', 'ko'),
    ).toContain('sanctions japan>china reported')
    // Not a goal in a condition (러시아에 파병하면): no designee is described.
    expect(
      records('유럽연합은 북한이 러시아에 병력을 보내면 새 제재를 부과하겠다고 밝혔다.', 'ko'),
    ).not.toContain('sanctions european-union>russia speculative')
  })

  it('뒤 closes a time clause: a past year before it dates only the earlier act', () => {
    expect(records('북한은 2023년 핵실험을 한 뒤 미국과 회담했다.', 'ko', '2025-06-01')).toEqual([
      'nuclear-weapons north-korea>- background',
      'meeting-summit north-korea>united-states reported',
    ])
  })

  it('a denial is aimed at whoever made the claim it denies (미국의 주장, "일본이 꾸며낸")', () => {
    expect(
      records('러시아 외무부는 "북한에 전투기를 넘긴 적이 없다"며 일본의 주장을 일축했다.', 'ko'),
    ).toContain('diplomatic-statement russia>japan reported')
    expect(records('중국 외교부는 해킹 연루설을 "미국이 꾸며낸 모략"이라며 부인했다.', 'ko')).toContain(
      'diplomatic-statement china>united-states reported',
    )
    expect(records('중국 외교부는 해킹 연루설을 전면 부인했다.', 'ko')).toContain(
      'diplomatic-statement china>- reported',
    )
  })

  it('preparations completed (준비를 마쳤다) are an act done, not a plan', () => {
    expect(records('합참은 북한이 정찰위성 발사 준비를 이미 마쳤다고 밝혔다.', 'ko')).toContain(
      'missile-launch north-korea>- reported',
    )
    expect(records('합참은 북한이 정찰위성 발사를 준비하고 있다고 밝혔다.', 'ko')).toContain(
      'missile-launch north-korea>- planned',
    )
  })

  it('developing or pursuing a weapon (핵무기 개발을 추진) is the reported clause’s topic’s act', () => {
    expect(
      records('기시다 총리는 기자회견에서 일본은 핵무기를 개발하지 않을 것이라고 말했다.', 'ko'),
    ).toContain('nuclear-weapons japan>- denied')
  })
})

describe('Korean roles and modality (issue 14, eighth round)', () => {
  it('a postponed act is still to come; a cancelled or scrapped one does not take place', () => {
    expect(records('해군은 동해 해상 기동훈련을 다음 주로 연기했다고 밝혔다.', 'ko')).toContain(
      'military-exercise south-korea>- planned',
    )
    expect(records('한미 연합 공중훈련이 기상 악화로 순연됐다.', 'ko')).toContain(
      'military-exercise south-korea>united-states planned',
    )
    expect(records('일본과 중국의 외교장관 회담은 결국 무산됐다.', 'ko')).toContain(
      'meeting-summit japan>china denied',
    )
    // Not postponing it affirms the drill; smoke (연기가) is no postponement.
    expect(records('국방부는 연합훈련을 연기하지 않기로 했다.', 'ko')).toContain(
      'military-exercise south-korea>- planned',
    )
    expect(records('한미 연합훈련 도중 연기가 피어올랐다.', 'ko')).toContain(
      'military-exercise south-korea>united-states reported',
    )
  })

  it('an approved sale or aid is yet to be carried out, not an exemption from a penalty approved', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('미국 국무부는 대만에 대한 무기 판매를 승인했다.', 'ko')).toContain(
      'arms-trade ->taiwan planned',
    )
    expect(rulesRecords('통일부는 북한 주민에게 쌀을 지원하는 사업을 승인했다.', 'ko')).toContain(
      'aid south-korea>north-korea planned',
    )
    expect(rulesRecords('안보리는 대북 제재 면제를 승인했다.', 'ko')).toEqual([
      'sanctions ->north-korea reported',
    ])
  })

  it('a calendar entry with no tense and a day in the days ahead is a schedule', () => {
    const entries = '▲18일(화) 합참, 동해 해상 사격훈련 실시 ▲19일(수) 이재명 대통령 방일'
    expect(records(entries, 'ko', '2025-03-16')).toEqual([
      'military-exercise south-korea-jcs>- planned',
      'visit lee-jae-myung>japan planned',
    ])
    // Days behind the article's date (or a month away) stay what they report.
    expect(records(entries, 'ko', '2025-03-20')).toContain('military-exercise south-korea-jcs>- reported')
    expect(records('▲30일 합참, 동해 해상 사격훈련 실시', 'ko', '2025-03-02')).toContain(
      'military-exercise south-korea-jcs>- reported',
    )
  })

  it('a headline rubric naming a schedule dates its untensed items to come', () => {
    const r = tagText('', 'ko', '2025-03-16', '[다음 주 외교 일정] 한일 외교장관 회담·한중 정상회담').records
    expect(r.map(brief)).toContain('meeting-summit south-korea>japan planned')
    const recap = tagText('', 'ko', '2025-03-16', '[지난주 정리] 한일 외교장관 회담').records
    expect(recap.map(brief)).toContain('meeting-summit south-korea>japan reported')
  })

  it('an attack attributed in a finding made public is the news; the one who discloses it is no attacker', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(
      rulesRecords(
        '국가정보원은 2021년 국내 병원 전산망이 해킹된 사건이 북한 해킹조직의 소행이라고 밝혔다.',
        'ko',
      ),
    ).toEqual(['cyberattack north-korea>- reported'])
    expect(
      rulesRecords('경찰은 북한 해킹조직 김수키가 지난해 국내 병원 전산망을 해킹했다고 결론 내렸다.', 'ko'),
    ).toEqual(['cyberattack north-korea>south-korea reported'])
    // Recalled without a finding, the earlier attack stays context.
    expect(rulesRecords('북한 해킹조직은 2021년 국내 병원 전산망을 해킹했다.', 'ko')).toEqual([
      'cyberattack north-korea>south-korea background',
    ])
  })

  it('a build-up named by bare nouns before the object of a verb of doing it is the clause subject’s', () => {
    // Rules only: the shipped filler fills a role this test pins empty (helpers.ts, rulesTagger).
    expect(rulesRecords('국방부 장관은 "북한이 핵무기 개발을 서두르고 있다"고 말했다.', 'ko')).toContain(
      'nuclear-weapons north-korea>- reported',
    )
    expect(
      rulesRecords('조선중앙통신은 김정은 위원장이 핵무기 생산 확대를 지시했다고 전했다.', 'ko'),
    ).toContain('nuclear-weapons kim-jong-un>- reported')
    // A verb of reacting to it (규탄) leaves the build-up to no one the clause names.
    expect(rulesRecords('한국 정부는 핵무기 생산 확대를 규탄했다.', 'ko')).not.toContain(
      'nuclear-weapons south-korea>- reported',
    )
  })

  it('the act a follow-up (후속) comes after is context', () => {
    expect(records('양국은 한일 정상회담 후속 조치를 논의했다.', 'ko')).toContain(
      'meeting-summit south-korea>japan background',
    )
    expect(records('양국은 한일 정상회담을 다음 달 열기로 했다.', 'ko')).toContain(
      'meeting-summit south-korea>japan planned',
    )
  })

  it('a request asks for what is to come; a demand to stop an act leaves the act under way', () => {
    expect(records('한국과 일본은 안보리 긴급회의 소집을 요청했다.', 'ko')).toContain(
      'meeting-summit south-korea>japan planned',
    )
    expect(records('시민단체는 한미 연합훈련 중단을 촉구했다.', 'ko')).toEqual([
      'military-exercise south-korea>united-states reported',
    ])
    expect(records('시민단체는 한미 연합훈련 재개를 촉구했다.', 'ko')).toEqual([
      'military-exercise south-korea>united-states planned',
    ])
  })

  it('검토한 바 없다: a bound noun of experience carries its negation past an adverb and a long object', () => {
    expect(
      records('외교부 대변인은 "우크라이나에 포탄을 직접 제공하는 방안을 검토한 바 없다"고 말했다.', 'ko'),
    ).toContain('arms-trade south-korea>ukraine denied')
    expect(
      records('외교부 대변인은 "우크라이나에 포탄을 직접 제공하는 방안을 검토한 바 있다"고 말했다.', 'ko'),
    ).toContain('arms-trade south-korea>ukraine planned')
  })

  it('an attack on ships, aircraft or officials named with no country is on the writer’s own, not abroad', () => {
    expect(records('북한이 오늘 GPS 교란 신호를 보내 어선과 여객기 운항에 차질이 빚어졌다.', 'ko')).toContain(
      'cyberattack north-korea>south-korea reported',
    )
    expect(records('북한 해킹조직이 국방 분야 공무원 수십 명에게 악성 메일을 보냈다.', 'ko')).toContain(
      'cyberattack north-korea>south-korea reported',
    )
    // Officials a country qualifies are not the writer's.
    expect(records('북한 해킹조직이 일본 공무원 수십 명에게 악성 메일을 보냈다.', 'ko')).not.toContain(
      'cyberattack north-korea>south-korea reported',
    )
  })

  it('of two bare actors before a headline noun the first acts and the second is where the act goes', () => {
    const r = (title: string) => tagText('', 'ko', '2024-06-01', title).records.map(brief)
    expect(r('北 공병부대 러시아 파병')).toEqual(['military-cooperation north-korea>russia reported'])
    // Not across a clause: the drawdown's forces are no party to the nuclear debate. (The drawdown supposed by
    // 땐 is its own record since round fourteen: a cut of US forces in Korea, speculative.)
    expect(r('주한미군 감축 땐 한국 핵무장 여론 커질 수도')).toEqual([
      'military-cooperation usfk>south-korea speculative',
      'nuclear-weapons south-korea>- speculative',
    ])
  })

  it('who appoints someone not named as an actor takes no office: the change is the appointer’s country’s', () => {
    expect(records('시진핑 주석은 새 국방부장을 임명했다.', 'ko')).toEqual([
      'leadership-change china>- reported',
    ])
    // The one appointed, when named, takes the office.
    expect(records('이재명 대통령은 안규백 의원을 국방부 장관 후보자로 지명했다.', 'ko')).toEqual([
      'leadership-change ahn-gyu-back>- reported',
    ])
  })

  it('a subject listing three parties names its first two for a joint act', () => {
    expect(records('한국과 미국, 일본은 다음 달 동해에서 연합훈련을 실시할 예정이다.', 'ko')).toEqual([
      'military-exercise south-korea>united-states planned',
    ])
  })
})
