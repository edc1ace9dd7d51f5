import {chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {beforeEach, describe, expect, it} from 'vitest'
import {applyEdits, safeEdits} from '../src/fix.js'
import {cli, seed} from './helpers.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-fix-'))
})

const put = (name: string, value: string | Uint8Array) => {
  const file = path.join(dir, name)
  writeFileSync(file, value)
  return file
}

// The seed with exactly its five safe fixes: the title (an error), the doubled phrase,
// the two doubled spaces in the byline and the caption printed twice.
const seedFixed = seed
  .replace('U.S. State Secretary Antony Blinken to visit', 'U.S. Secretary of State Antony Blinken to visit')
  .replace('protect innocent life and to and to try', 'protect innocent life and to try')
  .replace('Story by \u00a0ANI | Posted by \u00a0Tripti', 'Story by ANI | Posted by Tripti')
  .replace('Antony Blinken\nU.S. Secretary of State Antony Blinken\n', 'Antony Blinken\n')

describe('--fix', () => {
  it('fixes the seed’s doubled phrase, title, byline spaces and repeated caption, leaves every other byte alone, and is idempotent', () => {
    const file = put('article.txt', seed)
    chmodSync(file, 0o640)
    const first = cli(['--fix', 'article.txt'], {cwd: dir})
    expect(readFileSync(file, 'utf8')).toBe(seedFixed)
    expect(seedFixed).not.toBe(seed)
    expect(statSync(file).mode & 0o777).toBe(0o640)
    // What is left is reported; nothing left is an error, so exit 0.
    expect(first.code).toBe(0)
    expect(first.stdout).not.toContain('official-title')
    expect(first.stdout).not.toContain('repeated-words')
    expect(first.stdout.trim().split('\n').at(-1)).toMatch(/; fixed 5 problems$/)

    const second = cli(['--fix', 'article.txt'], {cwd: dir})
    expect(readFileSync(file, 'utf8')).toBe(seedFixed)
    expect(second.stdout).not.toContain('fixed')
    expect(second.stdout.replace(/\s+$/, '')).toBe(first.stdout.replace(/; fixed 5 problems/, '').replace(/\s+$/, ''))
  })

  it('keeps CRLF line endings and leaves no temporary file behind', () => {
    const crlf = seed.replace(/\r?\n/g, '\r\n')
    const file = put('crlf.txt', crlf)
    cli(['--fix', 'crlf.txt'], {cwd: dir})
    expect(readFileSync(file, 'utf8')).toBe(seedFixed.replace(/\r?\n/g, '\r\n'))
    expect(readFileSync(file, 'utf8')).not.toMatch(/[^\r]\n/)
    expect(readdirSync(dir)).toEqual(['crlf.txt'])
  })

  it('writes UTF-16 files back as UTF-16 with their byte-order mark', () => {
    const text = '\uFEFFIt was the the end.\n'
    const file = put('wide.txt', Buffer.from(text, 'utf16le'))
    cli(['--fix', 'wide.txt'], {cwd: dir})
    expect(readFileSync(file).equals(Buffer.from('\uFEFFIt was the end.\n', 'utf16le'))).toBe(true)
  })

  it('leaves a read-only file untouched, says so on one line and exits 2', () => {
    const file = put('locked.txt', 'It was the the end.\n')
    chmodSync(file, 0o444)
    const other = put('other.txt', 'And and so on.\n')
    const run = cli(['--fix', 'locked.txt', 'other.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: locked.txt: not fixed: permission denied\n')
    expect(readFileSync(file, 'utf8')).toBe('It was the the end.\n')
    // The other file is still fixed, and the locked one still reported as it stands.
    expect(readFileSync(other, 'utf8')).toBe('And so on.\n')
    expect(run.stdout).toContain('locked.txt\n1:8-1:15 warning Unexpected repeated `the`')
  })

  it('refuses to --fix stdin', () => {
    const run = cli(['--fix'], {input: 'the the'})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: --fix rewrites files, not stdin; use --fix-dry-run to see the fixes as a diff\n')
  })
})

describe('--fix-dry-run', () => {
  it('prints a unified diff of the safe fixes and changes nothing', () => {
    const file = put('article.txt', seed)
    const run = cli(['--fix-dry-run', 'article.txt'], {cwd: dir})
    expect(readFileSync(file, 'utf8')).toBe(seed)
    const changed = run.stdout.split('\n').filter((line) => /^[-+][^-+]/.test(line))
    expect(changed).toEqual([
      '-U.S. State Secretary Antony Blinken to visit Israel on Friday',
      '+U.S. Secretary of State Antony Blinken to visit Israel on Friday',
      '-Story by \u00a0ANI | Posted by \u00a0Tripti Nath | Date 01-11-2023',
      '+Story by ANI | Posted by Tripti Nath | Date 01-11-2023',
      '-U.S. Secretary of State Antony Blinken',
      expect.stringMatching(/^-John Kirby that .*protect innocent life and to and to try/),
      expect.stringMatching(/^\+John Kirby that .*protect innocent life and to try/)
    ])
    expect(run.stdout).toContain('--- a/article.txt\n+++ b/article.txt\n')
    expect(run.stderr).toMatch(/^copydesk: 1 file checked: .*; fixed 5 problems\n$/)
  })
})

describe('--fix-dry-run with --output-html', () => {
  it('highlights what is left at its place in the fixed text', () => {
    put('draft.txt', 'It was the the end. We used e-mail.\n')
    const run = cli(['--fix-dry-run', 'draft.txt', '--output-html', 'report.html'], {cwd: dir})
    expect(run.stdout).toContain('+It was the end. We used e-mail.')
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8')
    expect(html).toMatch(/<mark class="sev-warning last" data-f="1" data-rule-id="terminology" data-at="\d+" data-n="1" title="[^"]*">e-mail<\/mark>/)
    expect(html).toContain('It was the end. We used ')
  })
})

describe('safe edits', () => {
  const message = (file: VFile, start: number, end: number, ruleId: string, expected: string[]) => {
    const lines = (offset: number) => ({line: 1, column: offset + 1, offset})
    const result = file.message('x', {place: {start: lines(start), end: lines(end)}, ruleId})
    result.expected = expected
  }

  it('takes fixable rules with one suggestion, and never two edits that overlap', () => {
    const file = new VFile('abcdefghij')
    message(file, 0, 4, 'repeated-words', ['X'])
    message(file, 2, 6, 'repeated-words', ['Y']) // overlaps the first: waits
    message(file, 6, 6, 'indefinite-article', ['+'])
    message(file, 6, 6, 'indefinite-article', ['-']) // second insertion at one point: waits
    message(file, 7, 8, 'spelling-consistency', ['Z']) // not a fixable rule
    message(file, 8, 9, 'repeated-words', ['P', 'Q']) // two choices: not safe
    const edits = safeEdits(file)
    expect(edits.map((edit) => edit.value)).toEqual(['X', '+'])
    expect(applyEdits('abcdefghij', edits)).toBe('Xef+ghij')
  })

  it('writes a line break in a fix as the text’s own', () => {
    expect(applyEdits('a\r\nb', [{start: 1, end: 1, value: '\nc', ruleId: 'x'}])).toBe('a\r\nc\r\nb')
  })
})
