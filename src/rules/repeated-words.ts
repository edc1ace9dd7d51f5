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


const numeric = /^[\d.,:%]+$/
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
          report({
            start: first.start,
            end,
            reason: `Unexpected repeated \`${copy}\`, remove one occurrence`,
            actual: model.text.slice(first.start, end),
            // Markup inside the range (`the **the**`): no automatic fix.
            expected: model.plain(first.start, end) ? [copy] : []
          })
          index += copies * size
        }
      }

      /** Length of the phrase doubled at `index`, or 0. Shortest first: "the the the" is one word. */
      function match(tokens: Token[], index: number): number {
        for (let size = 1; size <= maxWords && index + 2 * size <= tokens.length; size++) {
          if (!sameRun(tokens, index, index + size, size)) continue
          const first = tokens[index]!
          if (size === 1 && (numeric.test(first.value) || initial.test(first.value))) continue
          // "years and years and", "over and over and": the idiom, not a slip.
          if (size === 2 && idiomLink.has(tokens[index + 1]!.lower)) continue
          const phrase = tokens
            .slice(index, index + size)
            .map((token) => token.lower)
            .join(' ')
          const doubled = phrase + ' ' + phrase
          if (allow.has(doubled) || names.has(doubled)) continue
          const after = allowAfter.get(doubled)
          if (after && index > 0 && after.has(tokens[index - 1]!.lower)) continue
          if (isName(tokens, index, size)) continue
          return size
        }

        return 0
      }
    }
  }
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

/** Capitalized doubles inside a sentence are names (Walla Walla), unless they are common words. */
function isName(tokens: Token[], index: number, size: number): boolean {
  if (index === 0) return false
  for (let offset = 0; offset < 2 * size; offset++) {
    const value = tokens[index + offset]!.value
    if (!/^\p{Lu}\p{Ll}/u.test(value)) return false
  }

  return true
}
