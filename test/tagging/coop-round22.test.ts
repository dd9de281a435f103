import { describe, expect, it } from 'vitest'
import { rulesEn as en, eventSlugs as events, rulesKo as ko, recordsOf as records } from './helpers'

// Round twenty-two's military-cooperation recall pass (branch s47-coop): constructions of the tuning gold the
// rules missed. Each block pairs the construction with words that read alike and are none. Sentences written
// for these tests; read with the learned veto off.

const COOP = 'military-cooperation'

describe('sharing agreed by a group of the parties just named (The leaders, 양 정상은, 3국은: t9 t74 t82)', () => {
  it('the group stands for the states the sentence before named, meeting the count of states', () => {
    expect(
      records(
        en(
          'Japan and South Korea held a summit in Tokyo on Monday. The leaders agreed to share intelligence on missiles in real time.',
        ),
        COOP,
      ),
    ).toEqual(['japan>south-korea planned'])
    expect(
      records(
        ko(
          '윤석열 대통령과 기시다 후미오 일본 총리는 도쿄에서 정상회담을 열었다. 양 정상은 미사일 경보 정보를 실시간 공유하기로 했다.',
        ),
        COOP,
      ),
    ).toEqual(['yoon-suk-yeol>fumio-kishida planned'])
    expect(
      events(
        ko(
          '한국과 미국, 일본은 도쿄에서 국방장관회의를 열었다. 3국은 미사일 경보 정보를 연내 공유하기로 했다.',
        ),
      ),
    ).toContain(COOP)
  })

  it('a group after a sentence naming one party, or sharing something other than data, is no cooperation', () => {
    expect(
      events(en('Officials said more data would be needed. The leaders agreed to share intelligence.')),
    ).not.toContain(COOP)
    expect(
      events(
        en('Japan and South Korea held a summit in Tokyo on Monday. The leaders agreed to share a meal.'),
      ),
    ).not.toContain(COOP)
    expect(events(ko('한국은 이날 회의를 열었다. 세 정상은 정보를 공유하기로 했다.'))).not.toContain(COOP)
    expect(
      events(ko('한국과 일본은 도쿄에서 정상회담을 열었다. 양 정상은 문화 교류를 늘리기로 했다.')),
    ).not.toContain(COOP)
  })
})

describe('a troop deployment a guess or condition takes for granted (first batch, t23, t47, t69)', () => {
  it('troops with "deployed to / in" after them are deployed, whatever the modal around them', () => {
    expect(
      records(
        en(
          'Seoul may send weapons to Kyiv if the North Korean troops deployed in Russia join the fighting, the president said.',
        ),
        COOP,
      ),
    ).toEqual(['north-korea>russia reported'])
  })

  it('a possessed deployment that something answers ("in return for", "in response to") is reported', () => {
    expect(
      events(
        en('Russia may give North Korea fighter jets in return for its troop deployment, officials said.'),
      ),
    ).toContain(COOP)
    expect(
      events(
        en(
          "Seoul is weighing arms for Kyiv in response to North Korea's dispatch of troops to Russia, officials said.",
        ),
      ),
    ).toContain(COOP)
  })

  it('troops a modal governs, and a deployment rewarded in a guess, stay speculative', () => {
    expect(events(en('North Korea could send more troops to Russia, analysts said.'))).not.toContain(COOP)
    expect(events(en('Troops may be deployed to Russia next year, Seoul said.'))).not.toContain(COOP)
    expect(
      events(
        en('Russia could reward North Korea for its troop deployment with fighter jets, analysts said.'),
      ),
    ).not.toContain(COOP)
  })
})

describe('captured soldiers offered back in a prisoner swap are no deployment (t43 t58 t67 t89)', () => {
  it('"soldiers to Kim in a swap" is the prisoners, handed over', () => {
    expect(
      events(en('Zelensky offers captured North Korean soldiers to Kim in exchange for Ukrainians.')),
    ).not.toContain(COOP)
    expect(
      events(en('Ukraine proposes to hand two North Korean soldiers to Pyongyang in a prisoner swap.')),
    ).not.toContain(COOP)
  })

  it('troops sent to an ally stay a deployment, also beside a capture', () => {
    expect(records(en('North Korea has sent about 10,000 soldiers to Russia, Seoul said.'), COOP)).toEqual([
      'north-korea>russia reported',
    ])
    expect(
      records(
        en(
          'North Korea sent more troops to Russia after Ukraine captured two of its soldiers, officials said.',
        ),
        COOP,
      ),
    ).toEqual(['north-korea>russia reported'])
  })
})
