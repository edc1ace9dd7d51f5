/**
 * repeated-words: doubled words and phrases ("the the", "to and to"), after
 * retext-repeated-words, extended to phrases of up to `maxWords` words.
 */
import type {Sentence} from 'nlcst'
import {sentenceWords, type Token} from '../model/words.js'
import type {Check, RuleModule} from '../types.js'

interface Options {
  maxWords: number
  allow: string[]
  allowAfter: Record<string, string[]>
  names: string[]
}


// Numbers and scores ("6-4 6-4") repeat on purpose.
const numeric = /^[\d.,:%/-]+$/
// Doubled initials are names ("W. W. Samuels").
const initial = /^\p{Lu}\.$/u
const idiomLink = new Set(['and', 'or', 'by', 'after', 'upon'])
// Slips double these; writers repeat content words on purpose ("and stare and
// stare", "down down down"), so such repeats are left alone.
const functionWords = new Set(
  'a an and as at but by for from had has have he her his i if in into is it its of on or our she so than that the their them then there they this to was we were will with would you'.split(' ')
)

export const repeatedWords: RuleModule<Options> = {
  id: 'repeated-words',
  create({options}): Check {
    const allow = new Set(options.allow.map((phrase) => phrase.toLowerCase()))
    const names = new Set(options.names.map((phrase) => phrase.toLowerCase()))
    const allowAfter = new Map(
      Object.entries(options.allowAfter).map(([phrase, words]) => [phrase.toLowerCase(), new Set(words)])
    )
    const maxWords = options.maxWords

    return (model, report) => {
      for (const block of model.blocks) {
        if (!block.node) continue
        for (const sentence of block.node.children) {
          if (sentence.type === 'SentenceNode') check(sentence)
        }
      }

      function check(sentence: Sentence): void {
        const tokens = sentenceWords(sentence)
        let index = 0
        while (index < tokens.length) {
          const size = match(tokens, index)
          if (size === 0) {
            index++
            continue
          }

          // A phrase said three times or more is one finding ("the the the" → "the").
          let copies = 2
          while (sameRun(tokens, index, index + copies * size, size)) copies++
          if (deliberate(tokens, index, size, copies)) {
            index += copies * size
            continue
          }

          const first = tokens[index]!
          const end = tokens[index + copies * size - 1]!.end
          const copy = model.text.slice(first.start, tokens[index + size - 1]!.end)
          // A grammatical double said three times ("that that that"): keep two.
          const keep = allowedDouble(tokens, index, size) ? model.text.slice(first.start, tokens[index + 2 * size - 1]!.end) : copy
          report({
            start: first.start,
            end,
            reason: `Unexpected repeated \`${copy}\`, remove one occurrence`,
            actual: model.text.slice(first.start, end),
            // Markup inside the range (`the **the**`): no automatic fix.
            expected: model.plain(first.start, end) ? [keep] : []
          })
          index += copies * size
        }
      }

      function quotedWhole(tokens: Token[], index: number, size: number): boolean {
        const start = tokens[index]!.start
        const end = tokens[index + 2 * size - 1]!.end
        const span = model.quotes.find((quote) => quote.start < start && end <= quote.end)
        return span !== undefined && !/[\p{L}\p{N}]/u.test(model.text.slice(span.start, start) + model.text.slice(end, span.end))
      }

      /** Is the phrase doubled at `index` a grammatical double ("that that", "what it is is")? */
      function allowedDouble(tokens: Token[], index: number, size: number): boolean {
        const doubled = phraseAt(tokens, index, size) + ' ' + phraseAt(tokens, index, size)
        if (allow.has(doubled)) return true
        const after = allowAfter.get(doubled)
        // "what it is is", not "This is is a test": the word before is not the sentence's first.
        return Boolean(after && index > 1 && after.has(tokens[index - 1]!.lower))
      }

      /** Length of the phrase doubled at `index`, or 0. Shortest first: "the the the" is one word. */
      function match(tokens: Token[], index: number): number {
        for (let size = 1; size <= maxWords && index + 2 * size <= tokens.length; size++) {
          if (!sameRun(tokens, index, index + size, size)) continue
          const first = tokens[index]!
          if (size === 1 && (numeric.test(first.value) || initial.test(first.value) || (first.value.length === 1 && !/^[aiAI]$/.test(first.value)))) continue
          // "years and years and", "over and over and": the idiom, not a slip.
          if (size === 2 && idiomLink.has(tokens[index + 1]!.lower)) continue
          // "state after state after state": the same idiom, read from its link word.
          if (size === 2 && idiomLink.has(first.lower) && tokens[index - 1]?.lower === tokens[index + 1]!.lower) continue
          // "the first FIRST Global": one copy in capitals is a name set in capitals, not a slip.
          if (size === 1 && !capitals(first.value) && capitals(tokens[index + 1]!.value) && /^\p{Lu}/u.test(tokens[index + 2]?.value ?? '')) continue
          // "Queen Elizabeth I I": a numeral split in two (II), which dropping one would turn into another name.
          if (size === 1 && first.value === 'I' && tokens[index + 1]!.value === 'I' && index > 1 && /^\p{Lu}/u.test(tokens[index - 1]!.value)) continue
          // "Jaw jaw," she said: a quoted doubled content word, the quotation's whole text ("the the" is still a slip).
          if (!functionWords.has(first.lower) && quotedWhole(tokens, index, size)) continue
          const phrase = phraseAt(tokens, index, size)
          if (names.has(phrase + ' ' + phrase)) continue
          // A grammatical double is a slip only when said a third time ("that that that").
          if (allowedDouble(tokens, index, size) && !sameRun(tokens, index, index + 2 * size, size)) continue
          if (size === 1 && homograph(tokens, index)) continue
          if (isName(tokens, index, size)) continue
          return size
        }

        return 0
      }
    }
  }
}

