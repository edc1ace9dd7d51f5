import {spawnSync} from 'node:child_process'
import {chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import Ajv from 'ajv-draft-04'
import {describe, expect, it} from 'vitest'
import {escapeXml} from '../src/reporters/checkstyle.js'
import {cli, root, seedPath} from './helpers.js'

const seedJson = () => {
  const run = cli([seedPath, '--reporter', 'json'])
  return JSON.parse(run.stdout) as Array<{messages: Array<{ruleId: string; reason: string; line: number; column: number; place: {end: {line: number; column: number}}; fatal?: boolean; expected?: string[]}>}>
}

describe('--reporter sarif', () => {
  const run = cli([seedPath, '--reporter', 'sarif'])
  const log = JSON.parse(run.stdout)

  it('validates against the SARIF 2.1.0 schema (vendored in test/)', () => {
    const schema = JSON.parse(readFileSync(path.join(root, 'test/sarif-schema-2.1.0.json'), 'utf8'))
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false}) // the schema's language-tag pattern is not valid with the u flag
    // The formats the schema uses, checked (not ignored): URIs must parse.
    ajv.addFormat('uri', (value: string) => URL.canParse(value))
    ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'))
    ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)))
    const validate = ajv.compile(schema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('has one run listing every rule with a help URI and default level, and one result per message', () => {
    expect(log.runs).toHaveLength(1)
    const [sarifRun] = log.runs
    const rules = sarifRun.tool.driver.rules as Array<{id: string; helpUri: string; defaultConfiguration: {level: string}}>
    expect(rules.find((rule) => rule.id === 'official-title')).toMatchObject({
      helpUri: 'https://github.com/copydesk/copydesk/blob/main/docs/rules.md#official-title',
      defaultConfiguration: {level: 'error'}
    })
    expect(rules.find((rule) => rule.id === 'relative-clause-comma')?.defaultConfiguration.level).toBe('note')
    expect(sarifRun.results).toHaveLength(seedJson()[0]!.messages.length)
    const title = sarifRun.results[0]
    expect(title).toMatchObject({
      ruleId: 'official-title',
      level: 'error',
      // The seed story lies outside this repository: an absolute URI, no uriBaseId.
      locations: [{physicalLocation: {artifactLocation: {uri: pathToFileURL(seedPath).href}, region: {startLine: 1, startColumn: 6, endLine: 1, endColumn: 21}}}],
      fixes: [{artifactChanges: [{replacements: [{insertedContent: {text: 'Secretary of State'}}]}]}]
    })
    expect(rules[title.ruleIndex]!.id).toBe('official-title')
    // The fact's source reaches the result (GitHub shows the message text).
    expect(title.message.text).toMatch(/held it\n\nrules\/titles\.yaml \(usa-secretary-of-state\)\. Source: U\.S\. Department of State/)
    expect(run.stderr).toMatch(/^copydesk: 1 file checked: 1 error, 25 warnings, 1 info \(/)
  })
})

describe('--reporter sarif for GitHub code scanning', () => {
  it('passes Microsoft’s SARIF multitool with GitHub’s rules (GH2012: every rule needs help)', () => {
    // npm @microsoft/sarif-multitool (dev dependency); its Linux binary is self-contained.
    const folder = path.dirname(createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/package.json'))
    const tool = path.join(folder, 'Sarif.Multitool')
    chmodSync(tool, 0o755)
    const work = mkdtempSync(path.join(tmpdir(), 'copydesk-multitool-'))
    writeFileSync(path.join(work, 'seed.sarif'), cli([seedPath, '--reporter', 'sarif']).stdout)
    const run = spawnSync(tool, ['validate', path.join(work, 'seed.sarif'), '--rule-kind', 'Ghas;Sarif', '--output', path.join(work, 'validation.sarif'), '--log', 'ForceOverwrite'], {
      encoding: 'utf8',
      env: {...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1'}
    })
    expect(run.status, run.stdout + run.stderr).toBe(0)
    const findings = JSON.parse(readFileSync(path.join(work, 'validation.sarif'), 'utf8')).runs[0].results as Array<{ruleId: string; message: unknown}>
    expect(findings.map((finding) => finding.ruleId)).toEqual([])
  }, 120_000)

  it('gives every rule help in text and Markdown and a short description of one sentence', () => {
    const rules = JSON.parse(cli([seedPath, '--reporter', 'sarif']).stdout).runs[0].tool.driver.rules as Array<{
      id: string
      shortDescription: {text: string}
      fullDescription: {text: string}
      help: {text: string; markdown: string}
      helpUri: string
    }>
    for (const rule of rules) {
      expect(rule.help.text, rule.id).toContain(rule.helpUri)
      expect(rule.help.markdown, rule.id).toContain(`](${rule.helpUri})`)
      expect(rule.shortDescription.text.length, rule.id).toBeLessThan(rule.fullDescription.text.length + 1)
      expect(rule.shortDescription.text, rule.id).toMatch(/[.:]$|^.{200}$/)
    }
  })

  it('fingerprints each result stably, and names files relative to the repository root from any folder', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'copydesk-sarif-'))
    mkdirSync(path.join(repo, '.git'))
    mkdirSync(path.join(repo, 'stories'))
    writeFileSync(path.join(repo, 'stories', 'a.txt'), 'He crossed the the road.\n\nShe crossed the the road.\n')
    const fromRoot = JSON.parse(cli(['--reporter', 'sarif', 'stories/a.txt'], {cwd: repo}).stdout).runs[0]
    const fromStories = JSON.parse(cli(['--reporter', 'sarif', 'a.txt'], {cwd: path.join(repo, 'stories')}).stdout).runs[0]
    for (const run of [fromRoot, fromStories]) {
      expect(run.originalUriBaseIds.SRCROOT.uri).toBe(pathToFileURL(repo).href + '/')
      expect(run.results.map((result: any) => result.locations[0].physicalLocation.artifactLocation)).toEqual([
        {uri: 'stories/a.txt', uriBaseId: 'SRCROOT'},
        {uri: 'stories/a.txt', uriBaseId: 'SRCROOT'}
      ])
    }

    const prints = fromRoot.results.map((result: any) => result.partialFingerprints['copydesk/v1'])
    expect(new Set(prints).size).toBe(2)
    expect(fromStories.results.map((result: any) => result.partialFingerprints['copydesk/v1'])).toEqual(prints)
    // An edit above the finding leaves its fingerprint as it was.
    writeFileSync(path.join(repo, 'stories', 'a.txt'), 'A new first line.\n\nHe crossed the the road.\n\nShe crossed the the road.\n')
    const edited = JSON.parse(cli(['--reporter', 'sarif', 'stories/a.txt'], {cwd: repo}).stdout).runs[0]
    expect(edited.results.map((result: any) => result.partialFingerprints['copydesk/v1'])).toEqual(prints)
  })
})

