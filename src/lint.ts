/**
 * The one processor behind the CLI, CI and the language server: text in,
 * vfile messages out. Also the unified plugin for retext, remark and rehype.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {VFile} from 'vfile'
import {controlFilter} from './control.js'
import {CopydeskError} from './errors.js'
import {formatIsoDate, parseIsoDate} from './model/dates.js'
import {addMessage, toPlain} from './pool/plain.js'
import {LineIndex} from './source/line-index.js'
import {buildModel} from './model/document.js'
import {report} from './report.js'
import {dataRules} from './data-rules.js'
import {activeRules, specs, type ActiveRule} from './rule-set.js'
import type {CopydeskData, Format, Options, StoryDate} from './types.js'

export interface LintFileOptions {
  /** Overrides detection from the file extension. */
  format?: Format | undefined
  /** A tree from a remark/rehype pipeline, reused instead of parsing again. */
  tree?: MdastRoot | HastRoot | undefined
}

export type Linter = (input: string | VFile, fileOptions?: LintFileOptions) => VFile

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn', '.mdx', '.ron'])
const htmlExtensions = new Set(['.html', '.htm', '.xhtml', '.shtml'])

/** Format from a file name: Markdown and HTML by extension, plain text otherwise. */
export function formatFromPath(filePath: string | undefined): Format {
  const extension = filePath ? filePath.slice(filePath.lastIndexOf('.')).toLowerCase() : ''
  if (markdownExtensions.has(extension)) return 'markdown'
  if (htmlExtensions.has(extension)) return 'html'
  return 'text'
}

/** Check options that do not depend on the text; throws `CopydeskError`. */
export function checkOptions(options: Options, where = 'options'): void {
  if (options.date !== undefined && options.date !== 'none' && !parseIsoDate(String(options.date))) {
    throw new CopydeskError(`${where}: \`date\` must be a date as YYYY-MM-DD or \`none\`, not \`${String(options.date)}\``)
  }

  if (options.dialect !== undefined && !['us', 'uk', 'auto'].includes(options.dialect)) {
    throw new CopydeskError(`${where}: \`dialect\` must be us, uk or auto, not \`${String(options.dialect)}\``)
  }

  if (options.format !== undefined && !['text', 'markdown', 'html'].includes(options.format)) {
    throw new CopydeskError(`${where}: \`format\` must be text, markdown or html, not \`${String(options.format)}\``)
  }
}

/** Compile `options` once; the returned function lints one file at a time. */
export function createLinter(options: Options = {}, where = 'options'): Linter {
  checkOptions(options, where)
  const rules = activeRules(options.rules, where, dataRules(options, where, specs()))
  return (input, fileOptions = {}) => {
    const file = typeof input === 'string' ? new VFile({value: input}) : input
    run(file, rules, options, fileOptions)
    return file
  }
}

/** The story date a run used, as the JSON report gives it (`file.data.storyDate`). */
export interface ReportedDate {
  /** YYYY-MM-DD. */
  date: string
  /** Where it came from: option, config, front-matter, html, byline, dateline, or today (none in the story). */
  source: StoryDate['source']
  /** The words it was read from. */
  text: string
  /** The other reading of an ambiguous date (01-11-2023). */
  alternative?: string
}

/** The story date the last run on `file` used, if any (`date: none` or no year: none). */
export function storyDateOf(file: VFile): ReportedDate | undefined {
  const stored = file.data['storyDate'] as ReportedDate | undefined
  if (stored) return stored
  const date = (file.data['copydesk'] as CopydeskData | undefined)?.model.date
  if (!date) return undefined
  return {date: formatIsoDate(date), source: date.source, text: date.text, ...(date.alternative ? {alternative: formatIsoDate(date.alternative)} : {})}
}

/** Lint `value` (a string or VFile) with every default rule, or as `options` say. */
export function lint(value: string | VFile, options: Options = {}): VFile {
  return createLinter(options)(value)
}

/**
 * Above this many characters a file is linted in sections split at paragraph
 * breaks: memory stays that of one section and time stays linear. A story
 * is far smaller; this is for archive dumps and pasted books.
 */
