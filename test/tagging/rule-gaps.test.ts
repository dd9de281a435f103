import { describe, expect, it } from 'vitest'
import { tag, tagKo } from './helpers'

// Where the tagger broke its own documented rules (docs/tagging.md §3 and the taxonomy's triggers) on forms the
// earlier tests did not hold: each block pairs the form that was wrong with the plain form, still reported.
// Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (body: string) => records(tag('', body))
const ko = (body: string) => records(tagKo(body))
const reported = (rs: string[]) => rs.filter((r) => r.endsWith(' reported'))

describe('a Korean trigger verb in the conditional is a condition, whatever its ending (하면/한다면/했다면)', () => {
  it('발사한다면, 발사했다면: the launch is supposed, as 발사하면 is', () => {
    expect(ko('북한이 미사일을 발사한다면 한미는 즉각 대응 조치에 나설 것이다.')).toContain(
      'missile-launch north-korea>null speculative',
    )
    expect(ko('북한이 미사일을 발사했다면 상황은 달라졌을 것이다.')).toEqual([
      'missile-launch north-korea>null speculative',
    ])
    expect(ko('북한이 미사일을 발사하면 한미는 즉각 대응 조치에 나설 것이다.')).toContain(
      'missile-launch north-korea>null speculative',
    )
    expect(ko('북한이 동해상으로 탄도미사일을 발사했다.')).toEqual([
      'missile-launch north-korea>null reported',
    ])
  })

  it('파병한다면, 만난다면, 회담한다면, 방한한다면: no deployment, meeting or visit reported', () => {
    expect(reported(ko('북한이 러시아에 병력을 파병한다면 한국은 대응할 것이다.'))).toEqual([])
    expect(reported(ko('트럼프 대통령이 김정은 위원장과 만난다면 비핵화 협상이 재개될 것이다.'))).toEqual([])
    expect(reported(ko('트럼프 대통령이 김정은 위원장과 회담한다면 비핵화 협상이 재개될 것이다.'))).toEqual(
      [],
    )
    expect(ko('트럼프 대통령이 방한한다면 이재명 대통령과 정상회담을 가질 것이다.')).toContain(
      'visit donald-trump>south-korea speculative',
    )
    expect(ko('북한이 러시아에 병력을 파병했다.')).toEqual([
      'military-cooperation north-korea>russia reported',
    ])
    expect(ko('트럼프 대통령이 김정은 위원장과 회담했다.')).toEqual([
      'meeting-summit donald-trump>kim-jong-un reported',
    ])
    expect(ko('트럼프 대통령이 방한했다.')).toEqual(['visit donald-trump>south-korea reported'])
  })
})

describe('an English condition supposes the main clause it opens, and a warning in it is not made', () => {
  it('"Should North Korea fire a missile, Japan would respond": no reported warning nor launch', () => {
    expect(en('Should North Korea fire a missile, Japan would respond.')).toEqual([
      'missile-launch north-korea>null speculative',
      'threat-warning japan>north-korea speculative',
    ])
    expect(reported(en('Should North Korea fire a missile, Seoul would respond.'))).toEqual([])
    expect(reported(en('If North Korea fires a missile, Japan would respond.'))).toEqual([])
    expect(reported(en('Japan would respond if North Korea fired a missile.'))).toEqual([])
  })

  it('"Were North Korea to fire", "Had Pyongyang fired", "In the event North Korea fires": conditions too', () => {
    expect(reported(en('Were North Korea to fire a missile, Japan would respond.'))).toEqual([])
    expect(en('Had North Korea fired a missile, Japan would have responded.')).toEqual([
      'missile-launch north-korea>null speculative',
    ])
    expect(reported(en('In the event North Korea fires a missile, Japan would respond.'))).toEqual([])
    expect(
      en('Should North Korea conduct a nuclear test, the United States will impose sanctions.'),
    ).toContain('sanctions united-states>north-korea speculative')
  })

  it('a warning someone makes stays reported, however conditional what it threatens', () => {
    expect(en('Japan warned it would respond if North Korea fired a missile.')).toContain(
      'threat-warning japan>north-korea reported',
    )
    expect(en('If North Korea fires a missile, Japan will respond, Kishida said.')).toContain(
      'threat-warning japan>north-korea reported',
    )
    // A headline's "Speaker: ..." attributes what follows the colon.
    expect(records(tag('Hegseth: U.S. would respond if China moved on Taiwan'))).toContain(
      'threat-warning united-states>china reported',
    )
    expect(en('North Korea fired a ballistic missile on Monday.')).toEqual([
      'missile-launch north-korea>null reported',
    ])
    expect(en('Japan vowed to retaliate.')).toEqual(['threat-warning japan>null reported'])
  })
})

