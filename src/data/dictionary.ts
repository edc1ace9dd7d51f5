/**
 * The spelling dictionary compiled from SCOWL (`rules/data/spelling-words.json`,
 * made by `src/scripts/spelling-words.ts`), loaded once, on first use.
 *
 * Each table holds words of one length as one sorted string of equal-width
 * entries, searched in place: loading is one JSON parse (no split into
 * 300,000 strings), a look-up a binary search over substrings. Answers for
 * words already asked are cached: a story asks about the same few thousand.
 */
import {packageFile} from '../platform.js'

type Table = Record<string, string>

interface Data {
  common: string
  frequent: Table
  rare: Table
  names: Table
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

let cached: Dictionary | undefined

export function dictionary(): Dictionary {
  if (cached) return cached
  // The file is ASCII (see the script): latin1 skips UTF-8 validation of 2.7 MB.
  const data = JSON.parse(packageFile('rules/data/spelling-words.json', 'latin1')) as Data
  const other = new Set(data.other.split(' '))
  // About 3,800 words of four letters or more that make up most of a story: a small set answers them
  // from the processor's cache before the large one is asked.
  const common = new Set(data.common.split(' '))
  const answers = new Map<string, boolean>()
  const known = (word: string): boolean => {
    if (common.has(word)) return true
    let answer = answers.get(word)
    if (answer === undefined) {
      answer = has(data.frequent, word) || has(data.rare, word) || other.has(word)
      // A long-lived language server sees an open-ended vocabulary: keep the cache bounded.
      if (answers.size > 200_000) answers.clear()
      answers.set(word, answer)
    }

    return answer
  }

  const frequent = (word: string): boolean => has(data.frequent, word)
  const names = new Map<string, boolean>()
  cached = {
    known,
    frequent,
    name(word) {
      let answer = names.get(word)
      if (answer === undefined) {
        answer = has(data.names, word)
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
          const [from, to] = range(table, length, first)
          for (let offset = from; offset < to; offset += length) {
            // Two edits change the letters' counts by four at most: a cheap filter before the real distance.
            if (bagDistance(bag, table, offset, length) > 4) continue
            const candidate = table.slice(offset, offset + length)
            if (distance(word, candidate, 2) === 2) found.push(candidate)
          }
        }
      }

      return found
    }
  }
  return cached
}

/** Binary search for `word` in the equal-width table of its length. */
function has(table: Table, word: string): boolean {
  const width = word.length
  const words = table[width]
  if (!words) return false
  let low = 0
  let high = words.length / width
  while (low < high) {
    const mid = (low + high) >> 1
    const here = words.slice(mid * width, mid * width + width)
    if (here === word) return true
    if (here < word) low = mid + 1
    else high = mid
  }

  return false
}

function letterCounts(word: string): Int16Array {
  const counts = new Int16Array(26)
  for (let index = 0; index < word.length; index++) counts[word.charCodeAt(index) - 97]!++
  return counts
}

/** How far the letter counts of the table entry at `offset` are from `bag` (left as it was). */
function bagDistance(bag: Int16Array, table: string, offset: number, length: number): number {
  for (let index = offset; index < offset + length; index++) bag[table.charCodeAt(index) - 97]!--
  let total = 0
  for (let letter = 0; letter < 26; letter++) total += Math.abs(bag[letter]!)
  for (let index = offset; index < offset + length; index++) bag[table.charCodeAt(index) - 97]!++
  return total
}

/** Offsets of the entries of an equal-width table that start with `letter`. */
function range(words: string, width: number, letter: string): [number, number] {
  const edge = (after: boolean): number => {
    let low = 0
    let high = words.length / width
    while (low < high) {
      const mid = (low + high) >> 1
      const here = words[mid * width]!
      if (here < letter || (after && here === letter)) low = mid + 1
      else high = mid
    }

    return low * width
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
