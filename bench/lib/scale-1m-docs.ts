/**
 * The 1M simulation's producer, run in a worker thread (bench/scale-1m.ts): generates the corpus
 * (bench/scale-corpus.ts), cuts each item's title and text out of the XML and computes its story
 * fingerprint with the project's own src/ingest/story-fingerprint.ts, so that the main thread
 * spends its time on the SQL being measured. Documents are sent in order, in chunks, as the main
 * thread grants credit (bounded memory whatever the size of the run).
 */
import { parentPort, workerData } from 'node:worker_threads'
import { type Fingerprint, storyFingerprint } from '../../src/ingest/story-fingerprint'
import { type PlantedItem, type ScaleDoc, scaleDocs } from '../scale-corpus'

export interface ItemText {
  title: string
  content: string
}

export interface SimDoc {
  no: number
  /** Every SAMPLE-th document goes through the whole ingest path and is measured. */
  measured: boolean
  items: PlantedItem[]
  /** Per item; null when the text is too short to fingerprint (or a filler re-carry, never indexed). */
  fingerprints: (Fingerprint | null)[]
  /** Measured documents only: what the ingest planner reads of each item. */
  texts?: ItemText[]
}

export interface ProducerOptions {
  sample: number
  /** Documents per message. */
  chunk: number
}

/** Titles and plain text of a scale-corpus document's items (the XML is the corpus's own, regular). */
export function textsOf(xml: string): ItemText[] {
  return xml
    .split('<item>')
    .slice(1)
    .map((item) => ({
      title: item.match(/<title>(.*?)<\/title>/)?.[1] ?? '',
      content: (item.match(/CDATA\[([\s\S]*?)\]\]>/)?.[1] ?? '').replace(/<[^>]+>/g, '\n'),
    }))
}

function simDoc(no: number, doc: ScaleDoc, sample: number): SimDoc {
  const measured = no % sample === 0
  const texts = textsOf(doc.xml)
  const fingerprints = doc.items.map((p, i) =>
    // Filler documents index only their new stories: their re-carries are never looked up.
    !measured && p.kind === 'recarry' ? null : storyFingerprint(`${texts[i].title}\n${texts[i].content}`),
  )
  return { no, measured, items: doc.items, fingerprints, texts: measured ? texts : undefined }
}

if (parentPort) {
  const port = parentPort
  const { sample, chunk } = workerData as ProducerOptions
  const docs = scaleDocs()
  let no = 0
  port.on('message', (credit: number) => {
    for (let c = 0; c < credit; c++) {
      const out: SimDoc[] = []
      for (let i = 0; i < chunk; i++) out.push(simDoc(no++, docs.next().value as ScaleDoc, sample))
      port.postMessage(out)
    }
  })
}