describe('a trigger verb’s other forms are the same act (taxonomy triggers that lacked them)', () => {
  it('aid: provided, provides, providing (only "provide" was a trigger: it is not inflected), giving', () => {
    expect(en('The United States provided $15 million in grants to Ukraine.')).toEqual([
      'aid united-states>ukraine reported',
    ])
    expect(en('The United States provides $15 million in grants to Ukraine.')).toEqual([
      'aid united-states>ukraine reported',
    ])
    expect(en('Japan is providing $5 million in emergency aid to Ukraine.')).toContain(
      'aid japan>ukraine reported',
    )
    expect(en('Japan is giving $5 million to Ukraine.')).toEqual(['aid japan>ukraine reported'])
    expect(en('The United States will provide $15 million in grants to Ukraine.')).toEqual([
      'aid united-states>ukraine planned',
    ])
    // The provide rule's checks go with its forms: weapons provided are no aid, a treaty's "provided that" none.
    expect(en('Russia provided weapons to North Korea.')).toEqual(['arms-trade russia>north-korea reported'])
    expect(en('The treaty provided that each side would assist the other.')).toEqual([])
  })

  it('arms-trade: sells, delivers, transfers, transferring, with a weapon word as sold/delivered/transferred', () => {
    expect(en('Russia sells fighter jets to North Korea.')).toEqual([
      'arms-trade russia>north-korea reported',
    ])
    expect(en('North Korea delivers ballistic missiles to Russia.')).toEqual([
      'arms-trade north-korea>russia reported',
    ])
    expect(en('North Korea transfers artillery shells to Russia.')).toEqual([
      'arms-trade north-korea>russia reported',
    ])
    expect(en('North Korea sold artillery shells to Russia.')).toEqual([
      'arms-trade north-korea>russia reported',
    ])
    expect(en('Samsung sells smartphones to Russia.')).toEqual([])
  })

  it('missile-launch: test-fires, test-firing, test-launch(es) (a hyphenated trigger gets no inflections)', () => {
    expect(en('North Korea test-fires a new cruise missile.')).toEqual([
      'missile-launch north-korea>null reported',
    ])
    expect(en('North Korea test-launches an ICBM.')).toEqual(['missile-launch north-korea>null reported'])
    expect(en('North Korea test-fired a new cruise missile.')).toEqual([
      'missile-launch north-korea>null reported',
    ])
  })

  it('other verbs: vowing, rallying, swears in, ousts, opens fire, shoots down, travelled to, handing over', () => {
    expect(en('North Korea is vowing to retaliate.')).toEqual(['threat-warning north-korea>null reported'])
    expect(en('Thousands of protesters are rallying outside the Japanese embassy in Seoul.')).toEqual([
      'protest null>japan reported',
    ])
    expect(en('Taiwan swears in Lai Ching-te as president.')).toContain(
      'leadership-change taiwan>null reported',
    )
    expect(en('South Korea shoots down a North Korean drone.')).toEqual([
      'attack-clash south-korea>north-korea reported',
    ])
    expect(en('Kim Jong Un travelled to Russia.')).toEqual(['visit kim-jong-un>russia reported'])
    expect(en('Kim Jong Un traveled to Russia.')).toEqual(['visit kim-jong-un>russia reported'])
  })
})
