import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {beforeEach, describe, expect, it} from 'vitest'
import {brown, cli, root, seedPath, shared} from './helpers.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'copydesk-cli-'))
})

const write = (name: string, value: string | Uint8Array) => {
  const file = path.join(dir, name)
  mkdirSync(path.dirname(file), {recursive: true})
  writeFileSync(file, value)
  return file
}

describe('copydesk CLI', () => {
  it('reports the seed story in the default format and exits 1 for its wrong title (an error)', () => {
    const run = cli([seedPath])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('27:245-27:258 warning Unexpected repeated `and to`, remove one occurrence')
    expect(run.stdout).toContain('1:6-1:21      error   The U.S. office is `Secretary of State`, not `State Secretary`')
    expect(run.stderr).toBe('')
  })

  it('reads files a config names relative to that config, from any working folder', () => {
    write('stories/terms.yaml', 'terms:\n  - use: gadget\n    replace: [widget]\n')
    write('stories/.copydeskrc', 'rules:\n  terminology:\n    files: [terms.yaml]\n')
    write('stories/a.txt', 'The widget broke.\n')
    for (const [cwd, file] of [[dir, 'stories/a.txt'], [path.join(dir, 'stories'), 'a.txt']] as const) {
      const run = cli(['--reporter', 'json', file], {cwd})
      expect([run.code, run.stderr]).toEqual([0, 'copydesk: 1 file checked: 1 warning (terminology 1)\n'])
      expect(JSON.parse(run.stdout)[0].messages.map((message: {reason: string}) => message.reason)).toEqual(['Unexpected `widget`, expected `gadget`'])
    }
  })

  it('exits 0 when only warnings remain', () => {
    expect(cli([seedPath, '--rule', 'official-title=warning']).code).toBe(0)
  })

  it('exits 1 with --frail on warnings, and 1 for errors', () => {
    write('a.txt', 'The the cat sat.\n')
    expect(cli(['a.txt', '--frail'], {cwd: dir}).code).toBe(1)
    expect(cli(['a.txt', '--rule', 'repeated-words=error'], {cwd: dir}).code).toBe(1)
    expect(cli(['a.txt', '--rule', 'repeated-words=off', '--frail'], {cwd: dir}).code).toBe(0)
  })

  it('says in the JSON report which story date each file was checked against, and where it came from', () => {
    const dates = (args: string[], input: string) => (JSON.parse(cli(['--reporter', 'json', '--no-config', ...args], {input}).stdout) as Array<{date: unknown}>)[0]!.date
    const byline = 'Talks go on\n\nBy Dana Whitfield | March 14, 2024\n\nThe council met on Thursday.\n'
    expect(dates([], byline)).toEqual({date: '2024-03-14', source: 'byline', text: 'March 14, 2024'})
    expect(dates(['--date', '2023-11-01'], byline)).toEqual({date: '2023-11-01', source: 'option', text: '2023-11-01'})
    // An ambiguous date: the reading taken (month first in US copy) and the other one.
    expect(dates([], 'Talks go on\n\nBy Tripti Nath | Date 01-11-2023\n\nThe council met.\n')).toEqual({
      date: '2023-01-11',
      source: 'byline',
      text: '01-11-2023',
      alternative: '2023-11-01'
    })
    // No date in the story: today's, and the report says so; `--date none`: none.
    expect(dates([], 'The council met on Thursday.\n')).toMatchObject({source: 'today'})
    expect(dates(['--date', 'none'], 'The council met on Thursday.\n')).toBeNull()
  })

  it('reads stdin when given no file or `-`, as plain text unless named', () => {
    const run = cli(['--reporter', 'json'], {input: 'It was the the end.'})
    expect(run.code).toBe(0)
    const [file] = JSON.parse(run.stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(file!.path).toBe('<stdin>')
    expect(file!.messages[0]).toMatchObject({
      ruleId: 'repeated-words',
      source: 'copydesk',
      line: 1,
      column: 8,
      actual: 'the the',
      expected: ['the'],
      fatal: false
    })
    const markdown = cli(['-', '--stdin-filename', 'x.md', '--reporter', 'json'], {input: '`the the` and the the.'})
    expect((JSON.parse(markdown.stdout) as Array<{messages: unknown[]}>)[0]!.messages).toHaveLength(1)
  })

  it('lints folders and globs, honouring .copydeskignore', () => {
    write('stories/one.md', 'The the one.\n')
    write('stories/two.txt', 'A a two.\n')
    write('stories/skip/three.md', 'The the three.\n')
    write('stories/notes.json', '{"the the": 1}')
    write('.copydeskignore', 'stories/skip/\n')
    const folder = cli(['stories'], {cwd: dir})
    expect(folder.stdout).toContain('stories/one.md')
    expect(folder.stdout).toContain('stories/two.txt')
    expect(folder.stdout).not.toContain('three.md')
    expect(folder.stdout).not.toContain('notes.json')
    const glob = cli(['stories/**/*.md', '--no-ignore'], {cwd: dir})
    expect(glob.stdout).toContain('stories/skip/three.md')
    expect(glob.stdout).not.toContain('two.txt')
  })

  it('finds .copydeskrc (YAML or JSON) and package.json config walking up', () => {
    write('yaml/.copydeskrc', 'rules:\n  repeated-words: error\n')
    write('yaml/deep/a.txt', 'The the cat.\n')
    write('json/.copydeskrc.json', '{"rules": {"repeated-words": "off"}}')
    write('json/a.txt', 'The the cat.\n')
    write('pkg/package.json', JSON.stringify({name: 'x', copydesk: {rules: {'repeated-words': ['error', {maxWords: 1}]}}}))
    write('pkg/a.txt', 'The the cat. In the in the end.\n')
    expect(cli(['yaml/deep/a.txt'], {cwd: dir}).code).toBe(1)
    const json = cli(['json/a.txt', '--frail'], {cwd: dir})
    expect([json.code, json.stdout]).toEqual([0, 'json/a.txt: no issues found\n1 file checked: no problems\n'])
    const pkg = cli(['pkg/a.txt', '--reporter', 'json'], {cwd: dir})
    expect(pkg.code).toBe(1)
    expect((JSON.parse(pkg.stdout) as Array<{messages: Array<{actual: string}>}>)[0]!.messages.map((m) => m.actual)).toEqual(['The the'])
    // --rule overrides the config's severity but keeps its options.
    expect(cli(['pkg/a.txt', '--rule', 'repeated-words=warning'], {cwd: dir}).code).toBe(0)
  })

  it('gives one-line errors and exit 2 for broken config, without a stack trace', () => {
    const cases: Array<[string, string, RegExp]> = [
      ['bad-yaml', 'rules: [unclosed\n', /\.copydeskrc: invalid YAML\/JSON: /],
      ['bad-json', '{"rules": ', /\.copydeskrc: invalid YAML\/JSON/],
      ['unknown-rule', 'rules:\n  repeated-word: off\n', /unknown rule `repeated-word`; did you mean `repeated-words`\?/],
      ['bad-severity', 'rules:\n  repeated-words: loud\n', /rule `repeated-words` must be a severity/],
      ['bad-option', 'rules:\n  repeated-words: [warning, {maxWords: "four"}]\n', /option `maxWords` must be a number, not string/],
      ['unknown-option', 'rules:\n  repeated-words: {maxWord: 2}\n', /unknown option `maxWord`/],
      ['unknown-field', 'dialekt: uk\n', /unknown field `dialekt`; did you mean `dialect`\?/],
      ['bad-date', 'date: yesterday\n', /`date` must be a date as YYYY-MM-DD/],
      ['bad-dialect', 'dialect: scots\n', /`dialect` must be us, uk or auto/]
    ]
    for (const [name, config, pattern] of cases) {
      write(`${name}/.copydeskrc`, config)
      write(`${name}/a.txt`, 'The the cat.\n')
      const run = cli([`${name}/a.txt`], {cwd: dir})
      expect(run.code, name).toBe(2)
      expect(run.stderr, name).toMatch(pattern)
      expect(run.stderr.trim().split('\n'), name).toHaveLength(1)
      expect(run.stderr, name).toContain(`${name}/.copydeskrc`)
      expect(run.stderr).not.toMatch(/\n\s+at /)
    }
  })

  it('gives usage errors exit 2', () => {
    expect(cli(['--bogus']).code).toBe(2)
    expect(cli(['--reporter', 'xml', seedPath]).stderr).toMatch(/unknown reporter `xml`/)
    const rule = cli(['--rule', 'repeated-wrds=off', seedPath])
    expect([rule.code, rule.stderr.split('\n')[0]]).toEqual([2, 'copydesk: --rule repeated-wrds=off: unknown rule `repeated-wrds`; did you mean `repeated-words`?'])
    expect(cli(['--rule', 'repeated-words=loud', seedPath]).code).toBe(2)
    expect(cli(['--date', '2023-02-30', seedPath]).stderr).toMatch(/`date` must be a date/)
  })

  it('reports bad input in one line naming the file, and still lints the other files', () => {
    write('ok.txt', 'The the cat.\n')
    write('binary.txt', new Uint8Array([0x68, 0x69, 0x00, 0x01]))
    write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]))
    write('empty.txt', '')
    write('utf16.txt', new Uint8Array([0xff, 0xfe, ...Buffer.from('The the cat.', 'utf16le')]))
    const run = cli(['binary.txt', 'latin1.txt', 'missing.txt', 'empty.txt', 'utf16.txt', 'ok.txt'], {cwd: dir})
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n').sort()).toEqual([
      'copydesk: binary.txt: binary file (NUL bytes), not linted',
      'copydesk: latin1.txt: invalid UTF-8 at byte 3; save the file as UTF-8',
      'copydesk: missing.txt: no such file or folder'
    ])
    expect(run.stdout).toContain('empty.txt: no issues found')
    expect(run.stdout).toMatch(/utf16\.txt\n\s*1:2-1:9 +warning/)
    expect(run.stdout).toMatch(/ok\.txt\n\s*1:1-1:8 +warning/)
    expect(readFileSync(path.join(dir, 'latin1.txt'))).toEqual(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]))
  })

  it('says so when a folder holds nothing to lint or a file cannot be read', () => {
    mkdirSync(path.join(dir, 'empty-folder'))
    const run = cli(['empty-folder'], {cwd: dir})
    expect([run.code, run.stderr]).toEqual([2, 'copydesk: empty-folder: no files to lint in this folder\n'])
    if (process.getuid?.() !== 0) {
      const file = write('locked.txt', 'x')
      chmodSync(file, 0o000)
      expect(cli(['locked.txt'], {cwd: dir}).stderr).toBe('copydesk: locked.txt: permission denied\n')
    }
  })

  it('prints help, version and the rule list', () => {
    expect(cli(['--help']).stdout).toMatch(/^Usage: copydesk/)
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
    expect(cli(['--list-rules']).stdout).toMatch(/^repeated-words +warning +fixable/m)
  })
})

