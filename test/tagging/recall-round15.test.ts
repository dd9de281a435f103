import { describe, expect, it } from 'vitest'
import { tag } from './helpers'

// English event recall, round fifteen: events the tuning gold labels that the rules missed, on constructions
// recurring in three tuning batches or more (docs/tagging.md §4, "Round fifteen"). Each block pairs the event the
// rules now read with a no-event (or non-tagging) use of the same words. Sentences written for these tests.

const records = (r: ReturnType<typeof tag>) =>
  r.records.map((x) => `${x.event} ${x.source}>${x.target} ${x.modality}`)
const en = (body: string) => records(tag('', body))

describe('an attack attributed in a finding made public is the news, however long ago (t12, t40, t43)', () => {
  it('"said North Korean hackers were behind last week\'s theft", "stole ... last month, the FBI said": reported', () => {
    expect(
      en(
        'The FBI said on Monday that North Korean hackers were behind last week’s theft of $300 million from an exchange.',
      ),
    ).toContain('cyberattack north-korea>null reported')
    expect(
      en(
        'North Korean hackers stole $80 million in cryptocurrency from a Singapore exchange last month, the FBI said.',
      ),
    ).toContainEqual(expect.stringMatching(/^cyberattack north-korea>\S+ reported$/))
  })

  it('still background: no finding reported, a finding itself recalled, or the reason of a penalty', () => {
    expect(
      en('North Korean hackers stole $80 million in cryptocurrency from a Singapore exchange last month.'),
    ).toContain('cyberattack north-korea>null background')
    expect(
      en(
        'Police said last month that North Korean hackers had stolen $80 million in cryptocurrency from an exchange.',
      ),
    ).toContain('cyberattack north-korea>null background')
    expect(
      en(
        'Washington imposed sanctions on Friday on four firms that, according to the Treasury, laundered cryptocurrency stolen by North Korean hackers in last year’s heists.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^cyberattack .* reported$/))
  })
})

describe('upgrading a state’s forces abroad into a joint headquarters is military cooperation (t16, t17, t33, t44)', () => {
  it('"agreed to upgrade U.S. Forces Japan into a joint force headquarters"', () => {
    expect(
      en('Japan and the United States agreed to upgrade U.S. Forces Japan into a joint force headquarters.'),
    ).toContain('military-cooperation japan>united-states planned')
  })

  it('no event: a headquarters of one party, or one not upgraded', () => {
    expect(en('The company moved its staff into a new joint headquarters in Seoul.')).toEqual([])
    expect(en('Japan’s Self-Defense Forces opened a joint force headquarters on Monday.')).toEqual([])
    expect(
      en(
        'South Korea will upgrade its Joint Chiefs of Staff building, the joint headquarters of its armed forces.',
      ),
    ).toEqual([])
  })
})

describe('two states’ officials agreeing in a named place met there (t22, t26, t34, t45)', () => {
  it('"Hegseth and Nakatani agreed in Tokyo on Sunday", "Ahn and his Japanese counterpart agreed in Seoul"', () => {
    expect(
      en(
        'Defense Secretary Pete Hegseth and Japanese Defense Minister Gen Nakatani agreed in Tokyo on Sunday to expand missile production.',
      ),
    ).toContain('meeting-summit pete-hegseth>gen-nakatani reported')
    expect(
      en(
        'Defense Minister Ahn Gyu-back and his Japanese counterpart Shinjiro Koizumi agreed in Seoul on Tuesday to expand exchanges.',
      ),
    ).toContain('meeting-summit ahn-gyu-back>japan reported')
  })

  it('no meeting: a month, "in principle", or one party alone', () => {
    expect(en('Pyongyang agreed in June to send 1,000 sappers to Russia.')).toEqual([])
    expect(en('Pyongyang agreed in Moscow to send 1,000 sappers.')).toEqual([])
    expect(en('South Korea and Japan agreed in principle to resume talks.')).not.toContain(
      'meeting-summit south-korea>japan reported',
    )
  })
})

describe('a joint press statement issued after talks is an agreed instrument (t26, t43, t46)', () => {
  it('"issued a joint press announcement", "release a joint press statement"', () => {
    expect(
      en(
        'President Lee Jae-myung and Prime Minister Shigeru Ishiba held talks in Tokyo on Saturday and issued a joint press announcement.',
      ),
    ).toContainEqual(
      expect.stringMatching(
        /^alliance-agreement (lee-jae-myung>shigeru-ishiba|shigeru-ishiba>lee-jae-myung) reported$/,
      ),
    )
  })

  it('no instrument: a joint press statement only cited, or a joint statement condemning a third party', () => {
    expect(
      en('The allies will hold drills in March, according to a joint press statement.'),
    ).not.toContainEqual(expect.stringMatching(/^alliance-agreement/))
    expect(
      en(
        'G7 foreign ministers condemned North Korea’s missile transfers to Russia in a joint statement issued after talks.',
      ),
    ).not.toContainEqual(expect.stringMatching(/^alliance-agreement/))
  })
})
