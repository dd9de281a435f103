import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesOnly } from './helpers'

// Round sixteen's second diplomatic-statement recall pass: constructions the gold labels as statements that
// the rules missed (docs/tagging.md §4), each paired with words that read alike and are none. Sentences
// written for these tests; read with the learned veto off, so the rules alone decide.

const STATEMENT = 'diplomatic-statement'
const events = (r: TagResult) => r.events.map((e) => e.slug)
const statements = (r: TagResult) =>
  r.records
    .filter((x) => x.event === STATEMENT && x.modality === 'reported')
    .map((x) => `${x.source}>${x.target}`)
const en = (body: string, title = 'x') => rulesOnly('en', title, body)
const ko = (body: string, title = '') => rulesOnly('ko', title, body)

describe('calling an actor, or an actor’s claim or act, something (t15 t30 t35 t44)', () => {
  it('an actor named as something, whatever the words: praise or abuse aimed at it', () => {
    expect(
      statements(
        en("North Korean Foreign Minister Choe Son Hui called Moscow Pyongyang's 'most reliable ally'."),
      ),
    ).toContain('choe-son-hui>russia')
    expect(statements(en("Kim Jong Un called South Korea a 'primary foe' at the meeting."))).toContain(
      'kim-jong-un>south-korea',
    )
  })
  it('an actor’s claim or act named as something', () => {
    expect(
      statements(
        en(
          "North Korea test-fired a missile. South Korea's Joint Chiefs of Staff disputed the figure, saying " +
            "the missile travelled about 1,100 km and calling the North's claim 'exaggerated'.",
        ),
      ),
    ).toContain('south-korea-jcs>north-korea')
    expect(
      statements(en("Taiwan's defence ministry calls China's drills 'a rehearsal for blockade'.")),
    ).toContain('taiwan>china')
  })
  it('not a phone call, a free relative of naming, or a thing of no actor', () => {
    expect(events(en('Donald Trump called Lee Jae-myung on Tuesday to discuss tariffs.'))).not.toContain(
      STATEMENT,
    )
    expect(
      events(en('Chinese bombers flew near Alaska, in what Beijing called a routine joint patrol.')),
    ).not.toContain(STATEMENT)
    expect(
      events(en('Hanwha sealed a battery alliance in Georgia. Analysts called it the biggest supply pact.')),
    ).not.toContain(STATEMENT)
  })
})

describe('a Korean claim that names another’s act a provocation, an infringement, a fabrication (t6 t7 t27)', () => {
  it('주장했다, 지적했다 over a judgement: aimed at the actor whose act it judges', () => {
    expect(statements(ko('북한군 총참모부는 한국군의 사격을 "계획적인 도발"이라고 주장했다.'))).toContain(
      'north-korea>south-korea',
    )
    expect(
      statements(
        ko('김여정 부부장은 무인기 침투의 배후로 한국 군부를 지목하며 "명백한 주권 침해"라고 주장했다.'),
      ),
    ).toContain('kim-yo-jong>south-korea')
  })
  it('not a claim of a fact, nor praise of one’s own act', () => {
    expect(events(ko('조선중앙통신은 북한이 정찰위성을 궤도에 진입시켰다고 주장했다.'))).not.toContain(
      STATEMENT,
    )
    expect(
      events(ko("김정은 국무위원장은 북한군의 참전을 북·러 조약에 따른 '정의의 위업'이라고 주장했다.")),
    ).not.toContain(STATEMENT)
  })
})

describe('a legislature’s resolution aimed at another state (t23 t58)', () => {
  it('국회 (or its committee) speaks the statement for South Korea', () => {
    expect(
      statements(
        ko(
          '국회는 30일 본회의를 열어 북한에 억류된 우리 국민 6명의 즉각적인 송환을 촉구하는 결의안을 의결했다.',
        ),
      ),
    ).toContain('south-korea>north-korea')
    expect(
      statements(
        ko(
          '국회 외교통일위원회도 이날 중국 정부에 강제북송 중단과 난민 지위 인정을 요구하는 결의안을 채택했다.',
        ),
      ),
    ).toContain('south-korea>china')
  })
  it('not a resolution aimed at home', () => {
    expect(
      events(
        ko(
          '국회는 4일 새벽 본회의를 열어 윤석열 대통령이 선포한 비상계엄의 해제를 요구하는 결의안을 가결했다.',
        ),
      ),
    ).not.toContain(STATEMENT)
  })
})
