/**
 * npm run fidelity: compares Seismo's parser with @rowanmanning/feed-parser over every fixture
 * and writes docs/fidelity.md (see bench/lib/fidelity-report.ts). Exits 1 when a difference has
 * no explanation, so the report can never silently drift from the parsers.
 * `npm run fidelity -- --check` (part of npm test) writes nothing and also exits 1 when
 * docs/fidelity.md is not the report of the current parser and fixtures. It runs under Node:
 * feed-parser is a CommonJS package that does not load in workerd.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { type FidelityFixture, fidelityReport } from './lib/fidelity-report'

const DIR = new URL('../test/fixtures/feeds/', import.meta.url)
const EXPECTED = '.expected.json'

function loadFixtures(): FidelityFixture[] {
  return readdirSync(DIR)
    .filter((f) => !f.endsWith(EXPECTED))
    .sort((a, b) => a.localeCompare(b))
    .map((file) => ({
      file,
      text: readFileSync(new URL(file, DIR), 'utf8'),
      expected: JSON.parse(readFileSync(new URL(file.replace(/\.[^.]+$/, EXPECTED), DIR), 'utf8')),
    }))
}

const DOC = new URL('../docs/fidelity.md', import.meta.url)

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = fidelityReport(loadFixtures())
  const check = process.argv.includes('--check')
  if (report.problems.length) console.error(`unexplained differences:\n${report.problems.join('\n')}`)
  if (check) {
    const stale = readFileSync(DOC, 'utf8') !== report.markdown
    if (stale) console.error('docs/fidelity.md is stale: run npm run fidelity')
    else if (!report.problems.length)
      console.log('docs/fidelity.md is current; every difference is explained')
    if (stale || report.problems.length) process.exit(1)
  } else {
    writeFileSync(DOC, report.markdown)
    console.log(
      report.markdown.slice(report.markdown.indexOf('## Totals'), report.markdown.indexOf('## Every')),
    )
    if (report.problems.length) process.exit(1)
  }
}
