/**
 * Clause-level views of body sentences for the sentence checks: tagged
 * words outside quotations, brackets and datelines, split at commas, with
 * their verb groups. Tagging is cached per sentence, so rules that look at
 * the same sentence share one tagger run.
 */
import type {Sentence} from 'nlcst'
import type {Block, DocumentModel} from '../types.js'
import {tag, type Tagged} from './tagger.js'

const cache = new WeakMap<Sentence, Tagged[]>()

/** Body sentences with their block, for the checks that skip headlines, captions, bylines and lists. */
export function* bodySentences(model: DocumentModel): Generator<{sentence: Sentence; block: Block; text: string; start: number}> {
  for (const block of model.blocks) {
    if (block.kind !== 'body' || !block.node) continue
    for (const sentence of block.node.children) {
      if (sentence.type !== 'SentenceNode') continue
      const start = sentence.position!.start.offset!
      const end = sentence.position!.end.offset!
      yield {sentence, block, start, text: model.text.slice(start, end)}
    }
  }
}

/**
 * The words of the main text of a sentence: quoted words, bracketed asides
 * ("(local time)") and the dateline are left out, as their verbs do not count
 * for the main clause. Punctuation stays (commas split clauses).
 */
export function mainWords(model: DocumentModel, sentence: Sentence, block: Block, text: string, start: number): Tagged[] {
  let tagged = cache.get(sentence)
  if (!tagged) {
    tagged = tag(text, start, model.inQuote)
    cache.set(sentence, tagged)
  }

  const from = block.dateline?.end ?? -1
  const out: Tagged[] = []
  let depth = 0
  for (const token of tagged) {
    if (token.value === '(' || token.value === '[') depth++
    else if ((token.value === ')' || token.value === ']') && depth > 0) depth--
    else if (
      depth === 0 &&
      token.start >= from &&
      !/^["“”'‘’]+$/.test(token.value) &&
      (!token.quoted || scareQuoted(model, token.start)) &&
      // Markup between prose runs (`*` of emphasis, tags) is not a word.
      block.segments.some((segment) => !segment.source && segment.start <= token.start && token.end <= segment.end)
    ) {
      out.push(token)
    }
  }

  return out
}

/** Is the quotation at `offset` one or two words in scare quotes (“admitted”), part of the sentence's own grammar? */
function scareQuoted(model: DocumentModel, offset: number): boolean {
  const span = model.quotes.find((quote) => quote.start <= offset && offset < quote.end)
  if (!span) return false
  const inner = model.text.slice(span.start + 1, span.end - 1).trim()
  return inner.split(/\s+/).length <= 2 && !/[.!?,]/.test(inner)
}

export const isVerb = (token: Tagged): boolean => token.pos === 'VERB' || token.pos === 'AUX'

const relatives = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when'])
// Subordinators the tagger often calls prepositions.
// "than" opens a comparative clause with its own verb ("faster than its orders could justify").
const subordinators = new Set(['after', 'although', 'as', 'because', 'before', 'if', 'since', 'than', 'though', 'unless', 'until', 'whereas', 'while'])

/** Words that open a new clause or join two, so the verbs on either side belong to different clauses. */
export function isClauseBoundary(token: Tagged): boolean {
  return (
    token.pos === 'CCONJ' ||
    token.pos === 'SCONJ' ||
    relatives.has(token.lower) ||
    subordinators.has(token.lower) ||
    (token.lower === 'to' && token.pos === 'PART') ||
    /^[,;:—–-]$/.test(token.value)
  )
}

/** Runs of verbs (with adverbs and "not" between: "was not coming"), as [first, last] indexes. */
export function verbGroups(tokens: Tagged[], from = 0, to = tokens.length): Array<[number, number]> {
  const groups: Array<[number, number]> = []
  let index = from
  while (index < to) {
    if (!isVerb(tokens[index]!)) {
      index++
      continue
    }

    let last = index
    let next = index + 1
    while (next < to && (isVerb(tokens[next]!) || tokens[next]!.pos === 'ADV' || tokens[next]!.pos === 'PART')) {
      if (isVerb(tokens[next]!)) last = next
      next++
    }

    groups.push([index, last])
    index = last + 1
  }

  return groups
}

/** Split tokens at commas: each part as [first, end) indexes. */
export function commaParts(tokens: Tagged[]): Array<[number, number]> {
  const parts: Array<[number, number]> = []
  let first = 0
  for (const [index, token] of tokens.entries()) {
    if (token.value === ',') {
      parts.push([first, index])
      first = index + 1
    }
  }

  parts.push([first, tokens.length])
  return parts
}

/** Is `tokens[first..end)` a noun phrase that can be a subject: no verb, opens with a determiner, name, noun, adjective or number, ends in a noun? */
export function isSubjectPhrase(tokens: Tagged[], first: number, end: number, maxWords = 12): boolean {
  if (end <= first || end - first > maxWords) return false
  const opening = tokens[first]!
  const head = tokens[end - 1]!
  if (!['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(opening.pos)) return false
  if (/^(?:this|that|these|those|there|here|it|what|all|both|each|some|any|no|such)$/.test(opening.lower)) return false
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return false
  for (let index = first; index < end; index++) {
    const token = tokens[index]!
    // A capitalized word inside a run of them is part of a title or name ("Chief Operating Officer"), whatever its tag.
    if (isVerb(token) && index > first && /^\p{Lu}/u.test(token.value) && /^\p{Lu}/u.test(tokens[index - 1]!.value)) continue
    if (isVerb(token) || token.pos === 'PRON' || token.pos === 'SCONJ' || token.pos === 'PUNCT' && token.value !== '.' && token.value !== '-') return false
  }

  return true
}

// -ing words that work as prepositions ("including Rhode Island").
const prepositional = new Set(['according', 'concerning', 'considering', 'during', 'excluding', 'following', 'including', 'notwithstanding', 'pending', 'regarding'])
export const irregularParticiples = new Set(
  'beaten blown broken chosen done drawn driven eaten fallen flown forbidden forgotten given gone grown hidden known ridden risen seen shaken shown spoken stolen sworn taken thrown torn woken worn written'.split(' ')
)
/** Irregular forms that are past tense as often as participles: a phrase they open has no object ("built in 1950", not "built a plant"). */
export const pastOrParticiple = new Set('bought brought built caught held kept made sold taught'.split(' '))

/** A participle opening a phrase ("speaking on Monday", "asked about aid"), as the tagger sees it. */
export function isParticiple(token: Tagged, next?: Tagged): boolean {
  if (token.pos !== 'VERB' || prepositional.has(token.lower) || token.value !== token.lower) return false
  if (pastOrParticiple.has(token.lower)) return !next || !['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(next.pos) && !/^(?:out|up|off|down|away|back)$/.test(next.lower)
  return /(?:ing|ed)$/.test(token.lower) || irregularParticiples.has(token.lower)
}
