import { readFileSync } from 'node:fs'
import { tsImport } from 'tsx/esm/api'
const root = '/work/main'
const { buildTagger } = await tsImport(root + '/src/tagging/tagger.ts', import.meta.url)
const { taxonomyFromDocument } = await tsImport(root + '/src/tagging/taxonomy.ts', import.meta.url)
const doc = JSON.parse(readFileSync(root + '/src/tagging/taxonomy.default.json', 'utf8'))
const tagger = buildTagger(taxonomyFromDocument(doc, 1))
const gold = readFileSync(root + '/test/fixtures/tagging-gold.jsonl', 'utf8').split('\n').filter(Boolean).map(JSON.parse)
const TAG = new Set(['reported', 'planned', 'denied'])
const stats = { goldNoSrc: 0, goldNone: 0, goldTot: 0, predTot: 0, predNone: 0, predNoneWrong: 0, predNoSrc: 0, predNoSrcWrong: 0, faSnips: 0, faSnipsRoleless: 0, faSnipsNoSrc: 0 }
for (const g of gold) {
  const r = tagger.tag({ title: g.title, content: g.body, lang: g.lang, publishedAt: Date.parse(g.published) })
  const gev = new Set(g.events)
  const pred = r.records.filter((x) => TAG.has(x.modality))
  for (const x of g.records.filter((x) => TAG.has(x.modality))) { stats.goldTot++; if (!x.source && !x.target) stats.goldNone++; if (!x.source) stats.goldNoSrc++ }
  for (const x of pred) {
    stats.predTot++
    const wrong = !gev.has(x.event)
    if (!x.source && !x.target) { stats.predNone++; if (wrong) stats.predNoneWrong++ }
    if (!x.source) { stats.predNoSrc++; if (wrong) stats.predNoSrcWrong++ }
  }
  if (g.events.length === 0 && pred.length) {
    stats.faSnips++
    if (pred.every((x) => !x.source && !x.target)) stats.faSnipsRoleless++
    if (pred.every((x) => !x.source)) stats.faSnipsNoSrc++
  }
}
console.log(stats)
