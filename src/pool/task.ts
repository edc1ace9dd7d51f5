/**
 * One unit of work for the CLI's pool and the language server: lint a text
 * (and fix it, if asked) with compiled options, returning plain data.
 * Linters are compiled once per distinct options and reused.
 */
import {VFile} from 'vfile'
import {CopydeskError} from '../errors.js'
import {fixToFixedPoint} from '../fix.js'
import {createLinter, storyDateOf, type Linter, type ReportedDate} from '../lint.js'
import type {Format, Options} from '../types.js'
import {toPlain, type PlainMessage} from './plain.js'

export interface LintTask {
  text: string
  path?: string | undefined
  cwd?: string | undefined
  format?: Format | undefined
  options: Options
  /** Where the options came from, for error messages (a config file path). */
  where: string
  fix?: boolean
  /** Bumped when files the options point at change, so compiled linters are rebuilt. */
  generation?: number
}

export interface LintOutcome {
  messages: PlainMessage[]
  /** The fixed text, when fixing changed it. */
  fixedText?: string
  applied: number
  /** A config error (one line), instead of messages. */
  error?: string
  /** The story date the lint used (for the JSON report). */
  date?: ReportedDate | undefined
}

const linters = new Map<string, Linter>()

/** The compiled linter for these options (throws `CopydeskError` on bad options); cached. */
export function linterFor(options: Options, where: string, generation = 0): Linter {
  const key = `${generation}\0${where}\0${JSON.stringify(options)}`
  let linter = linters.get(key)
  if (!linter) {
    linter = createLinter(options, where)
    if (linters.size > 32) linters.clear()
    linters.set(key, linter)
  }

  return linter
}

export function runTask(task: LintTask): LintOutcome {
  let linter: Linter
  try {
    linter = linterFor(task.options, task.where, task.generation)
  } catch (error) {
    if (error instanceof CopydeskError) return {messages: [], applied: 0, error: error.message}
    throw error
  }

  const lintText = (value: string) => linter(new VFile({value, ...(task.path ? {path: task.path} : {}), ...(task.cwd ? {cwd: task.cwd} : {})}), {format: task.format})
  const file = lintText(task.text)
  if (!task.fix) return {messages: file.messages.map(toPlain), applied: 0, date: storyDateOf(file)}
  const result = fixToFixedPoint(file, lintText)
  return {
    messages: result.file.messages.map(toPlain),
    applied: result.applied,
    date: storyDateOf(result.file),
    ...(result.text === task.text ? {} : {fixedText: result.text})
  }
}
