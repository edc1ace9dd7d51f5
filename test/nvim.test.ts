/**
 * A real editor as the client: Debian's Neovim (built-in LSP client), run
 * headless, attaches copydesk-language-server to a copy of the seed story,
 * applies the quick fix for the doubled phrase, and reports the buffer text.
 */
import {spawnSync} from 'node:child_process'
import {copyFileSync, existsSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {root, seed, seedPath} from './helpers.js'

const nvim = ['/usr/bin/nvim', '/usr/local/bin/nvim'].find((candidate) => existsSync(candidate))

describe('Neovim as LSP client', () => {
  it('shows the seed story’s diagnostics and applies the quick fix for “and to and to”', () => {
    if (!nvim) throw new Error('neovim is not installed: run `apt-get install -y neovim` (.ci/run does)')
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-nvim-'))
    const story = path.join(dir, 'article.txt')
    copyFileSync(seedPath, story)
    const out = path.join(dir, 'result.json')
    const run = spawnSync(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(root, 'test/nvim/client.lua')}`], {
      env: {...process.env, STORY: story, SERVER: path.join(root, 'dist/language-server.cjs'), OUT: out, HOME: dir, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir},
      encoding: 'utf8',
      timeout: 60_000
    })
    expect(existsSync(out), `neovim wrote no result: ${run.stderr}`).toBe(true)
    const result = JSON.parse(readFileSync(out, 'utf8'))
    expect(result.error).toBeUndefined()
    expect(result.diagnostics).toHaveLength(lint(seed).messages.length)
    expect(result.diagnostics).toContainEqual({lnum: 26, col: 244, end_lnum: 26, end_col: 257, code: 'repeated-words', severity: 2, message: 'Unexpected repeated `and to`, remove one occurrence'})
    expect(result.diagnostics).toContainEqual(expect.objectContaining({lnum: 0, col: 5, end_col: 20, code: 'official-title', severity: 1}))
    expect(result.actions).toEqual([
      {title: 'Replace with “and to”', kind: 'quickfix', isPreferred: true},
      {title: 'Fix all safe copydesk problems (5)', kind: 'source.fixAll.copydesk', isPreferred: false}
    ])
    expect(result.text).toBe(seed.replace('protect innocent life and to and to try', 'protect innocent life and to try'))
    expect(result.after).not.toContain('repeated-words')
    expect(result.after).toContain('official-title')
    // The file itself is untouched: the edit is in the buffer.
    expect(readFileSync(story, 'utf8')).toBe(seed)
  })
})
