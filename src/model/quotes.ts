/**
 * Direct quotations: spans between matching quote marks, across sentences.
 * A quotation left open at the end of a paragraph runs to its end (the
 * convention for quotes that go on over several paragraphs).
 */
import type {Block, QuoteSpan} from '../types.js'

const letter = /[\p{L}\p{N}]/u

export function findQuotes(text: string, blocks: Block[]): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  for (const block of blocks) {
    // Stack of open marks: `"` (double) or `'` (single); outermost start kept.
    const open: string[] = []
    let start = -1
    for (let index = block.start; index < block.end; index++) {
      const char = text.charAt(index)
      let kind: string | undefined
      let opening: boolean | undefined
      if (char === '“' || char === '„') {
        kind = '"'
        opening = true
      } else if (char === '”') {
        kind = '"'
        opening = false
      } else if (char === '"') {
        kind = '"'
        opening = !open.includes('"')
      } else if (char === '‘' || char === '’' || char === "'") {
        const before = text.charAt(index - 1)
        const after = text.charAt(index + 1)
        // Apostrophes sit inside words (don’t) or after a plural (leaders’).
        if (letter.test(before) && letter.test(after)) continue
        kind = "'"
        if (char === '‘' || (!letter.test(before) && letter.test(after))) opening = true
        else if (open.includes("'")) opening = false
        else continue
      }

      if (!kind) continue
      if (opening) {
        if (open.length === 0) start = index
        open.push(kind)
      } else {
        const at = open.lastIndexOf(kind)
        if (at === -1) continue
        open.length = at
        if (open.length === 0) spans.push({start, end: index + 1})
      }
    }

    if (open.length > 0) spans.push({start, end: block.end})
  }

  return spans
}

/** Binary search: is `offset` inside one of the sorted `spans`? */
export function inSpans(spans: ReadonlyArray<{start: number; end: number}>, offset: number): boolean {
  let low = 0
  let high = spans.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const span = spans[mid]!
    if (offset < span.start) high = mid - 1
    else if (offset >= span.end) low = mid + 1
    else return true
  }

  return false
}
