/**
 * Vim 9 with ALE (Debian's vim-ale) as a real client, driven in a terminal
 * under tmux: the README's ALE snippet as written, the seed story's
 * diagnostics, a quick fix chosen from ALE's menu, a typed edit, and a
 * `.copydeskrc` changed on disk (ALE has no watcher: the save reads it).
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, seedPath} from './helpers.js'
import {sleep, Terminal} from './tmux.js'

const ale = '/usr/share/vim-ale'

interface Item {
  lnum: number
  col: number
  code: string
  type: string
  text: string
}

describe('Vim + ALE (tmux)', () => {
  let vim: Terminal
  const ex = (command: string) => vim.keys(`:${command}`, 'Enter')
  const diagnostics = async (done: (items: Item[]) => boolean) => (await vim.poll<Item[]>((file) => ex(`call Dump('${file}')`), done)) ?? []

  beforeAll(() => {
    for (const [what, where] of [['tmux', '/usr/bin/tmux'], ['vim', '/usr/bin/vim'], ['vim-ale', ale]]) {
      if (!existsSync(where!)) throw new Error(`${what} is not installed: run \`apt-get install -y vim tmux vim-ale\` (.ci/run does)`)
    }

    vim = new Terminal('ale')
    mkdirSync(path.join(vim.dir, 'story'))
    // A writable copy (../shared is read-only, and the test saves the file).
    writeFileSync(path.join(vim.dir, 'story/seed.txt'), readFileSync(seedPath))
    // The README's snippet, exactly as printed there.
    const snippet = /```vim\n(" copydesk for Vim's ALE[\s\S]*?)```/.exec(readFileSync(path.join(root, 'README.md'), 'utf8'))![1]!
    writeFileSync(path.join(vim.dir, 'copydesk.vim'), snippet)
    writeFileSync(
      path.join(vim.dir, 'vimrc'),
      [
        'set nocompatible',
        `set runtimepath^=${ale}`,
        'filetype plugin on',
        "let g:ale_linters = {'text': ['copydesk'], 'markdown': ['copydesk']}",
        "let g:ale_lint_on_text_changed = 'always'",
        'let g:ale_lint_delay = 100',
        `source ${path.join(vim.dir, 'copydesk.vim')}`,
        'function! Dump(file) abort',
        "  let l:items = map(copy(ale#engine#GetLoclist(bufnr(''))), {_, v -> {'lnum': v.lnum, 'col': v.col, 'code': get(v, 'code', ''), 'type': v.type, 'text': v.text}})",
        '  call writefile([json_encode(l:items)], a:file)',
        'endfunction',
        ''
      ].join('\n')
    )
    vim.start(`vim -u ${path.join(vim.dir, 'vimrc')} ${path.join(vim.dir, 'story/seed.txt')}`)
  })

  afterAll(() => vim?.stop())

  it('shows the seed story’s diagnostics, applies a quick fix, re-lints an edit and reads a changed .copydeskrc on save', async () => {
    const seed = readFileSync(seedPath, 'utf8')
    const first = await diagnostics((items) => items.length >= 17)
    expect(first.length).toBe(27)
    expect(first[0]).toEqual({lnum: 1, col: 6, code: 'official-title', type: 'E', text: 'The U.S. office is `Secretary of State`, not `State Secretary`: Antony Blinken held it'})
    const doubled = first.find((item) => item.code === 'repeated-words')!
    expect(doubled.text).toBe('Unexpected repeated `and to`, remove one occurrence')

    // The quick fix, from ALE's code action menu: "1) Replace with “and to”".
    ex(`call cursor(${doubled.lnum}, 1) | call search('and to and to', 'c') | normal! 7l`)
    ex('ALECodeAction')
    expect(await vim.waitFor('Type number')).toContain('1) Replace with “and to”')
    vim.keys('1', 'Enter')
    const fixed = await diagnostics((items) => !items.some((item) => item.code === 'repeated-words'))
    expect(fixed.length).toBe(26)
    const buffer = path.join(vim.dir, 'buffer.txt')
    ex(`call writefile(getline(1, '$'), '${buffer}')`)
    await sleep(300)
    // writefile() ends every line with a newline, the last one too.
    expect(readFileSync(buffer, 'utf8').replace(/\n$/, '')).toBe(seed.replace('and to and to', 'and to').replace(/\n$/, ''))

    // A typed doubled word is flagged.
    vim.keys('gg0iThe the ', 'Escape')
    const typed = await diagnostics((items) => items.some((item) => item.code === 'repeated-words' && item.lnum === 1))
    expect(typed.find((item) => item.code === 'repeated-words')).toMatchObject({lnum: 1, col: 1, type: 'W'})

    // A .copydeskrc written on disk: read on the next save.
    writeFileSync(path.join(vim.dir, 'story/.copydeskrc'), 'rules:\n  repeated-words: error\n')
    ex('w')
    const saved = await diagnostics((items) => items.some((item) => item.code === 'repeated-words' && item.type === 'E'))
    expect(saved.find((item) => item.code === 'repeated-words')).toMatchObject({lnum: 1, col: 1, type: 'E'})
  }, 120_000)
})
