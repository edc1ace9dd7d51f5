/**
 * Batch runs: worker threads (same report as one thread, in the same order),
 * --shard, --max-file-size, --timeout, progress only on terminals, and
 * sectioned linting of very large files.
 */
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint, sectionChars} from '../src/lint.js'
import {inShard, Progress} from '../src/cli/run.js'
import {brown, cli, rows} from './helpers.js'

function archive(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-batch-'))
  const {texts} = brown(/^c[a-r]0[1-2]/)
  for (let index = 0; index < count; index++) writeFileSync(path.join(dir, `story-${String(index).padStart(2, '0')}.txt`), texts[index % texts.length]! + (index % 3 === 0 ? '\nIt was the the end.\n' : ''))
  return dir
}

describe('worker threads', () => {
  it('give the same report, in the same order, as one thread', () => {
    const dir = archive(12)
    const pooled = cli(['.', '--reporter', 'json', '--jobs', '2'], {cwd: dir})
    const single = cli(['.', '--reporter', 'json', '--jobs', '1'], {cwd: dir})
    expect(pooled.stdout).toBe(single.stdout)
    expect(pooled.code).toBe(single.code)
    const paths = (JSON.parse(pooled.stdout) as Array<{path: string}>).map((file) => file.path)
    expect(paths).toEqual([...paths].sort())
    expect(paths).toHaveLength(12)
  })

  it('print no progress when stderr is not a terminal', () => {
    const dir = archive(6)
    const run = cli(['.', '--reporter', 'json'], {cwd: dir})
    expect(run.stderr).toMatch(/^copydesk: 6 files checked: [^\n]*\n$/)
  })
})

describe('progress', () => {
  it('shows files done, words per second and findings on one rewritten line, and clears it', () => {
    let out = ''
    const progress = new Progress(2, (text) => (out += text))
    progress.done('one two three', 1)
    progress.done('four five', 2)
    progress.end()
    expect(out).toMatch(/^\r\x1b\[Kcopydesk: 1\/2 files · [\d,]+ words\/s · 1 findings\r\x1b\[Kcopydesk: 2\/2 files · [\d,]+ words\/s · 3 findings\r\x1b\[K$/)
  })
})

describe('--shard i/n', () => {
  it('splits the files into disjoint parts that together are all of them', () => {
    const dir = archive(20)
    const listed = (shard: string) => (JSON.parse(cli(['.', '--reporter', 'json', '--shard', shard, '--rule', 'repeated-words=off'], {cwd: dir}).stdout) as Array<{path: string}>).map((file) => file.path)
    const parts = ['1/3', '2/3', '3/3'].map(listed)
    const all = parts.flat()
    expect(new Set(all).size).toBe(20)
    expect(all).toHaveLength(20)
    expect(parts.every((part) => part.length > 0)).toBe(true)
  })

  it('assigns a file by its name alone, so any job computes the same split', () => {
    expect(inShard('stories/a.md', {index: 1, count: 1})).toBe(true)
    const names = Array.from({length: 100}, (_, index) => `desk/story-${index}.md`)
    const counts = [1, 2, 3, 4].map((index) => names.filter((name) => inShard(name, {index, count: 4})).length)
    expect(counts.reduce((a, b) => a + b)).toBe(100)
    expect(Math.min(...counts)).toBeGreaterThan(10)
    expect(inShard('desk\\story-1.md', {index: 2, count: 4})).toBe(inShard('desk/story-1.md', {index: 2, count: 4}))
  })

  it('rejects a malformed shard', () => {
    const run = cli(['.', '--shard', '4/3'])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('copydesk: --shard must be i/n with 1 <= i <= n (such as 2/4), not `4/3`')
  })
})

describe('limits', () => {
  it('--max-file-size skips a larger file with a warning and lints the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-size-'))
    writeFileSync(path.join(dir, 'big.txt'), 'Word '.repeat(300_000))
    writeFileSync(path.join(dir, 'small.txt'), 'It was the the end.\n')
    const run = cli(['big.txt', 'small.txt', '--max-file-size', '1m'], {cwd: dir})
    expect(run.stderr).toBe('copydesk: big.txt: skipped: 1,500,000 bytes is more than --max-file-size 1,048,576\n')
    expect(run.stdout).toContain('small.txt\n1:8-1:15 warning Unexpected repeated `the`')
    expect(run.code).toBe(0)
  })

  it('--timeout reports a file that takes too long and moves on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-timeout-'))
    writeFileSync(path.join(dir, 'slow.txt'), brown(/^c[ab]/).texts.join('\n\n'))
    writeFileSync(path.join(dir, 'quick.txt'), 'It was the the end.\n')
    const run = cli(['slow.txt', 'quick.txt', '--timeout', '300'], {cwd: dir})
    expect(run.stderr).toBe('copydesk: slow.txt: took longer than 300 ms; skipped (raise the limit with --timeout)\n')
    expect(run.stdout).toContain('quick.txt\n1:8-1:15 warning Unexpected repeated `the`')
    expect(run.code).toBe(2)
  })
})

describe('very large files', () => {
  it('are linted in sections, with every message at its place in the whole file', () => {
    const paragraph = 'The council met on Tuesday and voted on the budget for the coming year.\n\n'
    const filler = paragraph.repeat(Math.ceil((sectionChars * 2.5) / paragraph.length))
    const text = filler + 'It was the the end.\n\n' + filler + 'A storm hit the the coast.\n'
    const file = lint(text, {rules: {'missing-end-punctuation': 'off', 'duplicate-text': 'off'}})
    const line = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length
    expect(rows(file)).toEqual([
      `${line('It was the the')}:8-${line('It was the the')}:15 repeated-words Unexpected repeated \`the\`, remove one occurrence`,
      `${line('A storm hit')}:13-${line('A storm hit')}:20 repeated-words Unexpected repeated \`the\`, remove one occurrence`
    ])
    const offsets = file.messages.map((message) => (message.place as {start: {offset: number}}).start.offset)
    expect(offsets.map((offset) => text.slice(offset, offset + 7))).toEqual(['the the', 'the the'])
  })
})
