import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../src/tagging/types'
import { defaultTagger } from './helpers'

/** Issue 14, round nine (t20): English summitry in every state, as new sentences. */
const brief = (r: EventRecord) => `${r.event} ${r.source ?? '-'}>${r.target ?? '-'} ${r.modality}`
const records = (body: string, title = '', date = '2025-06-01') =>
  defaultTagger()
    .tag({ title, content: body, lang: 'en', publishedAt: Date.parse(`${date}T00:00:00Z`) })
    .records.map(brief)

describe('round nine (t20): phrasal cancellations and postponements before the trigger', () => {
  it('"call off" cancels (denied), but a call-off urged on someone is no cancellation', () => {
    expect(records('Japan calls off its planned summit with South Korea.')).toContain(
      'meeting-summit japan>south-korea denied',
    )
    expect(records('Tokyo called off the summit with Seoul on Monday.')).toContain(
      'meeting-summit japan>south-korea denied',
    )
    expect(records('Japan urged North Korea to call off a missile launch set for next week.')).not.toContain(
      'missile-launch north-korea>- denied',
    )
    // "calls for talks" is still a plan.
    expect(records('Japan calls for talks with South Korea.')).toContain(
      'meeting-summit japan>south-korea planned',
    )
  })

  it('"push back", "put off" and "delayed" put an act off: still to come (planned)', () => {
    expect(records('South Korea and Japan pushed back their defence talks to October.')).toContain(
      'meeting-summit south-korea>japan planned',
    )
    expect(records('China put off the strategic dialogue with South Korea until next year.')).toContain(
      'meeting-summit china>south-korea planned',
    )
    expect(records('Japan delayed the summit with South Korea by a week.')).toContain(
      'meeting-summit japan>south-korea planned',
    )
    // A pushed-back act is not held: no "reported" record.
    expect(records('South Korea and Japan pushed back their defence talks to October.')).not.toContain(
      'meeting-summit south-korea>japan reported',
    )
  })
})

describe('round nine (t20): a negation before a long noun phrase of the trigger', () => {
  it('"will not take part in a trilateral foreign ministers\' meeting" is denied, however many modifiers', () => {
    expect(
      records("China will not take part in a trilateral foreign ministers' meeting this month."),
    ).toContain('meeting-summit china>- denied')
    expect(records("China will take part in a trilateral foreign ministers' meeting on Friday.")).toContain(
      'meeting-summit china>- planned',
    )
  })

  it('a possessive closes the phrase: "called for expanding the country\'s nuclear arsenal" stays reported', () => {
    expect(
      records(
        "Kim Jong Un visited a missile factory and called for an exponential expansion of the country's nuclear arsenal.",
      ),
    ).toContain('nuclear-weapons kim-jong-un>- reported')
  })
})

describe('round nine (t20): a past summit recounted', () => {
  it('a memoir or speech that recalls or recounts a summit tells it as background', () => {
    expect(
      records("Moon Jae-in's new memoir recounts the Panmunjom summit with Kim Jong Un in detail."),
    ).toContain('meeting-summit kim-jong-un>- background')
    expect(
      records('Abe remembered the Singapore summit between Trump and Kim in a 2019 speech.'),
    ).not.toContain('meeting-summit donald-trump>kim-jong-un reported')
    // Recalling an envoy is no memory: the summit after it is today's.
    expect(records('South Korea recalled its ambassador to Japan over the summit.')).toContain(
      'meeting-summit south-korea>japan reported',
    )
  })
})

describe('round nine (t20): a headline naming one party by surname only', () => {
  it('"Kim, Putin meet" takes the order of the body record that names both parties', () => {
    expect(
      records(
        'Kim Jong Un and Vladimir Putin held talks in Vladivostok on Wednesday.',
        'Kim, Putin meet in Russia',
      ),
    ).toEqual(expect.arrayContaining(['meeting-summit kim-jong-un>vladimir-putin reported']))
    expect(
      records(
        'Kim Jong Un and Vladimir Putin held talks in Vladivostok on Wednesday.',
        'Kim, Putin meet in Russia',
      ),
    ).not.toContain('meeting-summit vladimir-putin>kim-jong-un reported')
  })
})

describe('round nine (t20): a refusal to give up a programme', () => {
  it('"will never give up / negotiate away its nuclear weapons" affirms the weapons (reported)', () => {
    expect(records('Pyongyang said it would never give up its nuclear weapons.')).toContain(
      'nuclear-weapons north-korea>- reported',
    )
    expect(
      records('North Korea will not negotiate away its nuclear arsenal, its foreign ministry said.'),
    ).toContain('nuclear-weapons north-korea>- reported')
    // A test that is not to be is still denied.
    expect(records('North Korea will not conduct a nuclear test this year, its envoy said.')).toContain(
      'nuclear-weapons north-korea>- denied',
    )
  })
})

describe('round nine (t20): officials of a trade portfolio act for their state', () => {
  it('"trade officials", "negotiators" from two states are the parties; business leaders are not', () => {
    expect(
      records('Trade officials from Japan and South Korea held working-level talks in Seoul on Friday.'),
    ).toContain('meeting-summit japan>south-korea reported')
    expect(records('Negotiators from China and Japan met in Dalian on Monday.')).toContain(
      'meeting-summit china>japan reported',
    )
    expect(records('Japanese trade officials met their South Korean counterparts in Tokyo.')).toContain(
      'meeting-summit japan>south-korea reported',
    )
    expect(records('Business leaders from Japan and South Korea met in Tokyo on Monday.')).toEqual([])
  })
})
