// Part of npm run lint: no line of src/ is wider than MAX_COLUMNS (Biome's formatter wraps code
// at 110 but leaves strings, comments and template literals as written). Columns are code points,
// as editors count them. A line may stay longer only when the comment lines right above it say
// why, one of them starting with "long line:" (a regex that reads as one piece, for instance).
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const MAX_COLUMNS = 120
const ROOTS = ['src']
const EXTENSIONS = /\.(ts|tsx|mjs|js)$/
const COMMENT = /^\s*(\/\/|\*|\/\*)/
const WAIVER = /long line:/

/** Whether the comment lines directly above line i explain why it is long. */
function waived(lines, i) {
  for (let j = i - 1; j >= 0 && COMMENT.test(lines[j]); j--) if (WAIVER.test(lines[j])) return true
  return false
}

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (EXTENSIONS.test(entry.name)) yield path
  }
}

const problems = []
for (const root of ROOTS) {
  for (const file of files(root)) {
    const lines = readFileSync(file, 'utf8').split('\n')
    lines.forEach((line, i) => {
      const columns = [...line].length
      if (columns > MAX_COLUMNS && !waived(lines, i)) problems.push(`${file}:${i + 1}: ${columns} columns`)
    })
  }
}

if (problems.length) {
  console.error(problems.join('\n'))
  console.error(
    `\n${problems.length} line(s) of ${ROOTS.join(', ')}/ over ${MAX_COLUMNS} columns: wrap the string, comment or ` +
      'SQL (or, for a regex that must stay whole, put a "// long line: <why>" comment above it).',
  )
  process.exit(1)
}
