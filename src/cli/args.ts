/**
 * The CLI's options, declared once (after unified-args' schema): parsing and
 * `--help` both read this table.
 */
import {parseArgs} from 'node:util'
import {CopydeskError} from '../errors.js'

interface OptionSpec {
  long: string
  short?: string
  type: 'string' | 'boolean'
  multiple?: boolean
  value?: string
  description: string
}

export const schema: OptionSpec[] = [
  {long: 'config', short: 'c', type: 'string', value: 'file', description: 'use this config file instead of looking for .copydeskrc'},
  {long: 'date', type: 'string', value: 'YYYY-MM-DD', description: "the story's date (default: from front matter, byline, a date line or dateline; today for a story that names no year); none: no date checks"},
  {long: 'dialect', type: 'string', value: 'us|uk|auto', description: 'spelling dialect (default: auto, by majority)'},
  {long: 'format', type: 'string', value: 'text|markdown|html', description: 'input format (default: by extension; stdin is text)'},
  {long: 'fix', type: 'boolean', description: 'apply safe fixes to the files (fixable rules, one suggestion), then report what is left'},
  {long: 'fix-dry-run', type: 'boolean', description: 'print the safe fixes as a unified diff; change nothing'},
  {long: 'frail', short: 'f', type: 'boolean', description: 'exit 1 on warnings too, not only errors'},
  {long: 'help', short: 'h', type: 'boolean', description: 'show this help'},
  {long: 'ignore-path', short: 'i', type: 'string', value: 'file', description: 'use this ignore file instead of .copydeskignore'},
  {long: 'jobs', short: 'j', type: 'string', value: 'n', description: 'worker threads for many files (default: one per core; 1: none)'},
  {long: 'list-rules', type: 'boolean', description: 'list every rule with its default severity'},
  {long: 'max-file-size', type: 'string', value: 'bytes', description: 'skip larger files with a warning (k, m suffixes: 10m)'},
  {long: 'max-warnings', type: 'string', value: 'n', description: 'exit 1 when there are more than n warnings'},
  {long: 'no-config', type: 'boolean', description: 'do not look for config files'},
  {long: 'no-ignore', type: 'boolean', description: 'do not use .copydeskignore'},
  {long: 'output-html', type: 'string', value: 'file', description: 'also write the HTML report to this file'},
  {long: 'quiet', short: 'q', type: 'boolean', description: 'report only warnings and errors'},
  {long: 'reporter', short: 'r', type: 'string', value: 'name', description: 'output format: default, json, sarif, github, checkstyle or html'},
  {long: 'rule', type: 'string', multiple: true, value: 'id=severity', description: 'set a rule (off, info, warning, error); repeatable'},
  {long: 'serve', type: 'string', value: '[host:]port', description: 'serve the desk page on this port (default 8484, loopback only) instead of linting'},
  {long: 'shard', type: 'string', value: 'i/n', description: 'lint only the i-th of n stable parts of the matched files'},
  {long: 'stdin-filename', type: 'string', value: 'name', description: 'file name for stdin (sets format and config lookup)'},
  {long: 'test-rules', type: 'string', value: 'folder', description: "check a folder of rule files and run each rule's own examples; exit 1 if one fails"},
  {long: 'timeout', type: 'string', value: 'ms', description: 'per-file time limit (default 60000 in worker runs)'},
  {long: 'verbose', type: 'boolean', description: "the default report with each message's note (a fact's source, a finding's evidence) and docs link"},
  {long: 'version', short: 'v', type: 'boolean', description: 'show the version'}
]

export interface CliOptions {
  files: string[]
  config?: string
  date?: string
  dialect?: string
  format?: string
  fix: boolean
  fixDryRun: boolean
  frail: boolean
  help: boolean
  ignorePath?: string
  jobs?: number
  listRules: boolean
  maxFileSize?: number
  maxWarnings?: number
  noConfig: boolean
  noIgnore: boolean
  outputHtml?: string
  quiet: boolean
  reporter: string
  rules: string[]
  serve?: string
  shard?: {index: number; count: number}
  stdinFilename?: string
  testRules?: string
  timeout?: number
  verbose: boolean
  version: boolean
}