export const sectionChars = 250_000

function run(file: VFile, rules: ActiveRule[], options: Options, fileOptions: LintFileOptions): void {
  const text = String(file.value ?? '')
  const format = fileOptions.format ?? options.format ?? formatFromPath(file.path)
  if (text.length > sectionChars && format !== 'html' && !fileOptions.tree) {
    runSections(file, text, format, rules, options)
    return
  }

  let model
  try {
    model = buildModel(text, {format, dialect: options.dialect, date: options.date, tree: fileOptions.tree})
  } catch (error) {
    // The HTML parser recurses per element: tens of thousands of nested tags overflow it.
    if (error instanceof RangeError) throw new CopydeskError(`${format === 'html' ? 'HTML' : 'markup'} nested too deeply to read (${error.message})`)
    throw error
  }

  const filter = controlFilter(model)
  const data: CopydeskData = {model}
  file.data['copydesk'] = data

  for (const rule of rules) {
    try {
      rule.check(model, (finding) => {
        if (filter?.(rule.spec.id, finding.start)) return
        report(file, model, rule.spec, rule.severity, finding)
      })
    } catch (error) {
      // One broken rule must not take the others (or an editor session) down.
      const message = file.message(`Rule \`${rule.spec.id}\` failed: ${(error as Error).message}`, {
        ruleId: rule.spec.id,
        source: 'copydesk'
      })
      message.fatal = true
    }
  }

  file.messages.sort(
    (a, b) =>
      (a.place && 'start' in a.place ? a.place.start.offset ?? 0 : 0) -
        (b.place && 'start' in b.place ? b.place.start.offset ?? 0 : 0) ||
      String(a.ruleId).localeCompare(String(b.ruleId))
  )
}

/** Lint `text` section by section and put every message back at its place in the whole file. */
function runSections(file: VFile, text: string, format: Format, rules: ActiveRule[], options: Options): void {
  const lines = new LineIndex(text)
  let date = options.date
  for (const [start, end] of sections(text, format)) {
    const section = new VFile({value: text.slice(start, end), ...(file.path ? {path: file.path} : {})})
    run(section, rules, {...options, ...(date ? {date} : {})}, {format})
    // The story's date, once found (front matter, byline), holds for the later sections too.
    const found = (section.data['copydesk'] as CopydeskData | undefined)?.model.date
    file.data['storyDate'] ??= storyDateOf(section)
    if (!date && found && found.source !== 'today') date = formatIsoDate(found)
    for (const message of section.messages) {
      const plain = toPlain(message)
      if (plain.start && plain.end) {
        plain.start = lines.point(start + plain.start.offset)
        plain.end = lines.point(start + plain.end.offset)
      }

      addMessage(file, plain)
    }
  }
}

/** Cut points near every `sectionChars` at a blank line (outside Markdown code fences), else a line break, else a space. */
function sections(text: string, format: Format): Array<[number, number]> {
  const result: Array<[number, number]> = []
  let from = 0
  while (text.length - from > sectionChars) {
    const limit = from + sectionChars
    let cut = -1
    let fenced = false
    const lineBreak = /\r\n|\r|\n/g
    lineBreak.lastIndex = from
    let previousBlank = false
    let match: RegExpExecArray | null
    let lineStart = from
    while ((match = lineBreak.exec(text)) && match.index < limit) {
      const line = text.slice(lineStart, match.index)
      if (format === 'markdown' && /^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced
      const blank = line.trim() === ''
      if (blank && !previousBlank && !fenced && lineStart > from) cut = lineStart
      previousBlank = blank
      lineStart = match.index + match[0].length
    }

    if (cut <= from) {
      const space = text.lastIndexOf(' ', limit)
      // Before the space, not after it: a section must not end in white space (it would read as trailing).
      cut = lineStart > from ? lineStart : space > from ? space : limit
    }
    result.push([from, cut])
    from = cut
  }

  result.push([from, text.length])
  return result
}
