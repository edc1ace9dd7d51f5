/**
 * Vim 9 with ALE (Debian's vim-ale) as a real client, driven in a terminal
 * under tmux: the README's ALE snippet as written, the seed story's
 * diagnostics, a quick fix chosen from ALE's menu, a typed edit, and a
 * `.copydeskrc` changed on disk (ALE has no watcher: the save reads it).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, seedPath} from './helpers.js'

const ale = '/usr/share/vim-ale'
const session = `copydesk-ale-${process.pid}`
let dir: string

interface Item {
  lnum: number
  col: number
  code: string
  type: string
  text: string
}

function tmux(...args: string[]): string {
  const result = spawnSync('tmux', args, {encoding: 'utf8', env: {...process.env, PATH: `${path.join(dir, 'bin')}:${process.env['PATH']}`}})
  if (result.status !== 0) throw new Error(`tmux ${args[0]}: ${result.stderr}`)
  return result.stdout
}

/** Run an Ex command in the Vim under tmux. */
function ex(command: string): void {
  tmux('send-keys', '-t', session, `:${command}`, 'Enter')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** ALE's diagnostics for the buffer, polled until `done` holds (or 30 s). */
async function diagnostics(done: (items: Item[]) => boolean): Promise<Item[]> {
  const file = path.join(dir, 'loclist.json')
  let items: Item[] = []
  for (let attempt = 0; attempt < 60; attempt++) {
    ex(`call Dump('${file}')`)
    await sleep(500)
    if (existsSync(file)) {
      items = JSON.parse(readFileSync(file, 'utf8')) as Item[]
      if (done(items)) return items
    }
  }

  return items
}

async function buffer(): Promise<string> {
  const file = path.join(dir, 'buffer.txt')
  ex(`call writefile(getline(1, '$'), '${file}')`)
  await sleep(300)
  return readFileSync(file, 'utf8')
}

describe('Vim + ALE (tmux)', () => {
  beforeAll(() => {
    for (const [what, where] of [['tmux', '/usr/bin/tmux'], ['vim', '/usr/bin/vim'], ['vim-ale', ale]]) {
      if (!existsSync(where!)) throw new Error(`${what} is not installed: run \`apt-get install -y vim tmux vim-ale\` (.ci/run does)`)
    }

    dir = mkdtempSync(path.join(tmpdir(), 'copydesk-ale-'))
    mkdirSync(path.join(dir, 'bin'))
    symlinkSync(path.join(root, 'dist/language-server.js'), path.join(dir, 'bin/copydesk-language-server'))
    mkdirSync(path.join(dir, 'story'))
    // A writable copy (../shared is read-only, and the test saves the file).
    writeFileSync(path.join(dir, 'story/seed.txt'), readFileSync(seedPath))
    // The README's snippet, exactly as printed there.
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
    const snippet = /```vim\n(" copydesk for Vim's ALE[\s\S]*?)```/.exec(readme)![1]!
    writeFileSync(path.join(dir, 'copydesk.vim'), snippet)
    writeFileSync(
      path.join(dir, 'vimrc'),
      [
        'set nocompatible',
        `set runtimepath^=${ale}`,
        'filetype plugin on',
        "let g:ale_linters = {'text': ['copydesk'], 'markdown': ['copydesk']}",
        "let g:ale_lint_on_text_changed = 'always'",
        'let g:ale_lint_delay = 100',
        `source ${path.join(dir, 'copydesk.vim')}`,
        'function! Dump(file) abort',
        "  let l:items = map(copy(ale#engine#GetLoclist(bufnr(''))), {_, v -> {'lnum': v.lnum, 'col': v.col, 'code': get(v, 'code', ''), 'type': v.type, 'text': v.text}})",
        '  call writefile([json_encode(l:items)], a:file)',
        'endfunction',
        ''
      ].join('\n')
    )
    tmux('new-session', '-d', '-s', session, '-x', '200', '-y', '50', `vim -u ${path.join(dir, 'vimrc')} ${path.join(dir, 'story/seed.txt')}`)
  })

  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', session])
  })

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
    let screen = ''
    for (let attempt = 0; attempt < 20 && !screen.includes('Type number'); attempt++) {
      await sleep(250)
      screen = tmux('capture-pane', '-t', session, '-p')
    }

    expect(screen).toContain('1) Replace with “and to”')
    tmux('send-keys', '-t', session, '1', 'Enter')
    const fixed = await diagnostics((items) => !items.some((item) => item.code === 'repeated-words'))
    expect(fixed.length).toBe(26)
    // writefile() ends every line with a newline, the last one too.
    expect((await buffer()).replace(/\n$/, '')).toBe(seed.replace('and to and to', 'and to').replace(/\n$/, ''))

    // A typed doubled word is flagged.
    tmux('send-keys', '-t', session, 'gg0iThe the ', 'Escape')
    const typed = await diagnostics((items) => items.some((item) => item.code === 'repeated-words' && item.lnum === 1))
    expect(typed.find((item) => item.code === 'repeated-words')).toMatchObject({lnum: 1, col: 1, type: 'W'})

    // A .copydeskrc written on disk: read on the next save.
    writeFileSync(path.join(dir, 'story/.copydeskrc'), 'rules:\n  repeated-words: error\n')
    ex('w')
    const saved = await diagnostics((items) => items.some((item) => item.code === 'repeated-words' && item.type === 'E'))
    expect(saved.find((item) => item.code === 'repeated-words')).toMatchObject({lnum: 1, col: 1, type: 'E'})
  }, 120_000)
})
