/**
 * whitespace: layout debris a CMS paste leaves in copy. Doubled spaces
 * inside a line (any space kind: a no-break space beside a space counts),
 * tabs between words, white space at the end of a line, and lines that hold
 * nothing but white space (reported once per file, not once per line).
 * Only prose is read: code, tables and preformatted HTML are not; a Markdown
 * hard break (two spaces before a line break inside a paragraph) is markup.
 */
import type {Block, Check, DocumentModel, RuleModule} from '../types.js'

interface Options {
  trailing: boolean
  blankLines: boolean
}

// Horizontal white space: space, tab, no-break, en/em/thin/hair, narrow no-break, ideographic.
const space = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/gu
const sentenceEnd = /[.!?]["”’')\]]*$/
const names: Record<string, string> = {'\t': 'a tab', '\u00a0': 'a no-break space', '\u2009': 'a thin space', '\u202f': 'a narrow no-break space', ' ': 'a space'}

export const whitespace: RuleModule<Options> = {
  id: 'whitespace',
  create({options}): Check {
    return (model, report) => {
      for (const block of model.blocks) inside(model, block, report)
      // HTML collapses white space when it renders: only the text formats have layout lines.
      if (model.format === 'html') return
      lines(model, options, report)
    }
  }
}

/** Doubled spaces and tabs between two characters of one line of prose. */
function inside(model: DocumentModel, block: Block, report: Parameters<Check>[1]): void {
  const {text} = model
  for (const segment of block.segments) {
    if (segment.source) continue
    const value = text.slice(segment.start, segment.end)
    if (!/[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]{2}|\t/u.test(value)) continue
    space.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = space.exec(value))) {
      const run = match[0]
      const start = segment.start + match.index
      const end = start + run.length
      // Leading or trailing white space of a segment borders markup or a line break.
      if (match.index === 0 || match.index + run.length === value.length) continue
      if (run === ' ' || (run.length === 1 && run !== '\t')) continue
      // Three or more plain spaces line up columns (a wire table), a layout choice rather than a slip.
      if (/^ {3,}$/.test(run)) continue
      // HTML renders runs of plain spaces as one; only a no-break space there is visible.
      if (model.format === 'html' && !/[\u00a0\u202f]/u.test(run)) continue
      // White space between sentences is sentence-spacing's to judge.
      if (/^[ \t]+$/.test(run) && sentenceEnd.test(value.slice(0, match.index))) continue
      const before = /\S+$/u.exec(value.slice(0, match.index))?.[0] ?? ''
      const after = /^\S+/u.exec(value.slice(match.index + run.length))?.[0] ?? ''
      report({
        start,
        end,
        actual: run,
        expected: [' '],
        reason:
          run === '\t'
            ? `Unexpected tab between \`${before}\` and \`${after}\`, use a space`
            : `Unexpected ${run.length} spaces${kinds(run)} between \`${before}\` and \`${after}\`, use one`
      })
    }
  }
}

/** Trailing white space, and lines of nothing but white space (one message for them all). */
function lines(model: DocumentModel, options: Options, report: Parameters<Check>[1]): void {
  const {text} = model
  const blank: Array<{start: number; end: number}> = []
  const lineBreak = /\r\n|\r|\n|$/g
  let from = 0
  let match: RegExpExecArray | null
  while ((match = lineBreak.exec(text))) {
    const line = text.slice(from, match.index)
    const lineStart = from
    from = match.index + match[0].length
    if (match[0] === '') lineBreak.lastIndex++
    const trail = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\uFEFF]+$/u.exec(line)
    if (trail) {
      const start = lineStart + trail.index
      const end = lineStart + line.length
      if (trail.index === 0) {
        if (lineStart === 0 && line === '\uFEFF') continue
        // Markdown reads a line of plain spaces or tabs as blank (and code keeps them): only other spaces count there.
        if (model.format !== 'markdown' || /[^ \t]/.test(trail[0])) blank.push({start, end})
      } else if (options.trailing && model.plain(start - 1, start)) {
        const hardBreak = model.format === 'markdown' && /^ {2,}$/.test(trail[0]) && nextLineHasText(text, from)
        if (!hardBreak) {
          report({
            start,
            end,
            actual: trail[0],
            expected: [''],
            reason: `Unexpected white space at the end of the line${kinds(trail[0])}, remove it`
          })
        }
      }
    }

    if (match.index >= text.length) break
  }

  // A file of nothing but white space is an empty file, not a story with debris.
  if (!options.blankLines || blank.length === 0 || model.blocks.length === 0) return
  const first = blank[0]!
  const what = kinds(blank.map((item) => text.slice(item.start, item.end)).join(''))
  const others = blank.slice(1).map((item) => model.lines.point(item.start).line)
  report({
    start: first.start,
    end: first.end,
    actual: text.slice(first.start, first.end),
    expected: [],
    reason:
      blank.length === 1
        ? `Unexpected line of nothing but white space${what}: empty it`
        : `Unexpected lines of nothing but white space${what}: ${blank.length} of them, here and at line${others.length > 1 ? 's' : ''} ${list(others)}`,
    note: 'Paste debris: such lines look empty but are not, and some systems print them as paragraphs.'
  })
}

/** The kinds of space in `run`, when not only plain spaces: " (a no-break space and a space)". */
function kinds(run: string): string {
  const found = [...new Set([...run])].map((char) => names[char] ?? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
  if (found.length === 1 && found[0] === 'a space') return ''
  return ' (' + (found.length === 1 ? found[0]! : found.slice(0, -1).join(', ') + ' and ' + found.at(-1)!) + ')'
}

function list(numbers: number[]): string {
  if (numbers.length <= 6) return numbers.join(', ')
  return numbers.slice(0, 5).join(', ') + `, … ${numbers.at(-1)}`
}



function nextLineHasText(text: string, from: number): boolean {
  const end = text.slice(from).search(/\r|\n|$/)
  return /\S/.test(text.slice(from, from + end))
}
