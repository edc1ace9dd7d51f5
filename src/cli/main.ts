/**
 * The `copydesk` command: files, folders, globs or stdin in; a report and an
 * exit code out (0 clean, 1 findings, 2 usage/config/input errors).
 */
import {readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {closest, CopydeskError} from '../errors.js'
import {createLinter, type Linter} from '../lint.js'
import {ruleIds, specs} from '../rule-set.js'
import {coerceSeverity} from '../spec.js'
import type {Format, Options, RuleSetting} from '../types.js'
import {help, parseCli, type CliOptions} from './args.js'
import {ConfigFinder} from './config.js'
import {expand} from './files.js'
import {decode} from './read.js'
import {reporters, type ReporterName} from './reporters.js'

export interface Io {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  stdinIsTty: boolean
  stdoutIsTty: boolean
}

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}).version

export async function main(argv: string[], io: Io): Promise<number> {
  let cli: CliOptions
  try {
    cli = parseCli(argv)
    checkCli(cli)
  } catch (error) {
    if (!(error instanceof CopydeskError)) throw error
    io.stderr(`copydesk: ${error.message}\nTry \`copydesk --help\` for usage.\n`)
    return 2
  }

  if (cli.help) {
    io.stdout(help() + '\n')
    return 0
  }

  if (cli.version) {
    io.stdout(version + '\n')
    return 0
  }

  if (cli.listRules) {
    for (const spec of specs()) io.stdout(`${spec.id.padEnd(28)} ${spec.severity.padEnd(8)} ${spec.fixable ? 'fixable ' : '        '}${spec.description.split('\n')[0]}\n`)
    return 0
  }

  let failed = false
  const fail = (name: string, reason: string) => failLine(`${name}: ${reason}`)
  const failLine = (line: string) => {
    failed = true
    io.stderr(`copydesk: ${line}\n`)
  }

  const finder = new ConfigFinder(cli.config, cli.noConfig)
  const linters = new Map<string, Linter>()
  const reportedConfigErrors = new Set<string>()
  const files: VFile[] = []

  const lintOne = (name: string, text: string, directory: string, format: Format | undefined) => {
    let linter: Linter
    try {
      const config = finder.forDirectory(directory)
      const key = config.path ?? ''
      linter = linters.get(key) ?? createLinter(withOverrides(config.options, cli), config.path ?? 'command line')
      linters.set(key, linter)
    } catch (error) {
      if (!(error instanceof CopydeskError)) throw error
      if (!reportedConfigErrors.has(error.message)) {
        reportedConfigErrors.add(error.message)
        failLine(error.message)
      }

      return
    }

    const file = new VFile({path: name, value: text, cwd: io.cwd})
    linter(file, {format})
    files.push(file)
  }

  const format = cli.format as Format | undefined
  const useStdin = cli.files.length === 0 ? !io.stdinIsTty : cli.files.includes('-')
  if (cli.files.length === 0 && io.stdinIsTty) {
    io.stderr(help() + '\n')
    return 2
  }

  if (useStdin) {
    const name = cli.stdinFilename ?? '<stdin>'
    const text = await io.readStdin()
    const directory = cli.stdinFilename ? path.dirname(path.resolve(io.cwd, cli.stdinFilename)) : io.cwd
    lintOne(name, text, directory, format ?? (cli.stdinFilename ? undefined : 'text'))
  }

  const args = cli.files.filter((file) => file !== '-')
  if (args.length > 0) {
    const {files: paths, problems} = await expand(args, io.cwd, cli.ignorePath, !cli.noIgnore)
    for (const problem of problems) fail(problem.path, problem.reason)
    for (const absolute of paths) {
      const name = path.relative(io.cwd, absolute) || absolute
      let text: string
      try {
        text = decode(await readFile(absolute), name)
      } catch (error) {
        if (error instanceof CopydeskError) failLine(error.message)
        else fail(name, describeIoError(error))
        continue
      }

      lintOne(name, text, path.dirname(absolute), format)
    }
  }

  const output = reporters[cli.reporter as ReporterName](files, {quiet: cli.quiet, color: io.stdoutIsTty && !process.env['NO_COLOR']})
  if (output) io.stdout(output.endsWith('\n') ? output : output + '\n')

  if (failed) return 2
  const messages = files.flatMap((file) => file.messages)
  if (messages.some((message) => message.fatal === true)) return 1
  if (cli.frail && messages.some((message) => message.fatal === false)) return 1
  return 0
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file (it may have been removed during the run)'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  return `cannot read: ${(error as Error).message}`
}

/** Usage errors found before any file is read. */
function checkCli(cli: CliOptions): void {
  if (!(cli.reporter in reporters)) {
    throw new CopydeskError(`unknown reporter \`${cli.reporter}\` (reporters: ${Object.keys(reporters).join(', ')})`)
  }

  const ids = new Set(ruleIds())
  for (const rule of cli.rules) {
    const [id = '', severity] = rule.split('=')
    if (!ids.has(id)) {
      const suggestion = closest(id, ids)
      throw new CopydeskError(
        `--rule ${rule}: unknown rule \`${id}\`` + (suggestion ? `; did you mean \`${suggestion}\`?` : '; see `copydesk --list-rules`')
      )
    }

    if (severity === undefined || !coerceSeverity(severity)) {
      throw new CopydeskError(`--rule ${rule}: expected id=off|info|warning|error`)
    }
  }
}

/** Apply `--rule`, `--dialect`, `--date` and `--format` on top of a config file. */
function withOverrides(options: Options, cli: CliOptions): Options {
  const rules: Record<string, RuleSetting> = {...options.rules}
  for (const rule of cli.rules) {
    const [id = '', raw = ''] = rule.split('=')
    const severity = coerceSeverity(raw)!
    const current = rules[id]
    if (Array.isArray(current)) rules[id] = [severity, current[1] ?? {}]
    else if (current && typeof current === 'object') rules[id] = {...current, severity}
    else rules[id] = severity
  }

  return {
    ...options,
    rules,
    ...(cli.dialect ? {dialect: cli.dialect as Options['dialect']} : {}),
    ...(cli.date ? {date: cli.date} : {}),
    ...(cli.format ? {format: cli.format as Format} : {})
  }
}
