/**
 * name-consistency: one person or organization named two ways in one story
 * ("Abdel Fatah El-Sisi" / "Abdel Fattah el-Sisi", "Zelensky" / "Zelenskyy").
 *
 * Precision first: two names are taken as one only when they reduce to the
 * same skeleton under known transliteration and typing differences (case,
 * hyphens, doubled letters, ph/f, kh/k, ou/u, y/i, accents), or, for names of
 * three words or more, when they share a word and the rest differ only by a
 * short ending (Israel/Israeli, Force/Forces). "Joe Biden" and "Hunter Biden",
 * "Kim Jong Un" and "Kim Yo Jong" never match.
 */
import {dictionary, distance} from '../data/dictionary.js'
import {eachSentence, isCapitalized, splitPossessive, times, type Token} from '../model/words.js'
import type {Check, RuleModule} from '../types.js'

interface Options {
  /** Names never compared (exact forms). */
  ignore: string[]
}

interface Mention {
  start: number
  end: number
  /** The name as written, without a trailing possessive. */
  value: string
  words: string[]
}

const particles = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'del', 'dos', 'das', 'of'])

export const nameConsistency: RuleModule<Options> = {
  id: 'name-consistency',
  create({options, terms}): Check {
    const ignore = new Set(options.ignore)
    // Names the house terms rule on get their fix, not a guess between two variants.
    const claimed = new Set(terms.filter((term) => term.caseSensitive).flatMap((term) => [term.use, ...term.replace]))

    return (model, report) => {
      const mentions: Mention[] = []
      const surnames = new Map<string, Surname>()
      eachSentence(model, (tokens, block) => {
        // An embedded tweet signs with its writer's display name: the story cannot edit it.
        if (block.embed) return
        // A surname alone opening a sentence ("Novak thanked staff") is no name run, but still the name.
        const [first, second] = tokens
        if (first && second && !isCapitalized(second.value)) addSurname(surnames, [first], model.text)
        for (const run of nameRuns(tokens)) {
          addSurname(surnames, run, model.text)
          // Every contiguous part of a run is a candidate: titles and first names come and go.
          for (let from = 0; from < run.length; from++) {
            for (let to = from + 1; to <= Math.min(run.length, from + 4); to++) {
              const part = run.slice(from, to)
              if (particles.has(part[0]!.value.toLowerCase()) || particles.has(part[part.length - 1]!.value.toLowerCase())) continue
              const words = part.map((token, index) => (index === part.length - 1 ? splitPossessive(token.value)[0] : token.value))
              const value = words.join(' ')
              if (ignore.has(value)) continue
              if (claimed.has(value)) continue
              mentions.push({start: part[0]!.start, end: part[part.length - 1]!.start + words[words.length - 1]!.length, value, words})
            }
          }
        }
      })

      // Count each written form; compare distinct forms pairwise within a skeleton bucket.
      const counts = new Map<string, number>()
      const firstAt = new Map<string, number>()
      for (const mention of mentions) {
        counts.set(mention.value, (counts.get(mention.value) ?? 0) + 1)
        if (!firstAt.has(mention.value)) firstAt.set(mention.value, mention.start)
      }

      const forms = [...counts.keys()]
      const pairs = new Map<string, string>()
      const buckets = new Map<string, string[]>()
      for (const form of forms) {
        const key = skeleton(form)
        const list = buckets.get(key) ?? []
        list.push(form)
        buckets.set(key, list)
      }

      for (const list of buckets.values()) {
        // Forms that differ only by points ("Corp"/"Corp.") are punctuation, not spelling.
        for (let index = list.length - 1; index > 0; index--) {
          if (list.slice(0, index).some((other) => other.replace(/\./g, '') === list[index]!.replace(/\./g, ''))) list.splice(index, 1)
        }

        if (list.length < 2) continue
        for (const form of list) {
          const words = form.split(' ')
          // Single words must be long enough, and differ only in case, hyphens, accents or a doubled final letter.
          if (words.length === 1 && !list.some((other) => other !== form && singleWordVariant(form, other))) continue
          decide(form, list.filter((other) => other !== form && (words.length > 1 || singleWordVariant(form, other))))
        }
      }

      // Longer names that share a word and differ by short endings (Israel/Israeli, Force/Forces).
      // Only forms whose words agree on their first four letters can be
      // ending variants: compare within those groups, not all pairs (a long
      // document has thousands of forms).
      const groups = new Map<string, string[]>()
      for (const form of forms) {
        const words = form.split(' ')
        if (words.length < 3) continue
        const key = words.map((word) => word.slice(0, 4)).join(' ')
        const group = groups.get(key) ?? []
        group.push(form)
        groups.set(key, group)
      }

      for (const long of groups.values()) {
        for (const [index, a] of long.entries()) {
          for (const b of long.slice(index + 1)) {
            if (endingVariant(a.split(' '), b.split(' '))) {
              decide(a, [b])
              decide(b, [a])
            }
          }
        }
      }

      /** Flag `form` against the most frequent (then earliest) of `others`, if that one wins. */
      function decide(form: string, others: string[]): void {
        let best: string | undefined
        for (const other of others) {
          if (!best || wins(other, best)) best = other
        }

        if (best && wins(best, form)) pairs.set(form, best)
      }

      function wins(a: string, b: string): boolean {
        const countA = counts.get(a)!
        const countB = counts.get(b)!
        return countA === countB ? firstAt.get(a)! < firstAt.get(b)! : countA > countB
      }

      // Report the longest flagged form at each place; shorter parts inside it are the same finding.
      const reported: Array<[number, number]> = []
      const flagged = mentions
        .filter((mention) => pairs.has(mention.value))
        .sort((a, b) => b.words.length - a.words.length || a.start - b.start)
      for (const mention of flagged) {
        const end = mention.end
        if (reported.some(([start, stop]) => mention.start < stop && end > start)) continue
        reported.push([mention.start, end])
        const expected = pairs.get(mention.value)!
        report({
          start: mention.start,
          end,
          reason: `Unexpected \`${mention.value}\`, expected \`${expected}\`: the story also writes the name as \`${expected}\` (${times(counts.get(expected)!)}; this form ${times(counts.get(mention.value)!)})`,
          expected: model.plain(mention.start, end) ? [expected] : []
        })
      }

      // A surname misspelled (Novak ... Nowak, Fairbairn ... Fairburn): see `surnameVariants`.
      for (const [variant, anchor] of surnameVariants(surnames)) {
        if (claimed.has(variant.name)) continue
        for (const place of variant.places) {
          // A quotation keeps its own spelling ("my uncle Ffortescue", written in 1590).
          if (model.inQuote(place.start)) continue
          if (reported.some(([start, stop]) => place.start < stop && place.end > start)) continue
          reported.push([place.start, place.end])
          report({
            start: place.start,
            end: place.end,
            reason: `Unexpected \`${variant.name}\`, expected \`${anchor.name}\`: the story also writes the name as \`${anchor.name}\`${anchor.full ? ` (${anchor.full})` : ''} (${times(anchor.places.length)}; this form ${times(variant.places.length)})`,
            expected: model.plain(place.start, place.end) ? [anchor.name] : []
          })
        }
      }
    }
  }
}

