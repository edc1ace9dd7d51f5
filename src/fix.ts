/**
 * Safe autofix, shared by `--fix` and the language server: which messages
 * may be applied without asking, and how to apply them without overlap.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rangeOf} from './reporters/severity.js'
import {specFor} from './rule-set.js'

export interface Edit {
  start: number
  end: number
  value: string
  ruleId: string
}

/** Rules that declare `fixable: true` in their rule file (built in, or a data rule loaded by config). */
export function isFixableRule(ruleId: string | undefined): boolean {
  return specFor(ruleId)?.fixable === true
}

/** A message's edit when it has a range and exactly one `expected` value. */
export function editOf(message: VFileMessage): Edit | undefined {
  const range = rangeOf(message)
  if (!range || message.expected?.length !== 1) return undefined
  return {start: range.start, end: range.end, value: message.expected[0]!, ruleId: String(message.ruleId)}
}

/**
 * The edits `--fix` may apply: one `expected` value, a fixable rule, and no
 * overlap with an edit already taken (earlier in the text wins; two
 * insertions at one point overlap too). What is left waits for the next pass.
 */
export function safeEdits(file: VFile): Edit[] {
  const candidates = file.messages
    .filter((message) => isFixableRule(message.ruleId ?? undefined))
    .map(editOf)
    .filter((edit): edit is Edit => edit !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end)
  const taken: Edit[] = []
  let reach = -1
  for (const edit of candidates) {
    if (edit.start < reach || (edit.start === reach && taken.at(-1)!.start === edit.start)) continue
    taken.push(edit)
    reach = edit.end
  }

  return taken
}

/** Apply non-overlapping edits; a line break in a fix follows the file's own (CRLF stays CRLF). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const eol = /\r\n/.test(text) ? '\r\n' : '\n'
  const parts: string[] = []
  let last = 0
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    parts.push(text.slice(last, edit.start), eol === '\n' ? edit.value : edit.value.replace(/\r?\n/g, eol))
    last = edit.end
  }

  parts.push(text.slice(last))
  return parts.join('')
}

export interface FixResult {
  /** The fixed text (the input when nothing applied). */
  text: string
  /** The file re-linted on the fixed text: what remains to report. */
  file: VFile
  /** Edits applied, over all passes. */
  applied: number
}

/**
 * Apply safe edits and re-lint until nothing safe is left (an edit held back
 * for overlap gets its turn), so a second `--fix` finds nothing to do.
 * `relint` lints a text the way the first file was linted.
 */
export function fixToFixedPoint(file: VFile, relint: (text: string) => VFile, maxPasses = 10): FixResult {
  let current = file
  let text = String(file.value)
  let applied = 0
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = safeEdits(current)
    if (edits.length === 0) break
    const next = applyEdits(text, edits)
    if (next === text) break
    applied += edits.length
    text = next
    current = relint(text)
  }

  return {text, file: current, applied}
}
