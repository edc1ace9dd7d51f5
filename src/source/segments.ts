/**
 * Helpers shared by the three front ends (text, Markdown, HTML) that cut a file into blocks.
 */
import type {Segment} from '../types.js'

// Bare URLs and e-mail addresses are not prose: they become `source` segments.
const urlPattern = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”'‘’]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g
const trailingPunctuation = /[.,;:!?)\]]+$/

/**
 * Split the prose run `start..end` of `text` into text and source segments,
 * so URLs and addresses inside it are never linted.
 */
export function proseSegments(text: string, start: number, end: number, into: Segment[]): void {
  const value = text.slice(start, end)
  // Fast path: most runs hold no URL at all.
  if (!value.includes('://') && !value.includes('www.') && !value.includes('@')) {
    if (end > start) into.push({start, end})
    return
  }

  let last = 0
  urlPattern.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = urlPattern.exec(value))) {
    const url = match[0].replace(trailingPunctuation, '')
    if (url.length === 0) continue
    const from = match.index
    if (from > last) into.push({start: start + last, end: start + from})
    into.push({start: start + from, end: start + from + url.length, source: true})
    last = from + url.length
  }

  if (last < value.length) into.push({start: start + last, end})
}