export function parseCli(argv: string[]): CliOptions {
  const options = Object.fromEntries(
    schema.map((item) => [item.long, {type: item.type, ...(item.short ? {short: item.short} : {}), ...(item.multiple ? {multiple: true} : {})}])
  )
  // `--serve` may stand alone: its port is optional.
  argv = argv.map((arg, index) => (arg === '--serve' && !/^(?:\[[^\]]+\]:|[^-][^:]*:)?\d+$/.test(argv[index + 1] ?? '') ? '--serve=8484' : arg))
  let parsed
  try {
    parsed = parseArgs({args: argv, options: options as never, allowPositionals: true, strict: true})
  } catch (error) {
    throw new CopydeskError((error as Error).message.replace(/\. To specify.*$/, '').replace(/^Unknown option/, 'unknown option'))
  }

  const values = parsed.values as Record<string, string | boolean | string[] | undefined>
  const string = (key: string) => values[key] as string | undefined
  const flag = (key: string) => values[key] === true
  const result: CliOptions = {
    files: parsed.positionals,
    fix: flag('fix'),
    fixDryRun: flag('fix-dry-run'),
    frail: flag('frail'),
    help: flag('help'),
    listRules: flag('list-rules'),
    noConfig: flag('no-config'),
    noIgnore: flag('no-ignore'),
    quiet: flag('quiet'),
    reporter: string('reporter') ?? 'default',
    rules: (values['rule'] as string[] | undefined) ?? [],
    verbose: flag('verbose'),
    version: flag('version')
  }
  for (const [key, field] of [['config', 'config'], ['date', 'date'], ['dialect', 'dialect'], ['format', 'format'], ['ignore-path', 'ignorePath'], ['output-html', 'outputHtml'], ['serve', 'serve'], ['stdin-filename', 'stdinFilename'], ['test-rules', 'testRules']] as const) {
    const value = string(key)
    if (value !== undefined) result[field] = value
  }

  const maxWarnings = string('max-warnings')
  if (maxWarnings !== undefined) {
    if (!/^\d+$/.test(maxWarnings)) throw new CopydeskError(`--max-warnings must be a whole number, not \`${maxWarnings}\``)
    result.maxWarnings = Number(maxWarnings)
  }

  const jobs = string('jobs')
  if (jobs !== undefined) {
    if (!/^[1-9]\d*$/.test(jobs)) throw new CopydeskError(`--jobs must be a whole number of at least 1, not \`${jobs}\``)
    result.jobs = Number(jobs)
  }

  const timeout = string('timeout')
  if (timeout !== undefined) {
    if (!/^[1-9]\d*$/.test(timeout)) throw new CopydeskError(`--timeout must be a number of milliseconds, not \`${timeout}\``)
    result.timeout = Number(timeout)
  }

  const size = string('max-file-size')
  if (size !== undefined) {
    const match = /^(\d+)([kmg]?)b?$/i.exec(size)
    if (!match) throw new CopydeskError(`--max-file-size must be a size such as 500000, 512k or 10m, not \`${size}\``)
    result.maxFileSize = Number(match[1]) * 1024 ** ' kmg'.indexOf((match[2] || ' ').toLowerCase())
  }

  const shard = string('shard')
  if (shard !== undefined) {
    const match = /^(\d+)\/(\d+)$/.exec(shard)
    const index = Number(match?.[1])
    const count = Number(match?.[2])
    if (!match || count < 1 || index < 1 || index > count) throw new CopydeskError(`--shard must be i/n with 1 <= i <= n (such as 2/4), not \`${shard}\``)
    result.shard = {index, count}
  }

  if (result.fix && result.fixDryRun) throw new CopydeskError('--fix and --fix-dry-run cannot be used together')
  return result
}

export function help(): string {
  const rows = schema.map((item) => {
    const name = (item.short ? `-${item.short}, ` : '    ') + `--${item.long}` + (item.value ? ` <${item.value}>` : '')
    return `  ${name.padEnd(36)} ${item.description}`
  })
  return [
    'Usage: copydesk [options] [file|folder|glob|-]...',
    '',
    'Lint news copy (plain text, Markdown, HTML) for editorial style and facts.',
    'With no file, or `-`, reads stdin.',
    '',
    'Options:',
    ...rows,
    '',
    'Exit codes: 0 no errors (with --frail: no warnings; with --max-warnings n: at most n),',
    '1 findings, 2 usage, config or input errors.',
    '',
    'Examples:',
    '  copydesk draft.md',
    '  copydesk "stories/**/*.md" --reporter json',
    '  cat draft.txt | copydesk --rule repeated-words=error',
    '  copydesk --fix-dry-run draft.txt',
    '  copydesk --serve            (the desk page at http://127.0.0.1:8484/)',
    '  copydesk stories --reporter sarif > copydesk.sarif'
  ].join('\n')
}
