/**
 * The spelling dictionary compiled from SCOWL (`rules/data/spelling-words.json`,
 * made by `src/scripts/spelling-words.ts`), loaded once, on first use.
 *
 * Each table holds words of one length as one sorted run of equal-width
 * ASCII entries, searched in place by binary search. The build copies the
 * tables into `dist/spelling-words.bin` (a JSON header line, then the bytes),
 * which loads as one file read: no decoding into a 2.7 MB string and no JSON
 * parse of it (read 9 ms, against 9 + 12 + 17 ms for the JSON, measured).
 * Answers for words already asked are cached: a story asks about the same
 * few thousand.
 */
import {compiledIsFresh, packageBytes, packageFile} from '../platform.js'

/** Where a table's entries sit in the bytes. */
interface Table {
  start: number
  end: number
}

type Tables = Record<string, Table>

interface Data {
  bytes: Uint8Array
  common: string
  frequent: Tables
  rare: Tables
  names: Tables
  other: string
}

/** The layout of `dist/spelling-words.bin`'s first line: each table's place in the bytes after it. */
interface CompiledHeader {
  common: Table
  other: Table
  frequent: Tables
  rare: Tables
  names: Tables
}

interface Source {
  common: string
  frequent: Record<string, string>
  rare: Record<string, string>
  names: Record<string, string>
  other: string
}

export interface Dictionary {
  /** A lower-case word some dictionary knows (frequent, rare or with an apostrophe/accent). */
  known(word: string): boolean
  /** A lower-case word SCOWL counts as common (size 50 or less): what a typo is corrected to. */
  frequent(word: string): boolean
  /** A proper name or capitalized word, asked in lower case. */
  name(word: string): boolean
  /** Frequent words one edit away (deletion, insertion, substitution, transposition). */
  oneEdit(word: string): string[]
  /** Frequent words exactly two edits away (for longer words; see the rule). */
  twoEdits(word: string): string[]
}

/** `dist/spelling-words.bin` from the JSON data: the header line, then every table's bytes. */
export function compileDictionary(json: string): Uint8Array {
  const source = JSON.parse(json) as Source
  const parts: string[] = []
  let at = 0
  const place = (text: string): Table => {
    parts.push(text)
    at += text.length
    return {start: at - text.length, end: at}
  }

  const tables = (group: Record<string, string>): Tables => Object.fromEntries(Object.entries(group).map(([width, text]) => [width, place(text)]))
  const header: CompiledHeader = {common: place(source.common), other: place(source.other), frequent: tables(source.frequent), rare: tables(source.rare), names: tables(source.names)}
  const all = `${JSON.stringify(header)}\n${parts.join('')}`
  const bytes = new Uint8Array(all.length)
  for (let index = 0; index < all.length; index++) {
    const code = all.charCodeAt(index)
    // One byte a character, read back by a windows-1252 decoder: Latin-1 without its C1 controls.
    if (code > 0xff || (code >= 0x80 && code < 0xa0)) throw new Error(`spelling words: character U+${code.toString(16)} cannot be stored in one byte`)
    bytes[index] = code
  }

  return bytes
}

// The WHATWG "latin1" is windows-1252, which reads every byte compileDictionary writes as Latin-1 does.
const decoder = new TextDecoder('latin1')

function text(bytes: Uint8Array, table: Table): string {
  return decoder.decode(bytes.subarray(table.start, table.end))
}

function read(compiled: Uint8Array): Data {
  const newline = compiled.indexOf(10)
  const header = JSON.parse(text(compiled, {start: 0, end: newline})) as CompiledHeader
  const bytes = compiled.subarray(newline + 1)
  return {bytes, common: text(bytes, header.common), other: text(bytes, header.other), frequent: header.frequent, rare: header.rare, names: header.names}
}

let cached: Dictionary | undefined

export function dictionary(): Dictionary {
  // Without a build (the web page embeds the JSON, not the .bin): the same layout made in memory.
  cached ??= dictionaryFrom(
    (compiledIsFresh('dist/spelling-words.bin', 'rules/data/spelling-words.json') ? packageBytes('dist/spelling-words.bin') : undefined) ??
      compileDictionary(packageFile('rules/data/spelling-words.json', 'latin1'))
  )
  return cached
}

