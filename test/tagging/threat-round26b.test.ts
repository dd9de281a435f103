import { describe, expect, it } from 'vitest'
import { actorsOf, recordsOf, rulesEn, rulesKo } from './helpers'

describe('a warner named outside the warning clause is found (threat-warning)', () => {
  it('"X says ... and warns that ...": the present verb after "and" shares the subject of "says"', () => {
    const r = rulesEn(
      'North Korea says the drills are a rehearsal for invasion and warns that it will respond against the United States.',
    )
    expect(recordsOf(r, 'threat-warning')).toContain('north-korea>united-states reported')
  })

  it('not a plural noun after "and" in the clause of "says"', () => {
    const r = rulesEn('Kim Yo Jong says sanctions and threats have failed to stop North Korea.')
    expect(recordsOf(r, 'threat-warning')).toEqual([])
  })

  it('", which the command called a stern warning": a relative clause naming the act before it', () => {
    const r = rulesEn(
      "China's military held drills around Taiwan on Monday, which the Eastern Theater Command called a stern " +
        'warning to separatists.',
    )
    expect(recordsOf(r, 'threat-warning')).toContain('china>taiwan reported')
  })

  it('not a relative clause on the act with a verb of its subject between', () => {
    const r = rulesEn("Japan condemned China's drills around Taiwan, which it said were a grave threat.")
    expect(recordsOf(r, 'threat-warning')).toEqual([])
  })

  it('", a warning aimed at ...": an appositive summing up a report is its speaker\'s warning', () => {
    const r = rulesEn(
      'Yoon Suk Yeol said South Korea could send arms to Ukraine if North Korean troops join the war, a ' +
        'warning aimed at the North.',
    )
    expect(recordsOf(r, 'threat-warning').some((x) => x.startsWith('yoon-suk-yeol>'))).toBe(true)
  })

  it('not "a warning sign" (the noun heads another noun), nor an appositive with no speaker', () => {
    expect(
      recordsOf(
        rulesEn("Japan said it had tracked North Korea's missile, a warning sign for the region."),
        'threat-warning',
      ),
    ).toEqual([])
    expect(recordsOf(rulesEn('China held drills near Taiwan, a warning.'), 'threat-warning')).toEqual([])
  })

  it('"\\"...,\\" he warned" after a spokesperson\'s sentence: the body that spoke, with no person named', () => {
    const r = rulesEn(
      "North Korea fired two missiles on Friday, South Korea's Joint Chiefs of Staff said. A JCS spokesperson " +
        'said the launch was a grave provocation. "Our military will respond overwhelmingly to any ' +
        'provocation," he warned.',
    )
    expect(recordsOf(r, 'threat-warning')).toContain('south-korea-jcs>north-korea reported')
  })

  it('"\\"...,\\" he said" after a named person stays that person\'s', () => {
    const r = rulesEn(
      'Foreign Minister Wang Yi spoke to reporters in Beijing on Sunday. "Whoever plays with fire over Taiwan ' +
        'will get burned," he warned.',
    )
    expect(recordsOf(r, 'threat-warning').every((x) => x.startsWith('wang-yi>'))).toBe(true)
    expect(recordsOf(r, 'threat-warning').length).toBeGreaterThan(0)
  })
})

describe('a bare surname after the full name is the same person (coref: Wang Yi, Lloyd Austin)', () => {
  it('"Wang warned" after "Foreign Minister Wang Yi"', () => {
    const r = rulesEn(
      'Foreign Minister Wang Yi met reporters in Beijing on Friday. "Those who provoke China over Taiwan will ' +
        'pay a price," Wang warned Japan.',
    )
    expect(recordsOf(r, 'threat-warning').some((x) => x.startsWith('wang-yi>'))).toBe(true)
  })

  it('not "Wang" with no full mention of Wang Yi before', () => {
    const r = rulesEn(
      'Chinese foreign ministry spokesman Wang Wenbin spoke on Friday. Wang said Beijing opposed the move.',
    )
    expect(actorsOf(r)).not.toContain('wang-yi')
  })

  it('"오스틴 장관은 ... 경고했다" after "로이드 오스틴 미국 국방장관"', () => {
    const r = rulesKo(
      '로이드 오스틴 미국 국방장관은 1일 서울에서 신원식 국방부 장관과 회담했다. 오스틴 장관은 기자회견에서 ' +
        '"북한이 도발하면 압도적으로 대응할 것"이라고 경고했다.',
    )
    expect(recordsOf(r, 'threat-warning').some((x) => x.startsWith('lloyd-austin>'))).toBe(true)
  })

  it('not "오스틴" the city, with no full mention of Lloyd Austin', () => {
    const r = rulesKo('텍사스주 오스틴에서 열린 행사에 한국 기업들이 참가했다.')
    expect(actorsOf(r)).not.toContain('lloyd-austin')
  })
})
