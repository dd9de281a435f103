import { describe, expect, it } from 'vitest'
import { toBase64 } from '../../src/lib/base64'
import { DEFAULT_TAXONOMY } from '../../src/tagging/default-taxonomy'
import { parseGold } from '../../src/tagging/eval'
import { buildTagger } from '../../src/tagging/tagger'
import { taxonomyFromDocument } from '../../src/tagging/taxonomy'
import { TAGGING_MODALITIES } from '../../src/tagging/types'
import { decodeVeto, featureSlot, VETO_TABLE_BITS, VETO_TABLE_SIZE, vetoScore } from '../../src/tagging/veto'
import vetoSource from '../../src/tagging/veto.ts?raw'
import { VETO_MODEL } from '../../src/tagging/veto-weights'
import frozenText from '../fixtures/tagging/veto-candidates.jsonl?raw'
import goldText from '../fixtures/tagging-gold.jsonl?raw'
import { checkFrozen, defaultTagger, sha256 } from './helpers'

/** The candidates the records stage hands the veto, for one article (veto off, as the trainer sees them). */
function candidates(title: string, body: string, lang = 'en') {
  let seen: { event: string; slots: number[] }[] = []
  const tagger = buildTagger(taxonomyFromDocument(DEFAULT_TAXONOMY, 1), {
    veto: false,
    vetoProbe: (c) => {
      seen = c
    },
  })
  const out = tagger.tag({ title, content: body, lang, publishedAt: Date.parse('2025-06-01T00:00:00Z') })
  return { out, seen }
}

describe('veto features', () => {
  it('one candidate per article event, with the event, trigger, window, modality and role kinds', () => {
    const { out, seen } = candidates('', 'Vladimir Putin visited Pyongyang on Wednesday for talks.')
    expect(out.events.map((e) => e.slug)).toContain('visit')
    const visit = seen.find((c) => c.event === 'visit')
    expect(visit).toBeDefined()
    const slots = new Set(visit!.slots)
    for (const slot of [
      featureSlot('bias'),
      featureSlot('event', 'visit'),
      featureSlot('event-lang', 'visit', 'en'),
      featureSlot('lemma', 'visit'),
      featureSlot('event-lemma', 'visit', 'visit'),
      featureSlot('surface', 'visited'),
      featureSlot('modality', 'reported'),
      featureSlot('event-modality', 'visit', 'reported'),
      featureSlot('source', 'person'),
      featureSlot('target', 'state'),
      featureSlot('left', 'putin'),
      featureSlot('right', 'pyongyang'),
      featureSlot('event-window', 'visit', '<', 'putin'),
      featureSlot('lemma-near', 'visit', 'putin'),
    ])
      expect(slots.has(slot)).toBe(true)
    // Binary features: each slot once.
    expect(new Set(visit!.slots).size).toBe(visit!.slots.length)
    expect(slots.has(featureSlot('title'))).toBe(false)
    expect(slots.has(featureSlot('left', 'talks'))).toBe(false)
  })

  it('title records, and no candidate for a sentence with no event', () => {
    const { seen } = candidates('Putin visits Pyongyang', '')
    const visit = seen.find((c) => c.event === 'visit')
    expect(visit?.slots).toContain(featureSlot('title'))
    expect(visit?.slots).toContain(featureSlot('event-title', 'visit'))
    expect(candidates('', 'The weather in Seoul was mild on Wednesday.').seen).toEqual([])
  })

  it('Korean: tokens, two-syllable stems and the trigger word ending', () => {
    const { seen } = candidates('', '블라디미르 푸틴 러시아 대통령이 평양을 방문했다.', 'ko')
    const visit = seen.find((c) => c.event === 'visit')
    expect(visit).toBeDefined()
    const slots = new Set(visit!.slots)
    expect(slots.has(featureSlot('event-lang', 'visit', 'ko'))).toBe(true)
    expect(slots.has(featureSlot('lemma', '방문'))).toBe(true)
    expect(slots.has(featureSlot('stem-left', '평양'))).toBe(true)
    expect(slots.has(featureSlot('lemma-near', '방문', '했다'))).toBe(true)
    expect(slots.has(featureSlot('left', '평양을'))).toBe(true)
  })

  it('are deterministic: the same article gives the same slots in the same order', () => {
    const text = 'North Korea fired two ballistic missiles into the sea, Seoul said. Kim watched the launch.'
    expect(candidates('', text).seen).toEqual(candidates('', text).seen)
  })

  it('hash every feature into the table', () => {
    expect(VETO_TABLE_SIZE).toBe(2 ** VETO_TABLE_BITS)
    for (const s of [featureSlot('bias'), featureSlot('left', 'x'), featureSlot('event', 'visit')]) {
      expect(s).toBeGreaterThanOrEqual(0)
      expect(s).toBeLessThan(VETO_TABLE_SIZE)
    }
    expect(featureSlot('left', 'putin')).not.toBe(featureSlot('right', 'putin'))
    expect(() => featureSlot('no-such-kind')).toThrow()
  })
})

