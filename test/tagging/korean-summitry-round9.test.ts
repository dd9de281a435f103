import { describe, expect, it } from 'vitest'
import { eventsOf, tagKo } from './helpers'

// Issue 14, round nine, the t20 rules pass (summitry and programmes as policy), Korean: meetings of bodies
// that are no talks between states, a work of fiction about a summit, talks named only as the topic of a
// question, shuttle diplomacy, an agreement not reached, a threat to shoot down, rocket artillery fire.
// Sentences written for these tests.

const ko = tagKo

const events = (body: string, title = '') => eventsOf(ko(body, title))
const records = (body: string, title = '') =>
  ko(body, title).records.map((r) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`)

describe('meeting-summit: meetings of a party, a cabinet, a board or a parliament', () => {
  it('a leader chairing a meeting (회의를 주재) of his own party or government is no talks', () => {
    expect(events('시진핑 총서기가 회의를 주재하고 경제 정책을 점검했다.')).not.toContain('meeting-summit')
    expect(events('김정은 위원장은 당 중앙군사위원회 회의를 주재하고 군 인사를 단행했다.')).not.toContain(
      'meeting-summit',
    )
    expect(events('한국과 일본은 도쿄에서 외교차관 회의를 열었다.')).toContain('meeting-summit')
  })

  it('a plenum, a party congress, a caucus, a hearing or a shareholders’ meeting (회의 in the same sentence)', () => {
    expect(events('자민당은 의원총회를 열고 이시바 총리의 거취를 회의에서 다뤘다.')).not.toContain(
      'meeting-summit',
    )
    expect(events('북한 노동당은 전원회의를 열고 회의에서 미국 대응 방안을 다뤘다.')).not.toContain(
      'meeting-summit',
    )
    // 안전보장이사회 is a body of states: its meeting is still one (이사회 is no cue).
    expect(events('유엔 안전보장이사회는 북한의 미사일 발사에 대응해 공개회의를 열었다.')).toContain(
      'meeting-summit',
    )
  })
})

describe('meeting-summit: a film or drama about a summit', () => {
  it('a headline of casting or a shooting start (크랭크인, 캐스팅) sets the story as fiction', () => {
    expect(
      events(
        '남북 정상의 비밀 회담을 다룬 영화가 12일 촬영을 시작했다.',
        "영화 '판문점' 크랭크인…주연 캐스팅 확정",
      ),
    ).not.toContain('meeting-summit')
    expect(events('남북 정상이 판문점에서 회담을 열었다.', '남북 정상 판문점 회담')).toContain(
      'meeting-summit',
    )
  })
})

describe('meeting-summit: talks named as the topic of a question', () => {
  it('묻는 질의, 묻는 질문에: the talks are what the question is about, not a report of them', () => {
    expect(events('박진 장관은 북미 대화 재개를 묻는 의원 질의에 "예단하기 어렵다"고 답했다.')).not.toContain(
      'meeting-summit',
    )
    expect(events('남북은 판문점에서 고위급 대화를 가졌다.')).toContain('meeting-summit')
  })
})

describe('meeting-summit: shuttle diplomacy (셔틀외교) kept up, resumed or scheduled', () => {
  it('셔틀외교를 이어가기로 is a summit to come; shuttle diplomacy named as a policy is none', () => {
    expect(records('이재명 대통령은 기시다 총리와 셔틀외교를 이어가기로 했다.')).toContain(
      'meeting-summit lee-jae-myung>fumio-kishida planned',
    )
    expect(events('한일 셔틀외교는 양국 관계의 상징이 됐다.')).not.toContain('meeting-summit')
  })
})

describe('alliance-agreement: an agreement reached or not reached (합의에 이르다)', () => {
  it('합의에 이르지 못했다 is the agreement denied, and no statement of anyone', () => {
    const out = records('미국과 중국은 무역 합의에 이르지 못했다.')
    expect(out).toContain('alliance-agreement united-states>china denied')
    expect(out.some((r) => r.startsWith('diplomatic-statement'))).toBe(false)
  })

  it('회담을 열지 못했다: a failure (못) is nobody’s refusal, so no statement either', () => {
    const out = records('북한은 한국과 회담을 열지 못했다.')
    expect(out).toContain('meeting-summit north-korea>south-korea denied')
    expect(out.some((r) => r.startsWith('diplomatic-statement'))).toBe(false)
  })
})

describe('threat-warning and missile-launch: a threat to intercept, rocket artillery fire', () => {
  it('요격하겠다, 격추하겠다 is a warning to whoever launches', () => {
    expect(records('일본 정부는 북한이 위성을 발사하면 요격하겠다고 밝혔다.')).toContain(
      'threat-warning japan>north-korea reported',
    )
  })

  it('방사포 사격 is a launch of rockets', () => {
    expect(events('북한은 22일 초대형 방사포 사격을 실시했다고 밝혔다.')).toContain('missile-launch')
  })
})

describe('visit: a bare country before 방문, an invitation accepted, next week (내주)', () => {
  it('러시아 방문 초청을 수락했다: the person accepting visits the country named, later', () => {
    expect(records('김정은 위원장이 러시아 방문 초청을 수락했다.')).toContain(
      'visit kim-jong-un>russia planned',
    )
    expect(records('이재명 대통령이 일본 방문을 결정했다.')).toContain('visit lee-jae-myung>japan planned')
    // A possessor (러시아의) is the visitor, not the host.
    expect(events('러시아의 방문이 이어졌다.')).not.toContain('visit')
  })

  it('내주 (next week) dates a trip to come', () => {
    expect(records('', '조현 장관, 내주 방미')).toContain('visit cho-hyun>united-states planned')
    expect(records('', '조현 장관, 내주 방미')).not.toContain('visit cho-hyun>united-states reported')
  })
})

describe('meeting-summit: talks refused (대화를 거부했다)', () => {
  it('the act that is the object of 거부, 거절 does not take place', () => {
    expect(records('김여정 부부장은 담화를 내고 남북 대화를 거부했다.')).toContain(
      'meeting-summit south-korea>north-korea denied',
    )
    expect(records('남북은 판문점에서 고위급 대화를 가졌다.')).toContain(
      'meeting-summit south-korea>north-korea reported',
    )
  })
})

describe('diplomatic-statement and leadership-change: concern conveyed, a nominee’s hearing', () => {
  it('우려를 전달했다, 우려를 표명했다 is a statement; a bare 우려 is a guess', () => {
    expect(events('조태열 장관은 왕이 부장에게 북한 문제에 대한 우려를 전달했다.')).toContain(
      'diplomatic-statement',
    )
    expect(events('북한이 추가 도발에 나설 것이라는 우려가 나온다.')).not.toContain('diplomatic-statement')
  })

  it('a nominee’s confirmation hearing (후보자 ... 인사청문회) is a leadership change; the hearing system is none', () => {
    expect(events('조현 외교부 장관 후보자가 5일 국회 인사청문회에 출석했다.')).toContain('leadership-change')
    expect(events('국회는 인사청문회 제도 개선을 논의했다.')).not.toContain('leadership-change')
  })
})
