import { describe, expect, it } from 'vitest'
import type { TagResult } from '../../src/tagging/types'
import { rulesEn as en, eventSlugs as events, rulesKo as ko } from './helpers'

// Round sixteen's diplomatic-statement recall pass: statements the gold labels that the rules missed, grouped by
// construction, each recurring in three batches or more (docs/tagging.md §4). Each block pairs the statement with
// words that read alike and are none. Sentences written for these tests; read with the learned veto off, so the
// rules alone decide.

const STATEMENT = 'diplomatic-statement'
const statements = (r: TagResult) =>
  r.records
    .filter((x) => x.event === STATEMENT && x.modality === 'reported')
    .map((x) => `${x.source}>${x.target}`)

describe('a Korean request to another government, over its imperative complement (t42 t46 t48)', () => {
  it('the 에 actor after the speaker is whom the request is addressed to', () => {
    expect(
      statements(ko('외교부는 이날 중국 측에 자국 어선에 대한 단속을 강화해 달라고 요청했다.')),
    ).toContain('south-korea>china')
    expect(
      statements(ko('외교부는 우크라이나 정부에 북한군 포로들의 한국 송환을 요청했다고 밝혔다.')),
    ).toContain('south-korea>ukraine')
    expect(
      statements(ko('이재명 대통령은 트럼프 대통령에게 피스메이커 역할을 해 달라고 요청했다.')),
    ).toContain('lee-jae-myung>donald-trump')
  })
  it('not an 에 inside a clause with its own subject, nor a request to people at home', () => {
    const r = ko(
      '러시아 외무부는 미국이 일본에 중거리 미사일을 전개한 데 대해 "역내 안보를 해치는 행위"라고 비판했다.',
    )
    expect(statements(r)).not.toContain('russia>japan')
    expect(events(ko('기상청은 주민들에게 불필요한 외출을 자제해 달라고 당부했다.'))).not.toContain(STATEMENT)
  })
})

describe('a report that another actor should or must act: its reporter’s demand (t44 t55 t59)', () => {
  it('the modal’s subject is whom the demand is aimed at', () => {
    expect(
      statements(en('Foreign Minister Wang Yi said on Sunday that Tokyo must retract the remarks.')),
    ).toContain('wang-yi>japan')
    expect(
      statements(en('China’s commerce ministry said Washington should stop abusing export controls.')),
    ).toContain('china>united-states')
    expect(
      statements(
        en('The president spoke by phone on Tuesday.', 'Trump says South Korea should pay much more'),
      ),
    ).toContain('donald-trump>south-korea')
  })
  it('not a possessor’s noun, the speaker’s own country, or a question', () => {
    expect(
      events(en('Captain Son Heung-min said South Korea’s attack must wake up before the China qualifier.')),
    ).not.toContain(STATEMENT)
    expect(events(en('President Lee said South Korea must prepare for a long winter.'))).not.toContain(
      STATEMENT,
    )
    expect(
      events(en('Asked whether Seoul should send air defence systems, the minister gave no answer.')),
    ).not.toContain(STATEMENT)
  })
})

describe('a condolence message to a foreign leader (t25 t43 t56)', () => {
  it('English: sent Kim Jong Un condolences, sent Kishida a message of sympathy', () => {
    expect(statements(en('The Kremlin said Vladimir Putin had sent Kim Jong Un condolences.'))).toContain(
      'vladimir-putin>kim-jong-un',
    )
    expect(statements(en('Xi Jinping sent Fumio Kishida a message of sympathy on Tuesday.'))).toContain(
      'xi-jinping>fumio-kishida',
    )
  })
  it('Korean: 위문 전문, 애도를 표했다 to a named actor', () => {
    expect(
      statements(
        ko('김정은 국무위원장이 시진핑 중국 국가주석에게 위문 전문을 보냈다고 조선중앙통신이 보도했다.'),
      ),
    ).toContain('kim-jong-un>xi-jinping')
    expect(statements(ko('김정은 위원장은 푸틴 대통령에게 깊은 애도를 표했다.'))).toContain(
      'kim-jong-un>vladimir-putin',
    )
  })
  it('condolences aimed at no actor are none', () => {
    expect(
      events(ko('외교부는 미얀마 지진으로 많은 인명 피해가 발생한 데 대해 깊은 애도를 표한다고 밝혔다.')),
    ).not.toContain(STATEMENT)
  })
})

describe('a pledged policy toward another actor (tu t33 t40 t41)', () => {
  it('the actor the pledge names after with, toward or pressing', () => {
    expect(
      statements(en('President Lee Jae-myung pledged to seek a restoration of dialogue with Pyongyang.')),
    ).toContain('lee-jae-myung>north-korea')
    expect(
      statements(
        en('Cho Hyun was sworn in as foreign minister on Monday, pledging to restore trust with Washington.'),
      ),
    ).toContain('cho-hyun>united-states')
    expect(
      statements(en('Shigeru Ishiba pledged that Japan would continue to stand with Ukraine.')),
    ).toContain('shigeru-ishiba>ukraine')
  })
  it('not a pledge at home, an offer to meet, or a pledge to each other', () => {
    expect(events(en('Prime Minister Han Duck-soo pledged to keep financial markets stable.'))).not.toContain(
      STATEMENT,
    )
    expect(statements(en('Sanae Takaichi pledged to seek a summit with Kim Jong Un.'))).toEqual([])
    expect(
      statements(en('Kim Jong Un and Li Qiang pledged to deepen strategic communication with each other.')),
    ).toEqual([])
  })
})

describe('a Korean 교섭 제기, China’s formal representations (t5 t17 t32 t34 t46)', () => {
  it('is a statement aimed at the side it is raised with', () => {
    expect(statements(ko('중국 외교부는 한국 측에 엄정한 교섭을 제기했다고 14일 밝혔다.'))).toContain(
      'china>south-korea',
    )
  })
})

// The second statement pass of round sixteen: constructions the gold labels as statements that the first pass
// left (docs/tagging.md §4, "diplomatic statements, second pass").

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