describe('--reporter github', () => {
  it('prints one workflow command per message, which parses back to the same positions and text', () => {
    const run = cli([seedPath, '--reporter', 'github'])
    const lines = run.stdout.trim().split('\n')
    const json = seedJson()[0]!.messages
    expect(lines).toHaveLength(json.length)
    const unescape = (value: string) => value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')
    const parsed = lines.map((line) => {
      const match = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line)
      expect(match, line).not.toBeNull()
      const properties = Object.fromEntries(match![2]!.split(',').map((pair) => pair.split('=') as [string, string]))
      return {level: match![1], properties, message: unescape(match![3]!)}
    })
    parsed.forEach((entry, index) => {
      const message = json[index]!
      expect(entry.level).toBe(message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice')
      expect(unescape(entry.properties['file']!)).toBe(path.relative(root, seedPath))
      expect(entry.properties).toMatchObject({line: String(message.line), col: String(message.column), endLine: String(message.place.end.line), endColumn: String(message.place.end.column), title: message.ruleId})
      expect(entry.message.startsWith(message.reason)).toBe(true)
    })
    // The note (the fact's source) follows on a line of its own.
    expect(parsed[0]!.message).toMatch(
      /^The U\.S\. office is `Secretary of State`, not `State Secretary`: Antony Blinken held it \(fix: “Secretary of State”\)\nrules\/titles\.yaml \(usa-secretary-of-state\)\. Source: /
    )
  })

  it('escapes %, newlines, colons and commas', async () => {
    const {escapeData, escapeProperty} = await import('../src/reporters/github.js')
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext')
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc')
  })
})

describe('--reporter checkstyle', () => {
  it('writes one <file> with an <error> per message, XML-escaped', () => {
    const run = cli(['--reporter', 'checkstyle', '--stdin-filename', 'a&b.txt'], {input: 'It was "the the" end <now>.\n'})
    expect(run.stdout).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="a&amp;b.txt">',
        '    <error line="1" column="9" severity="warning" message="Unexpected repeated `the`, remove one occurrence (fix: “the”)" source="copydesk.repeated-words"/>',
        '  </file>',
        '</checkstyle>',
        ''
      ].join('\n')
    )
  })

  it('writes a line break inside a message as &#10;, which XML parsers keep (a raw one becomes a space)', () => {
    expect(escapeXml('held it\n\nSource: "pocom" <a&b>\t')).toBe('held it&#10;&#10;Source: &quot;pocom&quot; &lt;a&amp;b&gt;&#9;')
  })
})

describe('thresholds and the summary line', () => {
  // The seed has 1 error (official-title) and 25 warnings; as warnings, 26.
  const asWarnings = [seedPath, '--rule', 'official-title=warning']
  it('--max-warnings n exits 1 above n and 0 at or below it', () => {
    expect(cli([...asWarnings, '--max-warnings', '26']).code).toBe(0)
    expect(cli([...asWarnings, '--max-warnings', '25']).code).toBe(1)
    expect(cli([...asWarnings, '--max-warnings', '0', '--rule', 'repeated-words=off']).code).toBe(1)
  })

  it('--frail exits 1 on any warning; errors exit 1 whatever the threshold', () => {
    expect(cli([...asWarnings, '--frail']).code).toBe(1)
    expect(cli([seedPath, '--max-warnings', '100']).code).toBe(1)
  })

  it('rejects a --max-warnings that is not a whole number with exit 2', () => {
    const run = cli([seedPath, '--max-warnings', 'ten'])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('copydesk: --max-warnings must be a whole number, not `ten`')
  })

  it('ends the default report with counts by severity and by rule', () => {
    const last = cli(asWarnings).stdout.trim().split('\n').at(-1)
    expect(last).toBe(
      '1 file checked: 26 warnings, 1 info (abbreviation-consistency 4, terminology 4, whitespace 3, capitalization 2, spelling-consistency 2, article-before-verb 1, comma-after-conjunction 1, date-check 1, duplicate-text 1, ellipsis 1, missing-end-punctuation 1, missing-verb 1, official-title 1, person-name 1, relative-clause-comma 1, repeated-quote 1, repeated-words 1)'
    )
    expect(cli(['--stdin-filename', 'a.txt'], {input: 'A clean sentence.\n'}).stdout).toBe('a.txt: no issues found\n1 file checked: no problems\n')
  })

  it('rejects an unknown reporter, naming the known ones', () => {
    const run = cli([seedPath, '--reporter', 'xml'])
    expect(run.code).toBe(2)
    expect(run.stderr.split('\n')[0]).toBe('copydesk: unknown reporter `xml` (reporters: default, json, sarif, github, checkstyle, html)')
  })
})
