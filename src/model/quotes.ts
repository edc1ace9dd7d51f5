/**
 * Direct quotations under news conventions: spans between matching quote
 * marks, across sentences. A quotation left open at the end of a paragraph
 * runs to its end; when the next paragraph opens with a mark of the same kind
 * it continues there (the convention for quotes that go on over several
 * paragraphs), and the span says so.
 *
 * Marks are read by their neighbours, not toggled: an apostrophe inside a word
 * (we'd), after a plural (the Fosters'), in an elision ('90s, 'em, rock 'n'
 * roll) or a prime after a number (5'10", 6" of rain) is no quote mark.
 */
import type {Block, QuoteSpan, Segment} from '../types.js'

type Kind = '"' | "'"

interface Mark {
  offset: number
  kind: Kind
  /** `either`: by what is open; `measure`: closes an open quote, else inches (6" of rain). */
  role: 'open' | 'close' | 'either' | 'measure'
}

export interface QuoteScan {
  quotes: QuoteSpan[]
  /** Closing marks with no opening mark before them in their paragraph. */
  strays: Array<{offset: number; kind: Kind}>
  /** A quotation in double marks inside one in double marks: its two marks. */
  nested: Array<{open: number; close: number}>
}

const letter = /[\p{L}\p{N}]/u
const digit = /\d/
// What may stand before an opening mark: nothing, space, a bracket, a dash, a slash or another opening mark.
const beforeOpen = /^$|[\s([{\u2014\u2013\-/“‘„«"']/u
// What may follow a closing mark: nothing, space, punctuation, a bracket, a dash or another closing mark.
const afterClose = /^$|[\s.,;:!?)\]}\u2014\u2013\-/”’»"'…]/u
// Words that start with an apostrophe for a dropped letter ('em, 'til, 'tis).
const elisions = new Set(['em', 'til', 'tis', 'twas', 'cause', 'bout', 'n', 'round', 'nother', 's'])

export function findQuotes(text: string, blocks: Block[]): QuoteScan {
  const quotes: QuoteSpan[] = []
  const strays: QuoteScan['strays'] = []
  const nested: QuoteScan['nested'] = []
  let carried: Kind | undefined
  for (const [index, block] of blocks.entries()) {
    const marks = readMarks(text, block.segments)
    // A paragraph that opens with the kind of mark the previous one left open continues that quotation.
    const continued = carried !== undefined && marks[0]?.offset === firstProse(text, block) && marks[0].kind === carried && marks[0].role !== 'close'
    carried = undefined
    const open: Mark[] = []
    let start = -1
    for (const [position, mark] of marks.entries()) {
      const isOpen = open.some((item) => item.kind === mark.kind)
      if (mark.role === 'measure' && !isOpen) continue
      const role = mark.role === 'either' ? (isOpen ? 'close' : 'open') : mark.role === 'measure' ? 'close' : mark.role
      if (role === 'open') {
        // A second opening double mark while one is open.
        if (mark.kind === '"' && isOpen) {
          // After a sentence's end it goes on with the same quotation (paragraphs run together into one
          // line keep the news convention's fresh opening mark): one span.
          if (/[.!?…][)\]]?\s+$/.test(text.slice(Math.max(block.start, mark.offset - 4), mark.offset))) continue
          // Mid-sentence and followed by two closing marks: a quotation inside the quotation, in double
          // marks (`"... has been "nasty" to ..."`); it nests.
          const after: Mark[] = []
          for (let next = position + 1; next < marks.length && after.length < 2; next++) if (marks[next]!.kind === '"') after.push(marks[next]!)
          if (after.length === 2 && after[0]!.role !== 'open' && after[1]!.role !== 'open') {
            nested.push({open: mark.offset, close: after[0]!.offset})
            open.push(mark)
            continue
          }

          // Mid-sentence, the first was never closed.
          const at = open.findIndex((item) => item.kind === '"')
          if (at === 0) {
            pushSpan(start, mark.offset, false, index)
            start = mark.offset
            open.length = 0
          } else {
            open.length = at
          }
        }

        if (open.length === 0) start = mark.offset
        open.push(mark)
        continue
      }

      const at = findLast(open, mark.kind)
      if (at === -1) {
        // A single closing mark with nothing open is an apostrophe (the Fosters'); a double one is a stray.
        if (mark.kind === '"') strays.push({offset: mark.offset, kind: mark.kind})
        continue
      }

      // Marks opened inside and never closed close with their container.
      open.length = at
      if (open.length === 0) pushSpan(start, mark.offset + 1, true, index, mark.offset)
    }

    if (open.length > 0) {
      const kind = open[0]!.kind
      const next = blocks[index + 1]
      const continues = next !== undefined && opensWith(text, next, kind)
      pushSpan(start, block.end, false, index, undefined, continues)
      if (continues) carried = kind
    }

    // The first span of a continuing paragraph is marked as such.
    if (continued) {
      const first = quotes.find((span) => span.start === marks[0]!.offset)
      if (first) first.continued = true
    }
  }

  return {quotes, strays, nested}

  function pushSpan(from: number, to: number, closed: boolean, block: number, close?: number, continues = false): void {
    const span: QuoteSpan = {start: from, end: to, closed, block}
    if (close !== undefined) span.close = close
    if (continues) span.continues = true
    quotes.push(span)
  }
}

