// The generated weights modules (src/tagging/veto-weights.ts, src/tagging/records/fill-weights.ts): one writer
// for both trainers, so the two files keep one layout and --check means the same thing for each.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Renders `export const NAME = {...}` after the header comment lines (weights on a long line of their own),
 * then: with `check`, exits 0 when the file on disk is byte for byte that text and 1 otherwise; with `dryRun`,
 * writes nothing; else writes it.
 */
export function emitWeightsModule({ root, out, name, header, model, check, dryRun }) {
  const text =
    header.map((line) => `// ${line}\n`).join('') +
    `export const ${name} = {\n${Object.entries(model)
      .map(([k, v]) =>
        k === 'weights'
          ? `  ${k}:\n    // long line: int16 little-endian weights, base64, one per table slot\n    '${v}',`
          : `  ${k}: ${typeof v === 'string' ? `'${v}'` : v},`,
      )
      .join('\n')}\n}\n`
  if (check) {
    const same = readFileSync(join(root, out), 'utf8') === text
    console.log(same ? `${out} is what this script writes` : `${out} differs from what this script writes`)
    process.exit(same ? 0 : 1)
  }
  if (!dryRun) {
    writeFileSync(join(root, out), text)
    console.log(`wrote ${out} (${text.length} bytes)`)
  }
}

/** Weights as shipped: int16 little-endian, scaled so the largest magnitude is 32767 (scale = one step). */
export function quantiseInt16(w) {
  let max = 0
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]))
  const scale = max > 0 ? max / 32767 : 0
  const bytes = Buffer.alloc(w.length * 2)
  for (let i = 0; i < w.length; i++) bytes.writeInt16LE(scale ? Math.round(w[i] / scale) : 0, i * 2)
  return { scale, bytes }
}
