/**
 * Rules as data: the engines, the shipped news pack, and a newsroom's own rule
 * folder end to end (a YAML file alone, named by config: listed, tested by its
 * own examples, reported by the CLI, SARIF and the language server, fixed).
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {readPacks} from '../src/build-rules.js'
import {checkExamples} from '../src/examples.js'
import {createLinter, ruleSpecs} from '../src/index.js'
import {rulesMarkdown} from '../src/scripts/docs.js'
import {brown, root, rows} from './helpers.js'
import {LspClient} from './lsp-client.mjs'

const cli = path.join(root, 'dist/cli.cjs')
const packs = readPacks()
const news = packs['news']!
const builtInOff = Object.fromEntries(ruleSpecs().map((spec) => [spec.id, 'off' as const]))

function run(args: string[], cwd: string) {
  return spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8'})
}

describe('news pack', () => {
  it('has at least 60 entries over the three engines, each with a source', () => {
    const entries = news.flatMap((spec) => spec.data as Array<{source?: string}>)
    expect(entries.length).toBeGreaterThanOrEqual(60)
    expect(new Set(news.map((spec) => spec.engine))).toEqual(new Set(['substitution', 'existence', 'consistency']))
    for (const entry of entries) expect(entry.source, JSON.stringify(entry)).toMatch(/\w/)
  })

  it('docs/packs/news.md is generated from the pack (run `npm run docs`)', () => {
    expect(readFileSync(path.join(root, 'docs/packs/news.md'), 'utf8')).toBe(rulesMarkdown(news, 'news'))
  })

  for (const spec of news) {
    it(`${spec.id}: its own examples hold`, () => {
      expect(checkExamples(spec, {packs: ['news']}, news).failures).toEqual([])
    })
  }

  it('is off unless a config names it', () => {
    expect(createLinter({})('The end result was a draw.').messages.filter((message) => String(message.ruleId).startsWith('news-'))).toEqual([])
  })

  it('reads prose, not quotations, names or titles', () => {
    const lint = createLinter({packs: ['news'], rules: builtInOff})
    expect(rows(lint('"At the end of the day, we lost," he said. The Advance Warning Office opened.\n'))).toEqual([])
    expect(rows(lint('The end of the day\'s session came at the end of the day.\n'))).toEqual(['1:35-1:56 news-cliches Unexpected `at the end of the day`: a cliché; say what finally matters, or cut it'])
  })

  it('on the Brown press sections (A-C, 1961 newspapers): at most 0.4 messages per 1,000 words, most "in order to"', () => {
    const corpus = brown(/^c[abc]\d\d/)
    const lint = createLinter({packs: ['news'], rules: builtInOff})
    const counts = new Map<string, number>()
    for (const text of corpus.texts) for (const message of lint(text).messages) counts.set(String(message.ruleId), (counts.get(String(message.ruleId)) ?? 0) + 1)
    const total = [...counts.values()].reduce((sum, count) => sum + count, 0)
    expect((total / corpus.words) * 1000).toBeLessThanOrEqual(0.4)
    expect(counts.get('news-sensitive') ?? 0).toBeLessThanOrEqual(4)
    expect(counts.get('news-usage') ?? 0).toBeLessThanOrEqual(1)
  }, 120_000)
})

describe('a newsroom rule folder named by config', () => {
  let client: LspClient | undefined
  afterEach(async () => {
    await client?.close()
    client = undefined
  })

  function desk(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-desk-'))
    mkdirSync(path.join(dir, 'house'))
    writeFileSync(
      path.join(dir, 'house/house-sources.yml'),
      [
        'id: house-sources',
        'engine: existence',
        'description: Anonymous sources need a reason.',
        'severity: error',
        'data:',
        '  tokens:',
        '    - forms: [sources say, sources said]',
        '      message: name the sources, or say why they cannot be named',
        '      source: Desk memo, March 2026',
        'examples:',
        '  valid: [The minister said the talks failed.]',
        '  invalid:',
        '    - text: Sources said the talks failed.',
        '      actual: Sources said',
        ''
      ].join('\n')
    )
    writeFileSync(
      path.join(dir, 'house/house-terms.yml'),
      [
        'id: house-terms',
        'engine: substitution',
        'description: The harbour authority by its own name.',
        'severity: warning',
        'fixable: true',
        'data:',
        '  terms:',
        '    - {use: Harbour Board, replace: [Harbor Board], caseSensitive: true, source: Board charter}',
        'examples:',
        '  valid: [The Harbour Board met.]',
        '  invalid:',
        '    - {text: The Harbor Board met., output: The Harbour Board met.}',
        ''
      ].join('\n')
    )
    mkdirSync(path.join(dir, 'stories'))
    writeFileSync(path.join(dir, '.copydeskrc'), 'ruleDirs: [house]\n')
    writeFileSync(path.join(dir, 'stories/a.txt'), 'Sources said the Harbor Board met on Monday.\n')
    return dir
  }

  it('the CLI reports its rules from a subfolder, with the note, and exits 1 on its error', () => {
    const dir = desk()
    const result = run(['--reporter', 'json', 'a.txt'], path.join(dir, 'stories'))
    expect(result.status).toBe(1)
    const [report] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string; line: number; column: number; expected: string[]; note?: string; url: string}>}>
    expect(report!.messages.map(({ruleId, reason, line, column, expected, note}) => ({ruleId, reason, line, column, expected, note}))).toEqual([
      {ruleId: 'house-sources', reason: 'Unexpected `Sources said`: name the sources, or say why they cannot be named', line: 1, column: 1, expected: [], note: 'Source: Desk memo, March 2026.'},
      {ruleId: 'house-terms', reason: 'Unexpected `Harbor Board`, expected `Harbour Board`', line: 1, column: 18, expected: ['Harbour Board'], note: 'Source: Board charter.'}
    ])
    expect(report!.messages[0]!.url).toBe(pathToFileURL(path.join(dir, 'house/house-sources.yml')).href)
  })

  it('--fix applies the fixable one; --list-rules lists both; SARIF describes both', () => {
    const dir = desk()
    const stories = path.join(dir, 'stories')
    run(['--fix', 'a.txt'], stories)
    expect(readFileSync(path.join(stories, 'a.txt'), 'utf8')).toBe('Sources said the Harbour Board met on Monday.\n')
    const listed = run(['--list-rules'], stories).stdout.split('\n')
    expect(listed.filter((line) => line.startsWith('house-'))).toEqual([
      `${'house-sources'.padEnd(28)} ${'error'.padEnd(8)} ${' '.repeat(8)}Anonymous sources need a reason. [${path.join('..', 'house', 'house-sources.yml')}]`,
      `${'house-terms'.padEnd(28)} ${'warning'.padEnd(8)} fixable The harbour authority by its own name. [${path.join('..', 'house', 'house-terms.yml')}]`
    ])
    const sarif = JSON.parse(run(['--reporter', 'sarif', 'a.txt'], stories).stdout) as {runs: Array<{tool: {driver: {rules: Array<{id: string; helpUri: string; defaultConfiguration: {level: string}}>}}}>}
    const rules = sarif.runs[0]!.tool.driver.rules.filter((rule) => rule.id.startsWith('house-'))
    expect(rules.map((rule) => [rule.id, rule.defaultConfiguration.level])).toEqual([
      ['house-sources', 'error'],
      ['house-terms', 'warning']
    ])
  })

  it('--test-rules runs each file’s examples: exit 0 when they hold, 1 when one fails, 2 for a broken file', () => {
    const dir = desk()
    const pass = run(['--test-rules', 'house'], dir)
    expect([pass.status, pass.stdout]).toEqual([0, '✓ house-sources: 2 examples\n✓ house-terms: 2 examples\n2 rules, 4 examples: all pass\n'])
    writeFileSync(path.join(dir, 'house/house-terms.yml'), readFileSync(path.join(dir, 'house/house-terms.yml'), 'utf8').replace('output: The Harbour Board met.', 'output: The Harbour board met.'))
    const fail = run(['--test-rules', 'house'], dir)
    expect(fail.status).toBe(1)
    expect(fail.stdout).toContain('✗ house-terms:\n    "The Harbor Board met.": fixes to `The Harbour Board met.`, the example says `The Harbour board met.`\n')
    writeFileSync(path.join(dir, 'house/house-terms.yml'), 'id: house-terms\nengine: substitutoin\ndescription: x\nseverity: warning\ndata: {terms: []}\n')
    const broken = run(['--test-rules', 'house'], dir)
    expect([broken.status, broken.stdout]).toEqual([2, ''])
    expect(broken.stderr).toBe(
      `copydesk: ${path.join(dir, 'house/house-terms.yml')}: field \`engine\` must be one of consistency, existence, substitution, not \`substitutoin\`; did you mean \`substitution\`?\n`
    )
  })

  it('a broken rule file or an unknown pack stops the run with one line naming the file and field', () => {
    const dir = desk()
    writeFileSync(path.join(dir, 'house/house-sources.yml'), 'id: house-sources\nengine: existence\ndescription: x\nseverity: warning\ndata:\n  tokens:\n    - forms: [sources say]\n')
    const result = run(['stories/a.txt'], dir)
    expect(result.status).toBe(2)
    expect(readFileSync(path.join(dir, 'stories/a.txt'), 'utf8')).toBe('Sources said the Harbor Board met on Monday.\n')
    expect(result.stderr.split('\n')[0]).toBe(`copydesk: ${path.join(dir, 'house/house-sources.yml')}: field \`data.tokens[0].message\` must be a non-empty string (what to do instead)`)
    writeFileSync(path.join(dir, '.copydeskrc'), 'packs: [newz]\n')
    expect(run(['stories/a.txt'], dir).stderr.split('\n')[0]).toBe(`copydesk: ${path.join(dir, '.copydeskrc')}: unknown pack \`newz\` (packs: news)`)
    writeFileSync(path.join(dir, '.copydeskrc'), 'ruleDirs: [house]\n')
    unlinkSync(path.join(dir, 'house/house-sources.yml'))
    writeFileSync(path.join(dir, 'house/repeated-words.yml'), 'id: repeated-words\nengine: existence\ndescription: x\nseverity: warning\ndata:\n  tokens:\n    - {forms: [x y], message: no}\n')
    expect(run(['stories/a.txt'], dir).stderr.split('\n')[0]).toBe(`copydesk: ${path.join(dir, 'house/repeated-words.yml')}: rule \`repeated-words\` is already a built-in rule`)
  })

  it('the language server reports the folder’s rules, with the quick fix', async () => {
    const dir = desk()
    client = new LspClient()
    await client.initialize()
    const uri = pathToFileURL(path.join(dir, 'stories', 'b.txt')).href
    const published = client.diagnostics(uri, 1)
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: 'Sources said the Harbor Board met.\n'}})
    const diagnostics = (await published).params.diagnostics as Array<{code: string; message: string; range: unknown}>
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.message])).toEqual([
      ['house-sources', 'Unexpected `Sources said`: name the sources, or say why they cannot be named'],
      ['house-terms', 'Unexpected `Harbor Board`, expected `Harbour Board`']
    ])
    const {result: actions} = (await client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: diagnostics[1]!.range,
      context: {diagnostics: [diagnostics[1]]}
    })) as {result: Array<{title: string}>}
    expect(actions.map((action) => action.title)).toContain('Replace with “Harbour Board”')
  })
})
