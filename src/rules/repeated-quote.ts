/**
 * repeated-quote: the same quotation twice in one story, verbatim or nearly
 * (case, punctuation and quote marks folded; a word or two dropped, doubled
 * or changed), reported at the later copy with the earlier one named. Given
 * to two different speakers, the message says so. A quotation shorter than
 * `minWords` (a stock phrase, a title, a name in quotes) is not compared.
 *
 * The two copies are aligned word by word (Smith-Waterman local alignment),
 * so a repeated passage inside a longer quotation is found too; only pairs
 * that share a run of four words are aligned at all. Quotations in captions,
 * pull quotes, highlights and embedded posts are page furniture, not compared.
 */
import type {Check, DocumentModel, QuoteSpan, RuleModule} from '../types.js'

interface Options {
  minWords: number
  /** Edits (a word dropped, added or changed) allowed per ten matched words. */
  editsPerTen: number
}

interface Word {
  value: string
  start: number
  end: number
}

interface Quote {
  span: QuoteSpan
  words: Word[]
  shingles: Set<string>
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
const verbs = 'said|says|added|adds|told|asked|wrote|noted|explained|continued|declared|insisted|replied|warned|stressed'
const pronoun = /^(?:he|she|they|i|we|it|you)$/i
const nameAfter = new RegExp(String.raw`^[\s,]*(?:(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:${verbs})\b|(?:${verbs})\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}))`, 'u')
const nameBefore = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:${verbs})[,:]?\s*$`, 'u')

export const repeatedQuote: RuleModule<Options> = {
  id: 'repeated-quote',
  create({options}): Check {
    return (model, report) => {
      // Only the story's own paragraphs: a pull quote, a "Story highlights" line or an embedded post repeats
      // a quotation from the text by design.
      const quotes = model.quotes
        .filter((span) => model.blocks[span.block]?.kind === 'body' && !model.blocks[span.block]!.embed)
        .map((span) => read(model, span))
        .filter((quote) => quote.words.length >= options.minWords)
      const reported = new Set<number>()
      for (let later = 1; later < quotes.length; later++) {
        for (let earlier = 0; earlier < later; earlier++) {
          const a = quotes[earlier]!
          const b = quotes[later]!
          if (reported.has(later) || !shares(a, b) || sameBlockText(model, a.span, b.span)) continue
          const match = align(a.words, b.words, options)
          if (!match) continue
          reported.add(later)
          const first = a.words[match.aStart]!
          const speakers = [speaker(model, a.span), speaker(model, b.span)]
          const two = speakers[0] && speakers[1] && surname(speakers[0]) !== surname(speakers[1])
          const where = model.lines.point(first.start)
          const start = b.words[match.bStart]!.start
          const end = b.words[match.bEnd]!.end
          report({
            start,
            end,
            actual: model.text.slice(start, end),
            expected: [],
            reason: two
              ? `The same words are quoted from ${speakers[0]} at line ${where.line} and here from ${speakers[1]}: check who said them`
              : `Quotation repeated: the story already quotes these words at line ${where.line}${match.edits > 0 ? ' (nearly verbatim)' : ''}; keep one`,
            note: `First quoted at ${where.line}:${where.column}: “${model.text.slice(first.start, a.words[match.aEnd]!.end)}”`
          })
        }
      }
    }
  }
}

function read(model: DocumentModel, span: QuoteSpan): Quote {
  const from = span.start + 1
  const to = span.close ?? span.end
  const inner = model.text.slice(from, to)
  const words: Word[] = []
  for (const match of inner.matchAll(wordPattern)) {
    words.push({value: match[0].toLowerCase().replace('’', "'"), start: from + match.index, end: from + match.index + match[0].length})
  }

  const shingles = new Set<string>()
  for (let index = 0; index + 4 <= words.length; index++) shingles.add(words.slice(index, index + 4).map((word) => word.value).join(' '))
  return {span, words, shingles}
}

function shares(a: Quote, b: Quote): boolean {
  let common = 0
  for (const shingle of a.shingles) if (b.shingles.has(shingle) && ++common >= 2) return true
  return false
}

/** Best local alignment of two word lists; undefined unless it is long and close enough. */
function align(a: Word[], b: Word[], options: Options): {aStart: number; aEnd: number; bStart: number; bEnd: number; edits: number} | undefined {
  const width = b.length + 1
  const score = new Int32Array((a.length + 1) * width)
  let best = 0
  let bestAt = 0
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const diagonal = score[(i - 1) * width + j - 1]! + (a[i - 1]!.value === b[j - 1]!.value ? 2 : -1)
      const value = Math.max(0, diagonal, score[(i - 1) * width + j]! - 1, score[i * width + j - 1]! - 1)
      score[i * width + j] = value
      if (value > best) {
        best = value
        bestAt = i * width + j
      }
    }
  }

  // Trace back to count matches and edits.
  let i = Math.floor(bestAt / width)
  let j = bestAt % width
  const aEnd = i - 1
  const bEnd = j - 1
  let matches = 0
  let edits = 0
  while (i > 0 && j > 0 && score[i * width + j]! > 0) {
    const here = score[i * width + j]!
    const same = a[i - 1]!.value === b[j - 1]!.value
    if (here === score[(i - 1) * width + j - 1]! + (same ? 2 : -1)) {
      if (same) matches++
      else edits++
      i--
      j--
    } else if (here === score[(i - 1) * width + j]! - 1) {
      edits++
      i--
    } else {
      edits++
      j--
    }
  }

  if (matches < options.minWords || edits * 10 > matches * options.editsPerTen) return undefined
  return {aStart: i, aEnd, bStart: j, bEnd, edits}
}

/** The named speaker of a quotation (`..., Kirby said`, `said John Kirby`, `Kirby said: "...`), if the text names one. */
function speaker(model: DocumentModel, span: QuoteSpan): string | undefined {
  const block = model.blocks[span.block]
  if (!block) return undefined
  const after = nameAfter.exec(model.text.slice(span.end, Math.min(block.end, span.end + 80)))
  const found = after?.[1] ?? after?.[2] ?? nameBefore.exec(model.text.slice(Math.max(block.start, span.start - 80), span.start))?.[1]
  return found && !pronoun.test(found) ? found : undefined
}

/** Two copies of one paragraph are duplicate-text's to report, not two quotations. */
function sameBlockText(model: DocumentModel, a: QuoteSpan, b: QuoteSpan): boolean {
  const first = model.blocks[a.block]!
  const second = model.blocks[b.block]!
  return a.block !== b.block && model.text.slice(first.start, first.end) === model.text.slice(second.start, second.end)
}

function surname(name: string): string {
  return name.split(/\s+/).at(-1)!.replace(/['’]s$/, '')
}
