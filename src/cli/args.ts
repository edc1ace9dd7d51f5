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
  {long: 'date', type: 'string', value: 'YYYY-MM-DD', description: "the story's date (default: from front matter, byline or dateline)"},
  {long: 'dialect', type: 'string', value: 'us|uk|auto', description: 'spelling dialect (default: auto, by majority)'},
  {long: 'format', type: 'string', value: 'text|markdown|html', description: 'input format (default: by extension; stdin is text)'},
  {long: 'frail', short: 'f', type: 'boolean', description: 'exit 1 on warnings too, not only errors'},
  {long: 'help', short: 'h', type: 'boolean', description: 'show this help'},
  {long: 'ignore-path', short: 'i', type: 'string', value: 'file', description: 'use this ignore file instead of .copydeskignore'},
  {long: 'list-rules', type: 'boolean', description: 'list every rule with its default severity'},
  {long: 'no-config', type: 'boolean', description: 'do not look for config files'},
  {long: 'no-ignore', type: 'boolean', description: 'do not use .copydeskignore'},
  {long: 'quiet', short: 'q', type: 'boolean', description: 'report only warnings and errors'},
  {long: 'reporter', short: 'r', type: 'string', value: 'name', description: 'output format: default or json'},
  {long: 'rule', type: 'string', multiple: true, value: 'id=severity', description: 'set a rule (off, info, warning, error); repeatable'},
  {long: 'stdin-filename', type: 'string', value: 'name', description: 'file name for stdin (sets format and config lookup)'},
  {long: 'version', short: 'v', type: 'boolean', description: 'show the version'}
]

export interface CliOptions {
  files: string[]
  config?: string
  date?: string
  dialect?: string
  format?: string
  frail: boolean
  help: boolean
  ignorePath?: string
  listRules: boolean
  noConfig: boolean
  noIgnore: boolean
  quiet: boolean
  reporter: string
  rules: string[]
  stdinFilename?: string
  version: boolean
}

export function parseCli(argv: string[]): CliOptions {
  const options = Object.fromEntries(
    schema.map((item) => [item.long, {type: item.type, ...(item.short ? {short: item.short} : {}), ...(item.multiple ? {multiple: true} : {})}])
  )
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
    frail: flag('frail'),
    help: flag('help'),
    listRules: flag('list-rules'),
    noConfig: flag('no-config'),
    noIgnore: flag('no-ignore'),
    quiet: flag('quiet'),
    reporter: string('reporter') ?? 'default',
    rules: (values['rule'] as string[] | undefined) ?? [],
    version: flag('version')
  }
  for (const [key, field] of [['config', 'config'], ['date', 'date'], ['dialect', 'dialect'], ['format', 'format'], ['ignore-path', 'ignorePath'], ['stdin-filename', 'stdinFilename']] as const) {
    const value = string(key)
    if (value !== undefined) result[field] = value
  }

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
    'Exit codes: 0 no errors (with --frail: no warnings), 1 findings, 2 usage, config or input errors.',
    '',
    'Examples:',
    '  copydesk draft.md',
    '  copydesk "stories/**/*.md" --reporter json',
    '  cat draft.txt | copydesk --rule repeated-words=error'
  ].join('\n')
}
