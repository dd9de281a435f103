import { describe, expect, it } from 'vitest'
import { recordsOf, rulesEn, rulesKo } from './helpers'

describe('a state strategic asset calling at an ally port is military cooperation', () => {
  it('"a U.S. aircraft carrier made a port call in South Korea": visitor and host', () => {
    const r = rulesEn('A U.S. aircraft carrier made a port call in South Korea on Friday, the Navy said.')
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('"미 핵잠수함의 일본 기항": the visiting state and the host', () => {
    const r = rulesKo('미국 핵추진 잠수함의 일본 기항은 올해 들어 세 번째다.')
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('not a cruise ship or a trade port call, nor an asset calling at home', () => {
    expect(
      recordsOf(
        rulesEn('A cruise ship from Japan made a port call in South Korea on Friday.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('The U.S. aircraft carrier made a port call in San Diego after a long patrol.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(recordsOf(rulesKo('한국 해군 잠수함이 진해 군항에 기항했다.'), 'military-cooperation')).toEqual([])
    expect(recordsOf(rulesKo('일본 화물선의 한국 기항이 늘었다.'), 'military-cooperation')).toEqual([])
  })
})

describe('a roadmap for the transfer of wartime command put on the table by two defence chiefs', () => {
  it('"전작권 전환 로드맵을 논의했다": defence talks about a command arrangement', () => {
    const r = rulesKo(
      '한국 국방부 장관과 미국 국방장관은 화상회의에서 전시작전통제권 전환 로드맵을 논의했다.',
    )
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('not a roadmap without the command transfer', () => {
    const r = rulesKo('한국과 미국은 공급망 협력 로드맵을 논의했다.')
    expect(recordsOf(r, 'military-cooperation')).toEqual([])
  })
})

describe('a state sending a strategic asset to an ally: the asset "to" the host', () => {
  it('"the United States will send a nuclear-armed submarine to Japan"', () => {
    const r = rulesEn(
      'The United States will send a nuclear-armed submarine to Japan next month, officials said.',
    )
    expect(recordsOf(r, 'military-cooperation').length).toBeGreaterThan(0)
  })

  it('not an asset sent within its own waters, nor a submarine with no sending', () => {
    expect(
      recordsOf(
        rulesEn('South Korea will deploy its newest submarine to the southern port of Jinhae.'),
        'military-cooperation',
      ),
    ).toEqual([])
    expect(
      recordsOf(
        rulesEn('North Korea said the submarine to be launched would carry missiles aimed at Japan.'),
        'military-cooperation',
      ),
    ).toEqual([])
  })
})
