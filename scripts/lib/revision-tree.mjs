// A git revision's sources checked out beside this tree (node_modules shared), for scripts that run an
// earlier tagger in the same process as this one (tagging-equivalence.mjs, tagger-ab.mjs). package.json
// and tsconfig.json come too: without them tsx loads the TypeScript as CommonJS with other settings, and
// the same tagger ran twice as slow in tagger-ab.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Calls fn(dir) with REV's sources under dir, and removes them afterwards. */
export async function withRevisionTree(root, rev, fn) {
  const dir = mkdtempSync(join(tmpdir(), 'seismo-rev-'))
  try {
    const paths = 'src bench package.json tsconfig.json'
    execFileSync('sh', ['-c', `git -C "${root}" archive "${rev}" ${paths} | tar -x -C "${dir}"`])
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'))
    return await fn(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
