import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../src/tagging/types'
import { defaultTagger, eventsOf, tagKo } from './helpers'

// Issue 14, round eight's Korean detection pass (blind t16-t19 text and the older batches): Korean event
// senses and false alarms. Sentences written for these tests, not taken from the gold.

const ko = tagKo

const brief = (r: EventRecord) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`
// Records as the shipped tagger makes them (the learned role filler on).
const records = (body: string, title = '') =>
  defaultTagger()
    .tag({ title, content: body, lang: 'ko', publishedAt: Date.parse('2025-06-01T00:00:00Z') })
    .records.map(brief)
const events = (body: string, title = '') => eventsOf(ko(body, title))

describe('Korean aid of food, medicine or relief is humanitarian too (as in English)', () => {
  it('a state giving flour, vaccines or relief to another also helps its people', () => {
    expect(records('중국은 북한에 밀가루 3천t을 지원했다.')).toEqual([
      'aid china>north-korea reported',
      'humanitarian china>north-korea reported',
    ])
    expect(events('일본 정부는 우크라이나 피란민을 위해 500만 달러를 공여하기로 했다.')).toEqual([
      'aid',
      'humanitarian',
    ])
  })

  it('aid with no food, medicine or relief word (fertiliser, a loan) is aid alone', () => {
    expect(events('정부는 북한에 비료 10만t을 지원했다.')).toEqual(['aid'])
  })
})

describe('a bare noun of people’s plight before a group, the young or a gathering describes them', () => {
  it('탈북민 단체, 탈북 청소년, 탈북민 토론회 name who the members are or what is discussed, no case', () => {
    expect(events('탈북민 단체 회원들이 구청에서 김장 봉사에 나섰다.')).toEqual([])
    expect(events('한 복지재단은 탈북 청소년 30명에게 장학금을 전달했다.')).toEqual([])
    expect(events('국회에서 탈북민 토론회가 열려 정착 과정의 어려움이 논의됐다.')).toEqual([])
  })

  it('the plight itself, or the group’s act on it, is still a case', () => {
    expect(events('중국 공안은 탈북민 20여명을 체포해 강제북송했다.')).toContain('humanitarian')
    expect(events('탈북민 3명이 제3국을 거쳐 입국했다.')).toContain('humanitarian')
  })
})

describe('a march is a protest only with what it demands or opposes (행진)', () => {
  it('soldiers parading on Armed Forces Day, or a procession, is no protest and no statement', () => {
    expect(events('국군의 날 기념 시가행진에 장병 2천여 명이 참가했다.')).toEqual([])
    expect(events('경찰은 행진 구간의 교통을 오후까지 통제한다고 밝혔다.')).toEqual([])
  })

  it('a march with a demand, opposition or a rally is one', () => {
    expect(events('노조원 수천 명이 임금 인상을 요구하며 국회 앞까지 행진했다.')).toEqual(['protest'])
    expect(events('참가자들은 집회를 마친 뒤 도심을 행진했다.')).toEqual(['protest'])
  })
})

describe('a pact opening a sentence that names no one is the pact just told of (조약에는 ... 조항이 담겼다)', () => {
  it('its mutual-aid clause binds the two parties the last sentence named, and is provided, not supposed', () => {
    const r = records(
      '중국과 러시아가 맺은 새 우호 조약이 오늘 발효됐다. 조약에는 어느 한쪽이 침공당하면 상호 군사지원을 제공한다는 조항이 들어 있다.',
    )
    expect(r).toContain('military-cooperation china>russia reported')
  })

  it('a sentence opening on something else names no parties for it', () => {
    const r = records(
      '중국과 러시아가 맺은 새 우호 조약이 오늘 발효됐다. 전문가들은 상호 군사지원이 현실화될지 지켜봐야 한다고 말했다.',
    )
    expect(r.some((x) => x.startsWith('military-cooperation china>russia'))).toBe(false)
  })
})

describe('Korean homonyms of trigger words (plain senses of the language)', () => {
  it('a rally’s 구호 is its slogan, no relief', () => {
    expect(events('시민 수천 명이 집회를 열고 "전쟁 반대" 구호를 외쳤다.')).toEqual(['protest'])
    expect(events('일본은 지진 피해를 입은 대만에 긴급 구호 인력을 보냈다.')).toContain('humanitarian')
  })

  it('a national team’s 훈련 is training for a match, no drill', () => {
    expect(events('축구 대표팀은 한일전을 앞두고 요코하마에서 마지막 훈련을 했다.')).toEqual([])
    expect(events('한국과 일본 해군이 동해에서 수색구조 훈련을 했다.')).toEqual(['military-exercise'])
  })

  it('a film award’s 후보 and 투표 are no election', () => {
    expect(events('일본 영화가 아카데미 국제장편영화상 후보에 올랐지만 투표에서 밀렸다.')).toEqual([])
    expect(events('일본은 오늘 중의원 선거를 치렀다.')).toEqual(['election'])
  })

  it('해경선 is a coast guard ship (해경 + 선), no primary (경선)', () => {
    expect(events('중국 해경선이 오늘 센카쿠 열도 인근 해역에 진입했다.')).not.toContain('election')
    expect(events('일본 자민당은 오늘 총재 경선을 치렀다.')).toContain('election')
  })
})

describe('a denial phrase a state speaks is its statement (검토한 바 없다, 적이 없다, 생각은 없다)', () => {
  it('the speaker’s statement is made, whether or not the act it denies is a taxonomy event', () => {
    expect(
      records('외교부는 일본 언론이 보도한 정상회담 추진설에 대해 "논의한 바 없다"고 밝혔다.'),
    ).toContain('diplomatic-statement south-korea>- reported')
    expect(records('기시다 총리는 기자회견에서 "총리직에서 물러날 생각은 없다"고 말했다.')).toContain(
      'diplomatic-statement fumio-kishida>- reported',
    )
    expect(records('중국 외교부는 "북한에 무기를 판매한 적이 없다"고 밝혔다.')).toContain(
      'diplomatic-statement china>- reported',
    )
  })

  it('the quote’s own actors are not its speaker, and an undecided matter is no denial', () => {
    expect(
      records('국방부 "한미 연합훈련 축소, 검토한 바 없다"').filter((x) => x.startsWith('diplomatic')),
    ).toEqual(['diplomatic-statement south-korea>- reported'])
    expect(events('국방부는 확성기 방송 재개 여부에 대해 "결정된 바 없다"고 밝혔다.')).toEqual([])
  })
})

describe('cooperation on building warships or the defence industry is military cooperation (협력)', () => {
  it('a state cooperating on another’s nuclear-powered submarines cooperates militarily', () => {
    expect(events('미국과 한국은 핵추진 잠수함 건조에 협력하기로 했다.')).toContain('military-cooperation')
  })

  it('cooperation on shipbuilding or trade, or a subcontractor (협력업체), is none', () => {
    expect(events('두 정상은 조선업 협력과 관세 문제를 논의했다.')).not.toContain('military-cooperation')
    expect(events('국내 방산업체의 협력업체 직원이 기밀을 빼돌렸다.')).not.toContain('military-cooperation')
  })
})

describe('the two leaders or ministers just named discuss: their talks (두 정상은 ... 논의했다)', () => {
  it('a pair of leaders or ministers as the subject of 논의 holds talks, and 양 장관 is that pair', () => {
    const r = records(
      '기시다 후미오 일본 총리가 도쿄에서 윤석열 대통령과 악수했다. 두 정상은 북한 문제와 경제 협력을 논의했다.',
    )
    expect(r).toContain('meeting-summit fumio-kishida>yoon-suk-yeol reported')
    expect(
      records(
        '조태열 장관과 토니 블링컨 국무장관이 오늘 나란히 기자들 앞에 섰다. 양 장관은 대북 공조 방안을 논의했다.',
      ),
    ).toContain('meeting-summit cho-tae-yul>antony-blinken reported')
  })

  it('a ministry or a crowd discussing something holds no talks', () => {
    expect(events('외교부는 오늘 내부 회의에서 대북 정책 방향을 논의했다.')).toEqual([])
  })
})

describe('a force firing with no other side and no one hurt is a firing drill (해안포 사격)', () => {
  it('coastal guns fired into the sea are a drill, not a fight', () => {
    expect(records('북한군은 오늘 오후 서해 완충구역으로 해안포 100여발을 사격했다.')).toEqual([
      'military-exercise north-korea>- reported',
    ])
  })

  it('fire at another side, or answering fire, is no drill', () => {
    expect(events('북한군이 남측 초소를 향해 사격했다.')).not.toContain('military-exercise')
    expect(events('우리 군은 이에 대응해 군사분계선 이남에 대응 사격을 했다.')).not.toContain(
      'military-exercise',
    )
  })
})

describe('dialogue qualifying another noun is the idea of talking (대화의 정신, 대화의 장)', () => {
  it('no talks are held', () => {
    expect(events('참석자들은 남북 대화의 정신을 잊지 말아야 한다고 말했다.')).toEqual([])
  })

  it('talks held between two states still are', () => {
    expect(events('남북은 오늘 판문점에서 고위급 대화를 열었다.')).toEqual(['meeting-summit'])
  })
})

describe('talks to be resumed as the goal of another act are neither held nor scheduled (대화 재개를 위해)', () => {
  it('the resumption is a goal', () => {
    expect(records('정부는 북미 대화 재개를 위한 여건 조성에 힘쓰고 있다.')).toEqual([
      'meeting-summit north-korea>united-states speculative',
    ])
  })

  it('talks resumed are talks held', () => {
    expect(events('북한과 미국은 오늘 판문점에서 대화를 재개했다.')).toEqual(['meeting-summit'])
  })
})

describe('talks whose results or follow-up are the news were held before it (정상회담 결과, 후속 조치)', () => {
  it('the summit is recalled as background', () => {
    expect(records('정부는 한일 정상회담 후속 조치를 이번 주 발표한다.')).toContain(
      'meeting-summit south-korea>japan background',
    )
  })

  it('a summit held is reported', () => {
    expect(records('한일 정상회담이 오늘 도쿄에서 열렸다.')).toContain(
      'meeting-summit south-korea>japan reported',
    )
  })

  it('a question about the results still asks (the question wins over the results rule)', () => {
    expect(records('한일 정상회담 결과 나올까')).toEqual(['meeting-summit south-korea>japan speculative'])
    expect(records('북미 회담 결과 발표될까')).toEqual([
      'meeting-summit north-korea>united-states speculative',
    ])
  })
})