interface Surname {
  name: string
  /** Given names written before it ("Tomas" in "Tomas Novak"). */
  given: Set<string>
  /** The first full name it is written in, for the message. */
  full: string | undefined
  places: Array<{start: number; end: number}>
  /** Once set off by a comma ("Johnston, his aide,"): a person being introduced. */
  introduced: boolean
}

// Words before a surname that are no given name: titles, ranks, honorifics.
const titles = new Set(
  'Mr Mrs Ms Dr Sir Dame Lord Lady Prof Rev Gen Col Capt Lt Sgt President Prime Minister Secretary Chairman Chair Chief Director Judge Justice Senator Sen Rep Governor Gov Mayor King Queen Prince Princess Pope Saint St Uncle Aunt'.split(' ')
)

/** Record the last word of a name run as a surname, with the given name before it. */
function addSurname(surnames: Map<string, Surname>, run: Token[], text: string): void {
  const last = run[run.length - 1]!
  const [name] = splitPossessive(last.value)
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(name)) return
  // The word before, skipping a middle initial ("Harland C. Stonecipher").
  const before = run.slice(0, -1).reverse().find((token) => !/^\p{Lu}\.?$/u.test(token.value))
  // A given name is a name, or at least no common word: "As Europe", "Replied Beatrice", "Cyber Monday"
  // name no one ("John" is both, and a name).
  const words = dictionary()
  const lower = before?.value.toLowerCase() ?? ''
  const given =
    before && /^\p{Lu}\p{Ll}+$/u.test(before.value) && !titles.has(before.value) && (words.name(lower) || !words.known(lower)) ? before.value : undefined
  const entry = surnames.get(name) ?? {name, given: new Set<string>(), full: undefined, places: [], introduced: false}
  if (text.charAt(last.start + name.length) === ',' && !given) entry.introduced = true
  if (given) {
    entry.given.add(given)
    entry.full ??= `${given} ${name}`
  }

  entry.places.push({start: last.start, end: last.start + name.length})
  surnames.set(name, entry)
}

/**
 * Pairs of surnames one person is likely written with: one or two edits
 * apart, neither a common word nor one the start of the other (Smith and
 * Smiths), and tied together by evidence: the same given name (Tomas Novak,
 * Tomas Nowak), or a full name beside a bare surname no list of names knows
 * (Stoneciphjer ... Stonecipher), or a bare surname written once, never
 * introduced, beside a full name written more (John Fairbairn ... Fairburn),
 * or, one edit apart, a name written once that no list knows beside one
 * written twice or more (Eisenhhower). Johnson and Johnston, both bare, or
 * Johnston set off as someone new ("Johnston, his aide,"), are never matched; different given
 * names (Joe and Hunter Biden) are different people. The form written more
 * often wins; on a tie, the one with a given name; else nothing is said.
 */
