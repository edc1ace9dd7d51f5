/**
 * Word-level views of sentences that several rules share.
 */
import type {Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Block, DocumentModel} from '../types.js'

export interface Token {
  value: string
  lower: string
  start: number
  end: number
  /** Only white space separates this word from the previous one in the sentence. */
  joined: boolean
  /** First word of its sentence. */
  initial: boolean
}

// Several rules read the same sentences: tokenize each once.
const cache = new WeakMap<Sentence, Token[]>()

/** Words of a sentence with offsets and joins (computed once per sentence node; do not mutate). */
export function sentenceWords(sentence: Sentence): Token[] {
  const cached = cache.get(sentence)
  if (cached) return cached
  const tokens: Token[] = []
  let joined = false
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      const value = toString(child as Word)
      tokens.push({
        value,
        lower: value.toLowerCase(),
        start: child.position!.start.offset!,
        end: child.position!.end.offset!,
        joined,
        initial: tokens.length === 0
      })
      joined = true
    } else if (child.type !== 'WhiteSpaceNode') {
      joined = false
    }
  }

  cache.set(sentence, tokens)
  return tokens
}

/** Call `callback` with each sentence's words, and its block. */
export function eachSentence(model: DocumentModel, callback: (tokens: Token[], block: Block) => void): void {
  for (const block of model.blocks) {
    if (!block.node) continue
    for (const sentence of block.node.children) {
      if (sentence.type === 'SentenceNode') callback(sentenceWords(sentence), block)
    }
  }
}

/** Call `callback` with each run of prose (code, URLs and addresses left out), its offset and its block. */
export function eachProse(model: DocumentModel, callback: (value: string, offset: number, block: Block) => void): void {
  for (const block of model.blocks) {
    for (const segment of block.segments) {
      if (!segment.source) callback(model.text.slice(segment.start, segment.end), segment.start, block)
    }
  }
}

/**
 * Each match of the global `pattern` in the prose of the story's blocks (not bylines or unread markup),
 * with the segment's text, the match's offset in it and the segment's offset in the file.
 */
export function eachMatch(
  model: DocumentModel,
  pattern: RegExp,
  callback: (match: RegExpMatchArray, text: string, segmentStart: number, block: Block) => void
): void {
  for (const block of model.blocks) {
    if (block.kind === 'byline' || block.kind === 'other') continue
    for (const segment of block.segments) {
      if (segment.source) continue
      const text = model.text.slice(segment.start, segment.end)
      pattern.lastIndex = 0
      for (const match of text.matchAll(pattern)) callback(match, text, segment.start, block)
    }
  }
}

/** Give `replacement` the case pattern of `original`: lower, Capitalized or UPPER. */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return replacement.toUpperCase()
  }

  if (/^\p{Lu}/u.test(original) && replacement === replacement.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }

  return replacement
}

const possessive = /['’]s$|(?<=s)['’]$/

/** A word without its possessive ending (`Force's` → `Force`), and that ending. */
export function splitPossessive(value: string): [string, string] {
  const match = possessive.exec(value)
  return match ? [value.slice(0, match.index), match[0]] : [value, '']
}

/** Does `value` start with a capital (allowing an Arabic-style particle: `el-Sisi`, `al-Assad`)? */
export function isCapitalized(value: string): boolean {
  return /^(?:(?:al|el|ad|as|ash|at|ar|ibn|bin|abu)-)?\p{Lu}/u.test(value)
}

/** A count as a message says it: "once", "twice", "3 times". */
export function times(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`
}
