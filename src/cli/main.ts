/**
 * The `copydesk` command: files, folders, globs or stdin in; a report and an
 * exit code out (0 clean, 1 findings, 2 usage/config/input errors).
 */
import {readFileSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {closest, CopydeskError} from '../errors.js'
import {fixToFixedPoint} from '../fix.js'
import {createLinter, type Linter} from '../lint.js'
import {summary} from '../reporters/summary.js'
import {ruleIds, specs} from '../rule-set.js'
import {coerceSeverity} from '../spec.js'
import type {Format, Options, RuleSetting} from '../types.js'
import {help, parseCli, type CliOptions} from './args.js'
import {ConfigFinder} from './config.js'
import {expand} from './files.js'
import {decodeFile, encode} from './read.js'
import {dropInfo, reporters, type ReporterName} from './reporters.js'
import {writeAtomic} from './write.js'

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
  const diffs: string[] = []
  let fixed = 0

  const linterFor = (directory: string): Linter | undefined => {
    try {
      const config = finder.forDirectory(directory)
      const key = config.path ?? ''
      const linter = linters.get(key) ?? createLinter(withOverrides(config.options, cli), config.path ?? 'command line')
      linters.set(key, linter)
      return linter
    } catch (error) {
      if (!(error instanceof CopydeskError)) throw error
      if (!reportedConfigErrors.has(error.message)) {
        reportedConfigErrors.add(error.message)
        failLine(error.message)
      }

      return undefined
    }
  }

  /** Lint one text; with --fix or --fix-dry-run, fix it and return the fixed text too. */
  const lintOne = (name: string, text: string, directory: string, fileFormat: Format | undefined) => {
    const linter = linterFor(directory)
    if (!linter) return undefined
    const relint = (value: string) => linter(new VFile({path: name, value, cwd: io.cwd}), {format: fileFormat})
    const file = relint(text)
    if (!cli.fix && !cli.fixDryRun) {
      files.push(file)
      return undefined
    }

    const result = fixToFixedPoint(file, relint)
    files.push(result.file)
    fixed += result.applied
    return result.text === text ? undefined : result.text
  }

  const format = cli.format as Format | undefined
  const useStdin = cli.files.length === 0 ? !io.stdinIsTty : cli.files.includes('-')
  if (cli.files.length === 0 && io.stdinIsTty) {
    io.stderr(help() + '\n')
    return 2
  }

  if (useStdin && cli.fix) {
    io.stderr('copydesk: --fix rewrites files, not stdin; use --fix-dry-run to see the fixes as a diff\n')
    return 2
  }

  if (useStdin) {
    const name = cli.stdinFilename ?? '<stdin>'
    const text = await io.readStdin()
    const directory = cli.stdinFilename ? path.dirname(path.resolve(io.cwd, cli.stdinFilename)) : io.cwd
    const fixedText = lintOne(name, text, directory, format ?? (cli.stdinFilename ? undefined : 'text'))
    if (fixedText !== undefined) diffs.push(await unifiedDiff(name, text, fixedText))
  }

  const args = cli.files.filter((file) => file !== '-')
  if (args.length > 0) {
    const {files: paths, problems} = await expand(args, io.cwd, cli.ignorePath, !cli.noIgnore)
    for (const problem of problems) fail(problem.path, problem.reason)
    for (const absolute of paths) {
      const name = path.relative(io.cwd, absolute) || absolute
      let decoded
      try {
        decoded = decodeFile(await readFile(absolute), name)
      } catch (error) {
        if (error instanceof CopydeskError) failLine(error.message)
        else fail(name, describeIoError(error))
        continue
      }

      const fixedText = lintOne(name, decoded.text, path.dirname(absolute), format)
      if (fixedText === undefined) continue
      if (cli.fixDryRun) {
        diffs.push(await unifiedDiff(name, decoded.text, fixedText))
        continue
      }

      try {
        await writeAtomic(absolute, encode(fixedText, decoded.encoding))
      } catch (error) {
        // The file keeps its old text; report what is still wrong in it as it is.
        fail(name, `not fixed: ${describeIoError(error)}`)
        files[files.length - 1] = linterFor(path.dirname(absolute))!(new VFile({path: name, value: decoded.text, cwd: io.cwd}), {format})
      }
    }
  }

  if (cli.quiet) dropInfo(files)
  const reporterName = cli.reporter as ReporterName
  const options = {quiet: cli.quiet, color: io.stdoutIsTty && !process.env['NO_COLOR'], cwd: io.cwd, version}
  const closing = summary(files, fixed)
  if (cli.fixDryRun) {
    // stdout is the patch alone, so it can be piped to `git apply` or `patch`.
    if (diffs.length > 0) io.stdout(diffs.join(''))
    io.stderr(`copydesk: ${closing}\n`)
  } else {
    const output = reporters[reporterName](files, options)
    if (output) io.stdout(output.endsWith('\n') ? output : output + '\n')
    // Machine formats keep stdout parseable; the summary goes to stderr.
    if (reporterName === 'default') io.stdout(closing + '\n')
    else io.stderr(`copydesk: ${closing}\n`)
  }

  if (cli.outputHtml) {
    try {
      await writeFile(path.resolve(io.cwd, cli.outputHtml), reporters.html(files))
    } catch (error) {
      fail(cli.outputHtml, `cannot write the HTML report: ${describeIoError(error)}`)
    }
  }

  if (failed) return 2
  const messages = files.flatMap((file) => file.messages)
  const warnings = messages.filter((message) => message.fatal === false).length
  if (messages.some((message) => message.fatal === true)) return 1
  if (cli.frail && warnings > 0) return 1
  if (cli.maxWarnings !== undefined && warnings > cli.maxWarnings) return 1
  return 0
}

/** A unified diff of one file's fixes; `diff` is loaded only for --fix-dry-run. */
async function unifiedDiff(name: string, before: string, after: string): Promise<string> {
  const {createTwoFilesPatch} = await import('diff')
  const label = name.split(path.sep).join('/')
  return createTwoFilesPatch(`a/${label}`, `b/${label}`, before, after, undefined, undefined, {context: 3})
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file (it may have been removed during the run)'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  if (code === 'EROFS') return 'read-only file system'
  if (code === 'ENOSPC') return 'no space left on the device'
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
