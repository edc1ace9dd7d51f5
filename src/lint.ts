/**
 * The one processor behind the CLI, CI and the language server: text in,
 * vfile messages out. Also the unified plugin for retext, remark and rehype.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {VFile} from 'vfile'
import {controlFilter} from './control.js'
import {CopydeskError} from './errors.js'
import {parseIsoDate} from './model/dates.js'
import {buildModel} from './model/document.js'
import {report} from './report.js'
import {activeRules, type ActiveRule} from './rule-set.js'
import type {CopydeskData, Format, Options} from './types.js'

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
  if (options.date !== undefined && !parseIsoDate(String(options.date))) {
    throw new CopydeskError(`${where}: \`date\` must be a date as YYYY-MM-DD, not \`${String(options.date)}\``)
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
  const rules = activeRules(options.rules, where)
  return (input, fileOptions = {}) => {
    const file = typeof input === 'string' ? new VFile({value: input}) : input
    run(file, rules, options, fileOptions)
    return file
  }
}

/** Lint `value` (a string or VFile) with every default rule, or as `options` say. */
export function lint(value: string | VFile, options: Options = {}): VFile {
  return createLinter(options)(value)
}

function run(file: VFile, rules: ActiveRule[], options: Options, fileOptions: LintFileOptions): void {
  const text = String(file.value ?? '')
  const format = fileOptions.format ?? options.format ?? formatFromPath(file.path)
  const model = buildModel(text, {format, dialect: options.dialect, date: options.date, tree: fileOptions.tree})
  const filter = controlFilter(text, model.blocks)
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
