/**
 * A file removed after the folder was listed and before it was read: the
 * race is made deterministic by failing that one read with ENOENT, exactly
 * as the file system would.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it, vi} from 'vitest'

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>()
  return {
    ...actual,
    readFile: (async (file: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
      if (String(file).endsWith('vanishing.txt')) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${String(file)}'`), {code: 'ENOENT'})
      return (actual.readFile as (...args: unknown[]) => unknown)(file, ...rest)
    }) as typeof actual.readFile
  }
})

const {main} = await import('../src/cli/main.js')

describe('a file that disappears during the run', () => {
  it('is reported in one line naming it, and the other files are still linted', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-vanish-'))
    mkdirSync(path.join(dir, 'stories'))
    writeFileSync(path.join(dir, 'stories/ok.txt'), 'It was the the end.\n')
    writeFileSync(path.join(dir, 'stories/vanishing.txt'), 'Still here when listed.\n')
    let stdout = ''
    let stderr = ''
    const code = await main(['stories'], {cwd: dir, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), readStdin: async () => '', stdinIsTty: true, stdoutIsTty: false})
    expect(stderr).toBe('copydesk: stories/vanishing.txt: no such file (it may have been removed during the run)\n')
    expect(stdout).toContain('stories/ok.txt\n1:8-1:15 warning Unexpected repeated `the`')
    expect(code).toBe(2)
  })
})