function surnameVariants(surnames: Map<string, Surname>): Array<[Surname, Surname]> {
  const words = dictionary()
  const found: Array<[Surname, Surname]> = []
  // Only names with the same first letter are compared (a slip keeps it; Novak, Nowak): a story's names
  // in buckets, not every pair of them.
  const buckets = new Map<string, Surname[]>()
  for (const entry of surnames.values()) {
    if (entry.name.length < 5 || words.known(entry.name.toLowerCase())) continue
    buckets.set(entry.name[0]!, [...(buckets.get(entry.name[0]!) ?? []), entry])
  }

  for (const list of buckets.values()) for (const [index, a] of list.entries()) {
    for (const b of list.slice(index + 1)) {
      if (Math.abs(a.name.length - b.name.length) > 2 || a.name.startsWith(b.name) || b.name.startsWith(a.name)) continue
      const edits = distance(a.name, b.name, 2)
      if (edits > 2) continue
      const [variant, anchor] = a.places.length < b.places.length || (a.places.length === b.places.length && a.given.size < b.given.size) ? [a, b] : [b, a]
      if (variant.places.length === anchor.places.length && variant.given.size === anchor.given.size) continue
      const shared = [...variant.given].some((given) => anchor.given.has(given))
      // Different given names: different people (Joe Biden, Hunter Biden; Anna Novak, Pavel Nowak).
      if (variant.given.size > 0 && anchor.given.size > 0 && !shared) continue
      // Without a shared given name, a slip must also keep the name's last letter (Stoneciphjer, Eisenhhower;
      // not Indians and Indiana).
      const kept = variant.name.at(-1) === anchor.name.at(-1)
      const once = variant.places.length === 1 && anchor.places.length > 1 && kept
      // A bare surname written once and never introduced, beside a full name written more, with the same
      // first three letters: the same person, even where the variant is a name of its own (Fairbairn ...
      // Fairburn), unless a comma sets it off as someone new ("Johnston, his aide,").
      const stray = once && variant.given.size === 0 && anchor.given.size > 0 && !variant.introduced && variant.name.slice(0, 3) === anchor.name.slice(0, 3)
      // One edit from a name written more, and known to no list of names (Eisenhhower, Stoneciphjer).
      const unknown = once && edits === 1 && !words.name(variant.name.toLowerCase())
      if (shared || stray || unknown) {
        found.push([variant, anchor])
      }
    }
  }

  return found
}

/** Runs of capitalized words (with particles inside: "Mohammed bin Salman") in one sentence. */
function nameRuns(tokens: Token[]): Token[][] {
  const runs: Token[][] = []
  let run: Token[] = []
  const flush = () => {
    while (run.length > 0 && particles.has(run[run.length - 1]!.value.toLowerCase())) run.pop()
    // A lone capitalized word opening a sentence is just a sentence start.
    if (run.length > 1 || (run.length === 1 && !run[0]!.initial)) runs.push(run)
    run = []
  }

  for (const token of tokens) {
    const word = splitPossessive(token.value)[0]
    const capital = isCapitalized(word) && /\p{Ll}/u.test(word) && word.length > 1
    const particle = run.length > 0 && particles.has(word.toLowerCase())
    if (!token.joined && run.length > 0) flush()
    if (capital || particle) {
      run.push(token)
      // A possessive ends a name.
      if (splitPossessive(token.value)[1]) flush()
    } else {
      flush()
    }
  }

  flush()
  return runs
}

/** Reduce a name to what survives common spelling and transliteration differences. */
export function skeleton(name: string): string {
  return name.split(/\s+/).map(wordSkeleton).join(' ')
}

function wordSkeleton(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.-]+/g, '')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'k')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/ee/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

/**
 * One-word forms: only case, hyphens, accents or a doubled final y or i may differ (Zelensky/Zelenskyy).
 * Not the first part of a compound ("English-" in "English-language"), nor a common word capitalized
 * ("Hotel" beside the French name "Hôtel des Horlogers").
 */
function singleWordVariant(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5) return false
  if (a.endsWith('-') || b.endsWith('-')) return false
  const plainA = a.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  const plainB = b.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  if ((a !== plainA || b !== plainB) && plainA === plainB && dictionary().known(plainA)) return false
  const plain = (value: string) => value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[-'’]/g, '')
  const x = plain(a)
  const y = plain(b)
  const doubled = (short: string, long: string) => /[yi]$/.test(short) && short + short.at(-1) === long
  return x === y || doubled(x, y) || doubled(y, x)
}

/** Same length, at least one word in common, the others differing only by an ending of one or two letters. */
function endingVariant(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false
  let shared = 0
  let differing = 0
  for (const [index, word] of a.entries()) {
    const other = b[index]!
    if (word === other) {
      shared++
      continue
    }

    const [short, long] = word.length < other.length ? [word, other] : [other, word]
    if (short.length < 4 || !long.startsWith(short) || long.length - short.length > 2) return false
    differing++
  }

  // One differing ending is usually grammar ("a New York Yankee shortstop"); two make a variant.
  return shared > 0 && differing >= 2
}
