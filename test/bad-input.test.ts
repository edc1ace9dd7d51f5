/**
 * The rest of the bad-input matrix (the first cases are in cli.test.ts):
 * each gets one line naming the file, no stack trace, the documented exit
 * code, and the other files still linted.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {lint} from '../src/lint.js'
import {brown, cli, root, rows} from './helpers.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bad-'))
})

const put = (name: string, value: string) => {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, value)
  return file
}

const ok = 'It was the the end.\n'
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:/)

describe('bad input', () => {
  it('a single line of 1 MB: linted, ranges on that line', () => {
    put('long.txt', 'The council met. '.repeat(60_000) + 'It was the the end.')
    const run = cli(['long.txt', '--reporter', 'json', '--rule', 'missing-end-punctuation=off'], {cwd: dir})
    expect(run.code).toBe(0)
    const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(file!.messages.map((message) => [message.ruleId, message.line, message.column])).toEqual([['repeated-words', 1, 60_000 * 17 + 8]])
  })

  it('Markdown lists and blockquotes nested thousands deep: no stack overflow', () => {
    const quotes = '> '.repeat(5_000) + 'The the end.\n'
    const lists = Array.from({length: 2_000}, (_, depth) => '  '.repeat(depth) + '- item\n').join('') + '\nThe the end.\n'
    put('quotes.md', quotes)
    put('lists.md', lists)
    put('ok.txt', ok)
    const run = cli(['quotes.md', 'lists.md', 'ok.txt'], {cwd: dir})
    noStack(run.stderr)
    expect(run.stdout).toMatch(/ok\.txt\n1:8-1:15 +warning Unexpected repeated `the`/)
    expect(run.stdout).toMatch(/lists\.md\n\d+:1-\d+:8 +warning Unexpected repeated `The`/)
    expect([0, 1]).toContain(run.code)
  })

  it('HTML with unclosed tags is read as a browser would', () => {
    put('broken.html', '<p><b>The fire <i>spread spread quickly<p>Crews arrived <div>late')
    const run = cli(['broken.html', '--reporter', 'json'], {cwd: dir})
    expect(run.code).toBe(0)
    const [file] = JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; actual: string; place: {start: {offset: number}}}>}>
    const doubled = file!.messages.find((message) => message.ruleId === 'repeated-words')!
    expect(doubled.actual).toBe('spread spread')
    expect(doubled.place.start.offset).toBe('<p><b>The fire <i>'.length)
  })

  it('a 3 MB file completes within a 400 MB heap (50 MB in `npm run stress`)', () => {
    const {texts} = brown(/^c[a-f]/)
    let text = ''
    while (text.length < 3e6) text += texts.join('\n\n')
    put('archive.txt', text.slice(0, 3e6))
    const run = spawnSync(process.execPath, ['--max-old-space-size=400', path.join(root, 'dist/cli.cjs'), 'archive.txt', '--reporter', 'json'], {cwd: dir, encoding: 'utf8', maxBuffer: 1e8})
    noStack(run.stderr)
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout)[0].messages.length).toBeGreaterThan(10)
  })

  it('an empty file and a file of white space are clean', () => {
    put('empty.md', '')
    put('blank.html', ' \n\t\r\n')
    const run = cli(['blank.html', 'empty.md'], {cwd: dir})
    expect([run.code, run.stderr]).toEqual([0, ''])
    expect(run.stdout).toBe('blank.html: no issues found\nempty.md: no issues found\n2 files checked: no problems\n')
  })
})

describe('a reader that stops early', () => {
  it('`copydesk story | head`: no stack trace when the pipe closes', () => {
    const story = put('story.txt', 'He crossed the the road.\n'.repeat(3_000))
    const result = spawnSync('bash', ['-c', `node "${path.join(root, 'dist/cli.cjs')}" "${story}" | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`], {encoding: 'utf8'})
    expect(result.stderr).toBe('')
    // Warnings only: the exit code is the one the full report would have had.
    expect(result.status).toBe(0)
  })
})

describe('hostile config', () => {
  it('a config that turns every rule off: no findings, exit 0', () => {
    const ids = cli(['--list-rules']).stdout.split('\n').filter(Boolean).map((line) => line.split(/\s+/)[0]!)
    put('.copydeskrc', JSON.stringify({rules: Object.fromEntries(ids.map((id) => [id, 'off']))}))
    put('a.txt', 'It was the the end. U.S. State Secretary Antony Blinken spoke')
    const run = cli(['a.txt', '--frail'], {cwd: dir})
    expect([run.code, run.stdout]).toEqual([0, 'a.txt: no issues found\n1 file checked: no problems\n'])
  })

  it('wrong option types and unknown rule ids: one line, the closest id suggested', () => {
    put('.copydeskrc', 'rules:\n  terminology: [warning, {files: house.yaml}]\n')
    put('a.txt', ok)
    const types = cli(['a.txt'], {cwd: dir})
    expect(types.code).toBe(2)
    expect(types.stderr).toMatch(/^copydesk: [^\n]*\.copydeskrc: rule `terminology`: option `files` must be a list, not string\n$/)
    put('.copydeskrc', 'rules:\n  spelling-consistancy: off\n')
    const unknown = cli(['a.txt'], {cwd: dir})
    expect(unknown.stderr).toMatch(/unknown rule `spelling-consistancy`; did you mean `spelling-consistency`\?\n$/)
  })

  const terms = (pattern: string) => `terms:\n  - use: in real time\n    pattern: '${pattern}'\n`
  it('a term pattern that is not a regular expression', () => {
    put('house.yaml', terms('in (real-time'))
    put('.copydeskrc', 'rules:\n  terminology: [warning, {files: [house.yaml]}]\n')
    put('a.txt', ok)
    const run = cli(['a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^copydesk: [^\n]*house\.yaml: field `terms\[0\]\.pattern` is not a valid regular expression: [^\n]*\n$/)
  })

  it('a term pattern that can backtrack exponentially is refused before any text is read', () => {
    put('house.yaml', terms('(\\w+\\s?)+$'))
    put('.copydeskrc', 'rules:\n  terminology: [warning, {files: [house.yaml]}]\n')
    put('a.txt', 'a'.repeat(40) + '!')
    const run = cli(['a.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/house\.yaml: field `terms\[0\]\.pattern` `\(\\w\+\\s\?\)\+\$` can backtrack exponentially \(a quantifier inside a quantified group\); rewrite it without nesting\n$/)
  })

  it('judges every pattern but the default rules\' own, which the build judged (dist/safe-patterns.json)', () => {
    const judged = JSON.parse(readFileSync(path.join(root, 'dist/safe-patterns.json'), 'utf8')) as string[]
    const defaults: string[] = []
    JSON.stringify(JSON.parse(readFileSync(path.join(root, 'dist/rules.json'), 'utf8')), (key, value: unknown) => {
      if ((key === 'pattern' || key === 'when' || key === 'unless') && typeof value === 'string') defaults.push(value)
      return value
    })
    expect(defaults.length).toBeGreaterThan(5)
    expect(new Set(judged)).toEqual(new Set(defaults))
    // A sense of the user's own is still judged.
    expect(() => lint('Text.', {rules: {'spelling-consistency': ['warning', {senses: [{us: 'program', uk: 'programme', unless: '(a+)+b'}]}]}})).toThrow(/can backtrack exponentially/)
  })

  it('a safe term pattern works, with groups in the replacement', () => {
    const file = lint('Prices rose in real-time and on real–time markets.', {
      rules: {terminology: ['warning', {files: [put('house.yaml', "terms:\n  - use: $1 real time\n    pattern: '(in|on) real[-–]time'\n")], replaceDefaults: true}]}
    })
    expect(rows(file)).toEqual([
      '1:13-1:25 terminology Unexpected `in real-time`, expected `in real time`',
      '1:30-1:42 terminology Unexpected `on real–time`, expected `on real time`'
    ])
    expect(file.messages.map((message) => message.expected)).toEqual([['in real time'], ['on real time']])
  })
})