describe('--verbose', () => {
  it('prints each message’s docs link, and its note where it has one (a fact’s source)', () => {
    const run = cli(['--verbose', 'fixtures/drafts/harbour-fire.txt'])
    const lines = run.stdout.split('\n')
    const fact = lines.findIndex((line) => line.includes('Suella Braverman left office as Home Secretary on 2023-11-13'))
    expect(lines.slice(fact + 1, fact + 5)).toEqual([
      '  [url]:',
      '    https://github.com/copydesk/copydesk/blob/main/docs/rules.md#officeholder',
      '  [note]:',
      expect.stringMatching(/^ {4}Source: Institute for Government, IfG Ministers Database .*; data ends 2026-06-19\.$/)
    ])
    // Without it: the one-line form.
    expect(cli(['fixtures/drafts/harbour-fire.txt']).stdout).not.toContain('[note]:')
  })
})

describe('the bundled bin', () => {
  // The speed path of every start-up: the bins are esbuild bundles in CommonJS, stripped of comments and
  // written in ASCII (regular expressions' curly quotes as \u escapes). They must report what tsc's
  // modules of the same code (dist/cli.js) and the library report.
  it('is ASCII only and reports byte for byte what the unbundled modules report', async () => {
    // The parts bundled apart and loaded on first use (HTML, Markdown, diffs, globs) too.
    const lazy = readdirSync(path.join(root, 'dist/lazy')).map((name) => `dist/lazy/${name}`)
    expect(lazy.sort()).toEqual(['dist/lazy/diff.cjs', 'dist/lazy/glob.cjs', 'dist/lazy/html.cjs', 'dist/lazy/markdown.cjs'])
    for (const bin of ['dist/cli.cjs', 'dist/language-server.cjs', 'dist/pool/worker.cjs', ...lazy]) {
      expect([...readFileSync(path.join(root, bin))].filter((byte) => byte > 0x7f)).toEqual([])
    }

    const drafts = ['council-vote.md', 'storm-warning.html', 'harbour-fire.txt'].map((name) => path.join(root, 'fixtures/drafts', name))
    const files = [seedPath, ...drafts, ...brown(/^c[a-r]0[1-3]\./).names.map((name) => path.join(shared, 'corpus/brown', name))]
    const args = ['--reporter', 'json', '--no-config', '--date', '2023-11-07', ...files]
    const bundled = cli(args)
    const unbundled = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], {encoding: 'utf8', maxBuffer: 1e8})
    expect(bundled.stdout).toBe(unbundled.stdout)
    expect([bundled.code, bundled.stderr]).toEqual([unbundled.status, unbundled.stderr])
    // A glob, a folder and a diff of the safe fixes, each through a part loaded on first use.
    for (const more of [['fixtures/drafts/*.{md,html}'], ['fixtures'], ['--fix-dry-run', ...drafts]]) {
      const run = cli(['--no-config', '--date', '2023-11-07', ...more], {cwd: root})
      expect(run.stdout).toBe(spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), '--no-config', '--date', '2023-11-07', ...more], {cwd: root, encoding: 'utf8'}).stdout)
      expect(run.stdout).toMatch(more[0] === '--fix-dry-run' ? /^@@ /m : /^\d+ files checked/m)
    }

    const {createLinter} = await import('../src/index.js')
    const lint = createLinter({date: '2023-11-07'})
    const fields = (message: {ruleId?: unknown; reason?: unknown; expected?: unknown; place?: unknown}) =>
      JSON.stringify([message.ruleId, message.place, message.reason, message.expected ?? []])
    const reported = JSON.parse(bundled.stdout) as Array<{messages: Array<Record<string, unknown>>}>
    expect(reported).toHaveLength(files.length)
    let total = 0
    reported.forEach((file, index) => {
      const expected = lint(new VFile({path: files[index]!, value: readFileSync(files[index]!, 'utf8')})).messages.map((message) => fields(JSON.parse(JSON.stringify(message)) as Record<string, unknown>))
      expect(file.messages.map(fields)).toEqual(expected)
      total += expected.length
    })
    // Not a comparison of two empty lists.
    expect(total).toBeGreaterThan(40)
  })
})
