/**
 * Part-of-speech tags for the sentences that need them, from wink-nlp's
 * English model (Universal POS tags). Loaded on first use only: most
 * sentences never reach a check that tags (about 130 ms and 60 MB when it
 * does). Why wink-nlp: see the README's design notes.
 */
import {commonJs, taggerModel} from '../platform.js'

export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE'

export interface Tagged {
  value: string
  lower: string
  pos: Pos
  /** Offsets into the original file. */
  start: number
  end: number
  /** Inside a direct quotation. */
  quoted: boolean
}

interface Wink {
  readDoc(text: string): {tokens(): {out(what?: unknown): string[]}}
  its: {pos: unknown; value: unknown}
}

let wink: Wink | undefined

function load(): Wink {
  if (!wink) {
    const winkNlp = commonJs('wink-nlp') as (model: unknown, pipe: string[]) => Wink
    // Only the tags are read: named entities, negation and sentiment are not run (the tags are the
    // same on every Brown paragraph, and tagging takes a third less time).
    wink = winkNlp(taggerModel(), ['pos'])
  }

  return wink
}

/**
 * Tag `text` (found at `offset` in the file). wink's tokens are substrings of
 * the text, so each is found again from a cursor to get exact offsets.
 */
export function tag(text: string, offset: number, inQuote: (offset: number) => boolean): Tagged[] {
  const nlp = load()
  const tokens = nlp.readDoc(text).tokens()
  const values = tokens.out(nlp.its.value)
  const tags = tokens.out(nlp.its.pos) as Pos[]
  const out: Tagged[] = []
  let cursor = 0
  for (const [index, value] of values.entries()) {
    const at = text.indexOf(value, cursor)
    if (at < 0) continue
    cursor = at + value.length
    const start = offset + at
    out.push({value, lower: value.toLowerCase(), pos: tags[index]!, start, end: start + value.length, quoted: inQuote(start)})
  }

  return out
}