/** A word of two or more letters all in capitals. */
function capitals(value: string): boolean {
  return value.length > 1 && value === value.toUpperCase() && value !== value.toLowerCase()
}

function phraseAt(tokens: Token[], index: number, size: number): string {
  return tokens
    .slice(index, index + size)
    .map((token) => token.lower)
    .join(' ')
}

const modals = new Set(['can', 'may', 'will', 'must'])
const determiners = new Set(['a', 'an', 'the', 'this', 'that', 'my', 'his', 'her', 'our', 'your', 'their', 'its'])

/**
 * One word in two roles: a name and a modal ("Will will go", "May May come?"
 * at a sentence's start), a noun and a modal ("The can can hold"), a verb
 * and its noun after "to" ("to record record profits").
 */
function homograph(tokens: Token[], index: number): boolean {
  const word = tokens[index]!
  const previous = tokens[index - 1]
  if (modals.has(word.lower)) {
    const capital = /^\p{Lu}/u.test(word.value)
    // "May may come": a name, then the modal; at a sentence's start any case ("Will Will awake?").
    if (capital && (index === 0 || /^\p{Ll}/u.test(tokens[index + 1]!.value))) return true
    return index > 0 && determiners.has(previous!.lower)
  }

  return previous?.lower === 'to' && !functionWords.has(word.lower)
}

/** Rhetorical repetition: a content word said three times, or "and stare and stare". */
function deliberate(tokens: Token[], index: number, size: number, copies: number): boolean {
  const phrase = tokens.slice(index, index + size)
  const content = phrase.filter((token) => !functionWords.has(token.lower))
  if (content.length === 0) return false
  if (copies >= 3) return true
  return size === 2 && (phrase[0]!.lower === 'and' || phrase[0]!.lower === 'or')
}

/** Whether the `size` words at `other` repeat those at `index`, joined by white space only. */
function sameRun(tokens: Token[], index: number, other: number, size: number): boolean {
  if (other + size > tokens.length) return false
  for (let offset = 0; offset < size; offset++) {
    const a = tokens[index + offset]!
    const b = tokens[other + offset]!
    if (a.lower !== b.lower || !b.joined || (offset > 0 && !a.joined)) return false
  }

  return true
}

/** Capitalized doubles inside a sentence are names (Walla Walla), unless they are modals ("That is May May."). */
function isName(tokens: Token[], index: number, size: number): boolean {
  if (index === 0 || (size === 1 && modals.has(tokens[index]!.lower))) return false
  for (let offset = 0; offset < 2 * size; offset++) {
    const value = tokens[index + offset]!.value
    if (!/^\p{Lu}\p{Ll}/u.test(value)) return false
  }

  return true
}
