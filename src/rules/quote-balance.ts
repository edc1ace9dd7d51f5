/**
 * quote-balance: a quotation that opens and never closes, or a closing mark
 * that never opened, judged by paragraph under news conventions. A quote that
 * runs on into the next paragraph has no closing mark at the end of the first
 * and a fresh opening mark at the start of the next: that is right, and only
 * the last paragraph of such a run must close it. Reads the document model's
 * quotations (see `src/model/quotes.ts`), which know apostrophes, elisions and
 * primes from quote marks.
 */
import type {Check, DocumentModel, QuoteSpan, RuleModule} from '../types.js'

// Where a closing mark is most often dropped: before the attribution (`..., he said`).
const attribution =
  /([,?!])\s+(?:he|she|they|I|we|it|(?:the|a|an|his|her|their)\s+\p{Ll}+(?:\s+\p{Ll}+)?|\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s+(?:said|says|added|asked|told|wrote|noted|explained|continued|declared|insisted|replied|warned|shouted|recalled)\b|([,?!])\s+(?:said|says|added|asked|wrote)\s+(?:the\s+)?\p{L}/u

const closing: Record<string, string> = {'"': '"', '“': '”', '„': '“', "'": "'", '‘': '’', '’': '’'}

interface Options {
  /** Report a quotation left open at the end of its paragraph when the next does not continue it. */
  paragraphEnd: boolean
}

const terminal = /[.!?…]["”’')\]]*\s*$/

export const quoteBalance: RuleModule<Options> = {
  id: 'quote-balance',
  create({options}): Check {
    return (model, report) => {
      const {text, blocks} = model
      const explained = new Set<number>()
      for (const stray of model.strayQuoteMarks) {
        const index = blocks.findIndex((block) => block.start <= stray.offset && stray.offset < block.end)
        const previous = lastOpen(model.quotes, index - 1)
        // The paragraph before left a quote open: this one goes on with it but lost its opening mark.
        const runOn = previous !== undefined && !previous.continues && blocks[index]?.kind === 'body'
        // A stray at the very end of a paragraph, with no open quote before it, mirrors the paragraph-final
        // loss below (the opening mark of a run-on paragraph lost): reported only with that option.
        if (!runOn && !options.paragraphEnd && /^[\s.,;:!?…)\]]*$/.test(text.slice(stray.offset + 1, blocks[index]?.end ?? stray.offset + 1))) continue
        if (runOn) explained.add(previous.start)
        report({
          start: stray.offset,
          end: stray.offset + 1,
          actual: text.charAt(stray.offset),
          expected: [],
          reason: runOn
            ? `Closing quotation mark with no opening mark in its paragraph: a quotation that runs on from the previous paragraph (opened at line ${line(model, previous.start)}) opens again at the start of this one`
            : 'Closing quotation mark with no opening mark in its paragraph'
        })
      }

      // A quotation inside a quotation takes single marks: `"... has been 'nasty' to ..."`.
      for (const {open, close} of model.nestedDoubleQuotes) {
        const inner = text.slice(open + 1, close)
        const curly = text.charAt(open) === '“'
        const [left, right] = curly ? ['‘', '’'] : ["'", "'"]
        report({
          start: open,
          end: close + 1,
          actual: text.slice(open, close + 1),
          expected: [left + inner + right],
          reason: `A quotation inside a quotation takes single marks: \`${left}${inner}${right}\`, not \`${text.slice(open, close + 1)}\``
        })
      }

      for (const span of model.quotes) {
        // Closed only by a later quotation: `"It was hard, she said. "It was worth it."` lost a mark before the attribution.
        const lost = span.closed ? attributionInside(model, span) : undefined
        if (lost) {
          report({
            start: span.start,
            end: span.start + 1,
            actual: text.charAt(span.start),
            expected: [],
            reason: `The quotation opened here is never closed before its attribution: it likely ends at \`${lost.word}\` (line ${line(model, lost.offset)}), with \`${closing[text.charAt(span.start)] ?? '"'}\``
          })
          continue
        }

        if (span.closed || span.continues || explained.has(span.start)) continue
        const block = blocks[span.block]!
        const mark = text.charAt(span.start)
        const end = likelyEnd(model, span)
        // Ended by a new quotation opening mid-sentence before this one closed.
        const interrupted = span.end < block.end
        if (!end && !interrupted) {
          // Left open to the paragraph's end: the commonest dropped mark, and the one archives lose in bulk.
          if (!options.paragraphEnd) continue
          // A paragraph cut off mid-sentence (an excerpt) says nothing about its quotes.
          if (!terminal.test(text.slice(block.start, block.end))) continue
        }

        report({
          start: span.start,
          end: span.start + 1,
          actual: mark,
          expected: [],
          reason:
            (span.continued
              ? 'The quotation that runs on into this paragraph is never closed'
              : `The quotation opened here is never closed in its paragraph`) +
            (end
              ? `: it likely ends at \`${end.word}\` before the attribution (line ${line(model, end.offset)}), with \`${closing[mark] ?? mark}\``
              : interrupted
                ? ` before the next one opens (line ${line(model, span.end)}, column ${model.lines.point(span.end).column})`
                : '')
        })
      }
    }
  }
}

/** The word a dropped closing mark most likely followed: the one before `, he said`. */
function likelyEnd(model: DocumentModel, span: QuoteSpan): {word: string; offset: number} | undefined {
  const inner = model.text.slice(span.start + 1, span.end)
  const match = attribution.exec(inner)
  if (!match) return undefined
  const offset = span.start + 1 + match.index
  const word = /[\p{L}\p{N}'’-]+$/u.exec(inner.slice(0, match.index))?.[0]
  return word ? {word: word + match[1 + (match[1] ? 0 : 1)]!, offset} : undefined
}

/** An attribution inside a closed span, right before a fresh opening mark: the first quotation's close was lost. */
function attributionInside(model: DocumentModel, span: QuoteSpan): {word: string; offset: number} | undefined {
  const inner = model.text.slice(span.start + 1, span.end - 1)
  const match = attribution.exec(inner)
  if (!match) return undefined
  const rest = inner.slice(match.index + match[0].length)
  if (!/^[^"“”]*?[.]\s+["“]/.test(rest) || /["”]/.test(inner.slice(0, match.index))) return undefined
  const word = /[\p{L}\p{N}'’-]+$/u.exec(inner.slice(0, match.index))?.[0]
  return word ? {word: word + (match[1] ?? match[2] ?? ''), offset: span.start + 1 + match.index} : undefined
}

/** The last quotation left open in block `block`. */
function lastOpen(quotes: QuoteSpan[], block: number): QuoteSpan | undefined {
  let found: QuoteSpan | undefined
  for (const span of quotes) if (span.block === block && !span.closed) found = span
  return found
}

function line(model: DocumentModel, offset: number): number {
  return model.lines.point(offset).line
}
