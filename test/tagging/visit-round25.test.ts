import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('talks held in a region of a country are a visit to that country', () => {
  it('"held talks at a spaceport in Russia\'s Far East": the guest visits Russia', () => {
    const r = rulesEn(
      "Kim Jong Un and Vladimir Putin held talks at a rocket launch site in Russia's Far East on Tuesday.",
    )
    expect(recordsOf(r, 'visit')).toContain('kim-jong-un>russia reported')
    expect(recordsOf(r, 'meeting-summit').length).toBeGreaterThan(0)
  })

  it('"met ... in China\'s northeast": the host\'s region, the other leader visits', () => {
    const r = rulesEn("Kim Jong Un met Xi Jinping in China's northeast on Friday.")
    expect(recordsOf(r, 'visit')).toContain('kim-jong-un>china reported')
  })

  it('러시아 극동 ... 에서 정상회담: 러시아를 찾은 쪽의 방문', () => {
    const r = rulesKo(
      '김정은 위원장과 푸틴 대통령이 20일 러시아 극동 하바롭스크의 한 공장에서 정상회담을 했다.',
    )
    expect(recordsOf(r, 'visit')).toContain('kim-jong-un>russia reported')
  })

  it('not a leader meeting his own people in a region of his own country', () => {
    expect(
      recordsOf(rulesEn("Putin met regional governors in Russia's Far East on Monday."), 'visit'),
    ).toEqual([])
    expect(
      recordsOf(rulesKo('푸틴 대통령은 러시아 극동 블라디보스토크에서 주지사들과 회의를 했다.'), 'visit'),
    ).toEqual([])
  })

  it('not talks by telephone about a region, nor a country as the subject (러시아가)', () => {
    expect(
      recordsOf(rulesEn("Kim Jong Un and Vladimir Putin spoke by phone about Russia's Far East."), 'visit'),
    ).toEqual([])
    expect(
      recordsOf(rulesKo('러시아가 극동에서 북한과 회담을 열겠다고 밝혔다.'), 'visit').filter((x) =>
        x.endsWith('>russia reported'),
      ),
    ).toEqual([])
  })

  it('not a ship arriving at a port named by its country (no talks held there)', () => {
    const r = rulesEn("Three Russian warships arrived at North Korea's east coast port on Monday, KCNA said.")
    expect(recordsOf(r, 'visit')).toEqual([])
  })
})
