/**
 * Inline control comments, the same in all three formats (in plain text, on a
 * line of their own):
 *
 *   <!-- copydesk-disable repeated-words -->  ...  <!-- copydesk-enable -->
 *   <!-- copydesk-ignore-next -->            (the next block only)
 *
 * No ids means every rule. A marker counts only where it is a comment: not
 * inside Markdown code (a fenced example of a marker switches nothing off),
 * and in plain text only on a line of its own.
 */
import type {DocumentModel} from './types.js'

const marker = /<!--\s*copydesk-(disable|enable|ignore-next)\b([^>]*?)-->/g

interface Range {
  start: number
  end: number
  /** `undefined` for every rule. */
  ids: Set<string> | undefined
}

export type Filter = (ruleId: string, offset: number) => boolean

/** A predicate that says whether a message of `ruleId` at `offset` is switched off. */
export function controlFilter(model: DocumentModel): Filter | undefined {
  const {text, blocks} = model
  if (!text.includes('copydesk-')) return undefined
  const ranges: Range[] = []
  const open = new Map<string, number>()
  let match: RegExpExecArray | null
  marker.lastIndex = 0
  while ((match = marker.exec(text))) {
    const at0 = match.index
    if (model.code.some(([start, end]) => at0 >= start && at0 < end)) continue
    if (model.format === 'text' && !ownLine(text, at0, at0 + match[0].length)) continue
    const ids = match[2]!.split(/[\s,]+/).filter(Boolean)
    const at = match.index + match[0].length
    const keys = ids.length > 0 ? ids : ['*']
    if (match[1] === 'disable') {
      for (const id of keys) if (!open.has(id)) open.set(id, at)
    } else if (match[1] === 'enable') {
      for (const id of ids.length > 0 ? ids : [...open.keys()]) {
        const start = open.get(id)
        if (start === undefined) continue
        ranges.push({start, end: match.index, ids: id === '*' ? undefined : new Set([id])})
        open.delete(id)
      }
    } else {
      const next = blocks.find((block) => block.start >= at)
      if (next) ranges.push({start: at, end: next.end, ids: ids.length > 0 ? new Set(ids) : undefined})
    }
  }

  for (const [id, start] of open) ranges.push({start, end: text.length, ids: id === '*' ? undefined : new Set([id])})
  if (ranges.length === 0) return undefined
  return (ruleId, offset) =>
    ranges.some((range) => offset >= range.start && offset < range.end && (!range.ids || range.ids.has(ruleId)))
}

/** Does `start..end` stand alone on its line (white space around it only)? */
function ownLine(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  let lineEnd = text.indexOf('\n', end)
  if (lineEnd === -1) lineEnd = text.length
  return !text.slice(lineStart, start).trim() && !text.slice(end, lineEnd).trim()
}