describe('veto scoring', () => {
  it('sums the weights of the slots, and decodes int16 weights with their scale', () => {
    const q = new Int16Array(VETO_TABLE_SIZE)
    q[featureSlot('bias')] = 1000
    q[featureSlot('event', 'visit')] = -3000
    const model = {
      ...VETO_MODEL,
      bits: VETO_TABLE_BITS,
      scale: 0.001,
      threshold: 0,
      weights: toBase64(q.buffer),
    }
    const decoded = decodeVeto(model)!
    expect(decoded.weights[featureSlot('bias')]).toBeCloseTo(1)
    expect(vetoScore(decoded.weights, [featureSlot('bias')])).toBeCloseTo(1)
    expect(vetoScore(decoded.weights, [featureSlot('bias'), featureSlot('event', 'visit')])).toBeCloseTo(-2)
    expect(decodeVeto({ ...model, weights: '' })).toBeNull()
    expect(() => decodeVeto({ ...model, bits: 12 })).toThrow()
  })

  it('ships the weights scripts/train-veto.mjs fits from the frozen candidates, frozen from the gold as it is', async () => {
    // npm run veto:check refits the weights from test/fixtures/tagging/veto-candidates.jsonl byte for byte; here the
    // frozen file is held to the gold's batches it was tagged from and to veto.ts's features. Later gold batches and
    // rules passes leave it alone; when this fails, refresh the veto as a step of its own:
    // node scripts/train-veto.mjs --freeze && node scripts/train-veto.mjs
    const { header, rows: frozen } = await checkFrozen<{ id: string; gold: number; cands: unknown[] }>(
      frozenText,
      goldText,
      VETO_MODEL,
      VETO_TABLE_BITS,
    )
    expect(await sha256(vetoSource)).toBe(header.vetoSha256)
    // One line per snippet trained on, in the gold's order, those with no candidate too (the F1 figures count them).
    expect(frozen.reduce((n, x) => n + x.cands.length, 0)).toBe(header.candidates)
    expect(VETO_MODEL.weights.length).toBeLessThanOrEqual(200_000)
  })

  it('keeps rule 4: article events are the events of the reported, planned and denied records', () => {
    const tagger = defaultTagger()
    for (const g of parseGold(goldText)) {
      const out = tagger.tag({
        title: g.title,
        content: g.body,
        lang: g.lang,
        publishedAt: Date.parse(g.published),
      })
      const fromRecords = new Set(
        out.records.filter((r) => TAGGING_MODALITIES.has(r.modality)).map((r) => r.event),
      )
      expect(new Set(out.events.map((e) => e.slug)), g.id).toEqual(fromRecords)
      for (const m of out.mentions) expect(fromRecords.has(m.event), g.id).toBe(true)
    }
  })
})