/** The quote marks of a block's prose, each with the role its neighbours give it. */
function readMarks(text: string, segments: Segment[]): Mark[] {
  const marks: Mark[] = []
  for (const segment of segments) {
    if (segment.source) continue
    for (let offset = segment.start; offset < segment.end; offset++) {
      const char = text.charAt(offset)
      if (char !== '"' && char !== "'" && char !== '“' && char !== '”' && char !== '„' && char !== '‘' && char !== '’') continue
      // Two straight single marks typed for a double one (''Personally'').
      if (char === "'" && text.charAt(offset + 1) === "'" && offset + 1 < segment.end) {
        const mark = classify(text, offset, '"', text.charAt(offset - 1), text.charAt(offset + 2))
        if (mark) marks.push(mark)
        offset++
        continue
      }

      const before = text.charAt(offset - 1)
      const after = text.charAt(offset + 1)
      const mark = classify(text, offset, char, before, after)
      if (mark) marks.push(mark)
    }
  }

  return marks
}

function classify(text: string, offset: number, char: string, before: string, after: string): Mark | undefined {
  if (char === '“' || char === '„') return {offset, kind: '"', role: 'open'}
  if (char === '”') return {offset, kind: '"', role: 'close'}
  if (char === '"') {
    // Between two letters a straight double mark is a garbled apostrophe (Brazil"s), not a quote.
    if (letter.test(before) && letter.test(after)) return undefined
    // Inches after a number (6" of rain, 5'10").
    if (digit.test(before) && !letter.test(after)) return {offset, kind: '"', role: 'measure'}
    const opens = beforeOpen.test(before) && !/[\s)\]}.,;:!?]/.test(after) && after !== ''
    const closes = afterClose.test(after) && !/\s/.test(before) && before !== ''
    return {offset, kind: '"', role: opens && !closes ? 'open' : closes && !opens ? 'close' : 'either'}
  }

  // Single marks: apostrophes are far commoner than quotes, so only a clear opening or closing counts.
  if (letter.test(before) && letter.test(after)) return undefined
  // After a number: feet (5'10"), or the end of a single quote ('Toy Story 4').
  if (char === "'" && digit.test(before)) return letter.test(after) ? undefined : {offset, kind: "'", role: 'measure'}
  const word = /^[\p{L}\p{N}]+/u.exec(text.slice(offset + 1, offset + 12))?.[0] ?? ''
  if (!letter.test(before) && letter.test(after)) {
    // '90s, ’60s, 'em, 'til, rock 'n' roll.
    if (/^\d\d(?:s|’s|'s)?$/.test(word) || (elisions.has(word.toLowerCase()) && !letter.test(text.charAt(offset + 1 + word.length)))) {
      if (char !== '‘') return undefined
    }

    if (char === '’' || beforeOpen.test(before)) return {offset, kind: "'", role: 'open'}
    return undefined
  }

  if (letter.test(before) || /[.,!?;:…"”]/.test(before)) {
    if (!afterClose.test(after)) return undefined
    // After a plural the mark is a possessive unless a single quote is open (decided when matched).
    return {offset, kind: "'", role: char === '‘' ? 'open' : 'close'}
  }

  return undefined
}

function findLast(open: Mark[], kind: Kind): number {
  for (let index = open.length - 1; index >= 0; index--) if (open[index]!.kind === kind) return index
  return -1
}

/** Offset of the block's first prose character. */
function firstProse(text: string, block: Block): number {
  let offset = block.start
  while (offset < block.end && /\s/.test(text.charAt(offset))) offset++
  return offset
}

/** Does the block open with an opening mark of `kind`? */
function opensWith(text: string, block: Block, kind: Kind): boolean {
  const char = text.charAt(firstProse(text, block))
  return kind === '"' ? char === '"' || char === '“' || char === '„' : char === "'" || char === '‘'
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
