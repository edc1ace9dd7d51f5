/**
 * `npm run stress`: the full sizes. A 50 MB file through the CLI within a
 * 1 GB heap, and one pathological file among ordinary ones with a time limit.
 */
import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {brown, root} from '../helpers.js'

describe('stress', () => {
  it('lints a 50 MB file within a 1 GB heap', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-stress-'))
    const {texts} = brown(/^c/)
    const corpus = texts.join('\n\n')
    let text = ''
    while (text.length < 50e6) text += corpus
    writeFileSync(path.join(dir, 'archive.txt'), text.slice(0, 50e6))
    writeFileSync(path.join(dir, 'ok.txt'), 'It was the the end.\n')
    const run = spawnSync(process.execPath, ['--max-old-space-size=1024', path.join(root, 'dist/cli.cjs'), 'archive.txt', 'ok.txt', '--reporter', 'json', '--timeout', '600000'], {cwd: dir, encoding: 'utf8', maxBuffer: 1e9})
    expect(run.stderr).toMatch(/^copydesk: 2 files checked: /)
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: unknown[]}>
    expect(files.map((file) => file.path)).toEqual(['archive.txt', 'ok.txt'])
    expect(files[0]!.messages.length).toBeGreaterThan(1000)
  }, 900_000)
})
