/**
 * The `copydesk` command: files, folders, globs or stdin in; a report and an
 * exit code out (0 clean, 1 findings, 2 usage/config/input errors).
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {closest, CopydeskError} from '../errors.js'
import {version} from '../paths.js'
import {toVFile} from '../pool/plain.js'
import {TaskTimeout} from '../pool/pool.js'
import {linterFor, runTask, type LintOutcome} from '../pool/task.js'
import {summary} from '../reporters/summary.js'
import {ruleIds, specs} from '../rule-set.js'
import {coerceSeverity} from '../spec.js'
import type {Format, Options, RuleSetting, RuleSpec} from '../types.js'
import {help, parseCli, type CliOptions} from './args.js'
import {ConfigFinder} from '../config.js'
import {expand} from './files.js'
import {encode, type Encoding} from './read.js'
import {dropInfo, reporters, type ReporterName} from './reporters.js'
import {chooseRunner, eachLimited, inShard, Progress, readInput, Skipped, type Input} from './run.js'
import {testRules} from './test-rules.js'
import {dataRules} from '../data-rules.js'
import {writeAtomic} from './write.js'

export interface Io {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  readStdin: () => Promise<string>
  stdinIsTty: boolean
  stdoutIsTty: boolean
  stderrIsTty?: boolean
}


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

  if (cli.serve !== undefined) {
    // node:http only for --serve: kept off every other run's start-up.
    const {parseListen, serve} = await import('./serve.js')
    try {
      const {url} = await serve(parseListen(cli.serve))
      io.stderr(`copydesk: the desk page is at ${url} (Ctrl-C to stop)\n`)
    } catch (error) {
      if (!(error instanceof CopydeskError)) throw error
      io.stderr(`copydesk: ${error.message}\n`)
      return 2
    }

    return new Promise<number>(() => {})
  }

  if (cli.testRules !== undefined) return testRules(path.resolve(io.cwd, cli.testRules), io)

  if (cli.listRules) {
    // The built-in rules, then the data rules the config here turns on (packs, ruleDirs).
    let extra: RuleSpec[] = []
    try {
      const config = new ConfigFinder(cli.config, cli.noConfig).forDirectory(io.cwd)
      extra = dataRules(config.options, config.path ?? 'command line', specs())
    } catch (error) {
      if (!(error instanceof CopydeskError)) throw error
      io.stderr(`copydesk: ${error.message}\n`)
      return 2
    }

    for (const spec of [...specs(), ...extra]) {
      const origin = spec.origin ? ` [${spec.origin.startsWith('pack ') ? spec.origin : path.relative(io.cwd, spec.origin)}]` : ''
      io.stdout(`${spec.id.padEnd(28)} ${spec.severity.padEnd(8)} ${spec.fixable ? 'fixable ' : '        '}${spec.description.replace(/\s+/g, ' ').trim().split(/(?<=\.) /)[0]}${origin}\n`)
    }

    return 0
  }

  let failed = false
  const fail = (name: string, reason: string) => failLine(`${name}: ${reason}`)
  const failLine = (line: string) => {
    failed = true
    io.stderr(`copydesk: ${line}\n`)
  }

  const finder = new ConfigFinder(cli.config, cli.noConfig)
  const reportedConfigErrors = new Set<string>()
  const diffs: string[] = []
  let fixed = 0

  /** The options for a file in `directory`, checked once per config file; undefined (reported) when broken. */
  const configFor = (directory: string): {options: Options; where: string} | undefined => {
    try {
      const config = finder.forDirectory(directory)
      const options = withOverrides(config.options, cli)
      const where = config.path ?? 'command line'
      linterFor(options, where)
      return {options, where}
    } catch (error) {
      if (!(error instanceof CopydeskError)) throw error
      if (!reportedConfigErrors.has(error.message)) {
        reportedConfigErrors.add(error.message)
        failLine(error.message)
      }

      return undefined
    }
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

  // Every input, in report order: stdin first, then files as expanded.
  const inputs: Input[] = []
  if (useStdin) {
    const name = cli.stdinFilename ?? '<stdin>'
    const directory = cli.stdinFilename ? path.dirname(path.resolve(io.cwd, cli.stdinFilename)) : io.cwd
    inputs.push({name, directory, format: format ?? (cli.stdinFilename ? undefined : 'text'), read: async () => ({text: await io.readStdin(), encoding: 'utf-8' as const})})
  }

  const args = cli.files.filter((file) => file !== '-')
  if (args.length > 0) {
    const {files: found, problems} = await expand(args, io.cwd, cli.ignorePath, !cli.noIgnore)
    for (const problem of problems) fail(problem.path, problem.reason)
    const paths = cli.shard ? found.filter((absolute) => inShard(path.relative(io.cwd, absolute), cli.shard!)) : found
    for (const absolute of paths) {
      const name = path.relative(io.cwd, absolute) || absolute
      inputs.push({name, absolute, directory: path.dirname(absolute), format, read: async () => readInput(absolute, name, cli.maxFileSize)})
    }
  }

  const runner = chooseRunner(inputs.length, {jobs: cli.jobs, timeout: cli.timeout})
  const progress = io.stderrIsTty && inputs.length > 1 ? new Progress(inputs.length, io.stderr) : undefined
  const results: Array<VFile | undefined> = new Array(inputs.length)

  const handle = async (input: Input, index: number): Promise<void> => {
    let decoded: {text: string; encoding: Encoding}
    try {
      decoded = await input.read()
    } catch (error) {
      if (error instanceof Skipped) io.stderr(`copydesk: ${input.name}: ${error.message}\n`)
      else if (error instanceof CopydeskError) failLine(error.message)
      else fail(input.name, describeIoError(error))
      return
    }

    const config = configFor(input.directory)
    if (!config) return
    let outcome: LintOutcome
    try {
      outcome = await runner.run({
        text: decoded.text,
        path: input.name,
        cwd: io.cwd,
        format: input.format,
        options: config.options,
        where: config.where,
        fix: cli.fix || cli.fixDryRun
      })
    } catch (error) {
      fail(input.name, error instanceof TaskTimeout ? error.message : `could not be checked: ${(error as Error).message}`)
      return
    }

    // The messages are about the fixed text, when there is one.
    let {messages, fixedText: value = decoded.text, date} = outcome
    fixed += outcome.applied
    if (value !== decoded.text && cli.fixDryRun) diffs[index] = await unifiedDiff(input.name, decoded.text, value)
    if (value !== decoded.text && cli.fix && input.absolute) {
      try {
        await writeAtomic(input.absolute, encode(value, decoded.encoding))
      } catch (error) {
        // The file keeps its old text; report what is still wrong in it as it is.
        fail(input.name, `not fixed: ${describeIoError(error)}`)
        fixed -= outcome.applied
        value = decoded.text
        ;({messages, date} = runTask({text: value, path: input.name, cwd: io.cwd, format: input.format, options: config.options, where: config.where}))
      }
    }

    results[index] = toVFile({path: input.name, value, cwd: io.cwd}, messages)
    results[index]!.data['storyDate'] = date
    progress?.done(decoded.text, messages.length)
  }

  // Read ahead of the workers, but not the whole archive at once.
  await eachLimited(inputs, runner.concurrency * 2, handle)
  progress?.end()
  await runner.close()
  const files = results.filter((file): file is VFile => file !== undefined)

  if (cli.quiet) dropInfo(files)
  const reporterName = cli.reporter as ReporterName
  const options = {quiet: cli.quiet, verbose: cli.verbose, color: io.stdoutIsTty && !process.env['NO_COLOR'], cwd: io.cwd, version}
  const closing = summary(files, fixed)
  if (cli.fixDryRun) {
    // stdout is the patch alone, so it can be piped to `git apply` or `patch`.
    if (diffs.length > 0) io.stdout(diffs.filter(Boolean).join(''))
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