/** The dictionary over compiled bytes (`dist/spelling-words.bin`, or `compileDictionary`'s). */
export function dictionaryFrom(compiled: Uint8Array): Dictionary {
  const data = read(compiled)
  const {bytes} = data
  const other = new Set(data.other.split(' '))
  // About 3,800 words of four letters or more that make up most of a story: a small set answers them
  // from the processor's cache before the large one is asked.
  const common = new Set(data.common.split(' '))
  const answers = new Map<string, boolean>()
  const known = (word: string): boolean => {
    if (common.has(word)) return true
    let answer = answers.get(word)
    if (answer === undefined) {
      answer = has(bytes, data.frequent, word) || has(bytes, data.rare, word) || other.has(word)
      // A long-lived language server sees an open-ended vocabulary: keep the cache bounded.
      if (answers.size > 200_000) answers.clear()
      answers.set(word, answer)
    }

    return answer
  }

  const frequent = (word: string): boolean => has(bytes, data.frequent, word)
  const names = new Map<string, boolean>()
  return {
    known,
    frequent,
    name(word) {
      let answer = names.get(word)
      if (answer === undefined) {
        answer = has(bytes, data.names, word)
        if (names.size > 100_000) names.clear()
        names.set(word, answer)
      }

      return answer
    },
    oneEdit: (word) => [...new Set(edits(word).filter(frequent))].sort(),
    twoEdits(word) {
      const found: string[] = []
      const bag = letterCounts(word)
      // A slip seldom touches the first letter (the rule drops such fixes anyway): scan only
      // the words that start with the word's first letter, or its second (swapped).
      for (const first of new Set([word[0]!, word[1]!])) {
        for (let length = word.length - 2; length <= word.length + 2; length++) {
          const table = data.frequent[length]
          if (!table) continue
          const [from, to] = range(bytes, table, length, first.charCodeAt(0))
          for (let offset = from; offset < to; offset += length) {
            // Two edits change the letters' counts by four at most: a cheap filter before the real distance.
            if (bagDistance(bag, bytes, offset, length) > 4) continue
            const candidate = text(bytes, {start: offset, end: offset + length})
            if (distance(word, candidate, 2) === 2) found.push(candidate)
          }
        }
      }

      return found
    }
  }
}

/** Binary search for `word` in the equal-width table of its length. */
function has(bytes: Uint8Array, tables: Tables, word: string): boolean {
  const width = word.length
  const table = tables[width]
  if (!table) return false
  let low = 0
  let high = (table.end - table.start) / width
  while (low < high) {
    const mid = (low + high) >> 1
    const order = compare(bytes, table.start + mid * width, word)
    if (order === 0) return true
    if (order < 0) low = mid + 1
    else high = mid
  }

  return false
}

/** The entry at `offset` against `word` of the same width: negative when it sorts first. */
function compare(bytes: Uint8Array, offset: number, word: string): number {
  for (let index = 0; index < word.length; index++) {
    const difference = bytes[offset + index]! - word.charCodeAt(index)
    if (difference !== 0) return difference
  }

  return 0
}

function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(26)
  for (let index = 0; index < word.length; index++) counts[word.charCodeAt(index) - 97]!++
  return counts
}

/** How far the letter counts of the table entry at `offset` are from `bag` (left as it was). */
function bagDistance(bag: Int16Array, bytes: Uint8Array, offset: number, length: number): number {
  for (let index = offset; index < offset + length; index++) bag[bytes[index]! - 97]!--
  let total = 0
  for (let letter = 0; letter < 26; letter++) total += Math.abs(bag[letter]!)
  for (let index = offset; index < offset + length; index++) bag[bytes[index]! - 97]!++
  return total
}

/** Offsets of the entries of an equal-width table that start with the letter `code`. */
function range(bytes: Uint8Array, table: Table, width: number, code: number): [number, number] {
  const edge = (after: boolean): number => {
    let low = 0
    let high = (table.end - table.start) / width
    while (low < high) {
      const mid = (low + high) >> 1
      const here = bytes[table.start + mid * width]!
      if (here < code || (after && here === code)) low = mid + 1
      else high = mid
    }

    return table.start + low * width
  }

  return [edge(false), edge(true)]
}

const letters = 'abcdefghijklmnopqrstuvwxyz'

/** Every string one edit from `word` (Norvig's four kinds). */
function edits(word: string): string[] {
  const out: string[] = []
  for (let index = 0; index <= word.length; index++) {
    const head = word.slice(0, index)
    const tail = word.slice(index)
    if (tail) out.push(head + tail.slice(1))
    if (tail.length > 1) out.push(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of letters) {
      if (tail && letter !== tail[0]) out.push(head + letter + tail.slice(1))
      out.push(head + letter + tail)
    }
  }

  return out
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein without repeated
 * edits of one substring), giving up above `limit` (returns `limit + 1`).
 */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1)
      current.push(value)
      if (value < best) best = value
    }

    if (best > limit) return limit + 1
    before = previous
    previous = current
  }

  return Math.min(previous[b.length]!, limit + 1)
}
