/**
 * spelling: typos a dictionary can prove, and nothing it cannot.
 *
 * A spell checker on news copy drowns the desk in names; this one reads a
 * lower-case word no dictionary knows (SCOWL up to size 80, every dialect)
 * that is one edit (two for long words, when only one common word is that
 * near) from a common word: `siutuation` → `situation`. A run-together pair
 * of common words is split: `tothe` → `to the`, and at a sentence start
 * `Usingprices` → `Using prices`. A name spelled two ways (`Stoneciphjer`
 * beside `Stonecipher`) is name-consistency's.
 *
 * Never read: a capitalized word in mid-sentence (names), capitals and
 * acronyms, words with digits or inner capitals, hashtags and handles, URLs,
 * e-mail addresses and code (the model leaves them out), a word the story
 * writes twice or capitalized elsewhere (a term the writer means), a part of
 * a hyphenated compound that is a prefix or a word, a sentence with several
 * unknown words (a foreign phrase, jargon), drawn-out words (`sooo`), and
 * the house's own word list.
 */
import {readUserFile} from '../data/user-file.js'
import {userFile} from '../platform.js'
import {dictionary, type Dictionary} from '../data/dictionary.js'
import {CopydeskError} from '../errors.js'
import {eachSentence, splitPossessive, type Token} from '../model/words.js'
import type {Block, Check, DocumentModel, Finding, RuleModule} from '../types.js'

interface Options {
  /** House words never flagged (local places, names written in lower case, jargon). */
  words: string[]
  /** Words of foreign phrases English uses (de facto, per annum); a house list adds to them. */
  foreign: string[]
  /** More word lists (YAML or JSON with a `words` list, or text with one word a line). */
  files: string[]
  /** Prefixes that stand as the first part of a compound (`pro-`, `anti-`). */
  prefixes: string[]
}

// The shortest word read: shorter unknown words are mostly abbreviations and slang.
const shortest = 4
// Two edits away is read only for words this long; shorter ones have too many neighbours.
const twoEditLength = 8
// One letter replaced by another is read only in words this long.
const substitutionLength = 7
const skipped = new Set<Block['kind']>(['byline', 'dateline', 'other'])
const lowerWord = /^[a-z]+$/
const nameWord = /^\p{Lu}\p{Ll}+$/u

export const spelling: RuleModule<Options> = {
  id: 'spelling',
  create({options}): Check {
    const house = new Set([...options.foreign, ...options.words].map((word) => word.toLowerCase()))
    for (const file of options.files) for (const word of readWords(file)) house.add(word.toLowerCase())
    const prefixes = new Set(options.prefixes)
    // What the dictionary offers for each unknown word, kept across stories (an editor re-lints on every keystroke).
    const corrections: Corrections = new Map()

    return (model, report) => {
      const words = dictionary()
      // One pass: count what the story writes and keep the few words worth reading. Most words are
      // known lower-case words and cost one look-up; only the rest are counted.
      const sentences: Array<{tokens: Token[]; block: Block; suspects: number[]}> = []
      const counts = new Map<string, number>()
      const capitalized = new Set<string>()
      eachSentence(model, (tokens, block) => {
        // A tweet keeps its writer's spelling: the story cannot edit it.
        if (skipped.has(block.kind) || block.embed) return
        const suspects: number[] = []
        for (let index = 0; index < tokens.length; index++) {
          const {value, lower} = tokens[index]!
          if (value === lower && lowerWord.test(value) && (value.length < shortest || words.known(value))) continue
          if (/\d/.test(value) || (value !== lower && value === value.toUpperCase())) continue
          const bare = bareWord(value)
          counts.set(bare, (counts.get(bare) ?? 0) + 1)
          if (value !== lower) capitalized.add(bare.toLowerCase())
          suspects.push(index)
        }

        // A fragment of two or three words (a label, `a unist tree`) gives no context to read a word against.
        if (suspects.length > 0 && tokens.length >= 4) sentences.push({tokens, block, suspects})
      })

      const unknown = (word: string): boolean =>
        !words.known(word) &&
        !house.has(word) &&
        !capitalized.has(word) &&
        (counts.get(word) ?? 0) < 2

      for (const {tokens, block, suspects} of sentences) {
        // Several unknown words in one sentence: a foreign phrase or jargon, not typos.
        if (suspects.filter((index) => lowerWord.test(tokens[index]!.value) && unknown(tokens[index]!.value)).length > 1) continue
        for (const index of suspects) {
          const token = tokens[index]!
          const bare = bareWord(token.value)
          if (nameWord.test(bare) && counts.get(bare) !== 1) continue
          if (!readable(model, token, block)) continue
          // `le chien`, `de facto`: a word after a foreign article is foreign.
          if (index > 0 && foreignArticles.has(tokens[index - 1]!.lower)) continue
          if (lowerWord.test(bare)) {
            const finding = typo(words, bare, token.start, unknown, prefixes, corrections)
            // `fungus, mungus`: a rhyme on the word beside it is a joke, not a slip.
            const echo = finding?.expected?.some((fix) => fix === tokens[index - 1]?.lower || fix === tokens[index + 1]?.lower)
            if (finding && !echo) report(finding)
          } else if (/^[a-z]+(?:-[a-z]+)+$/.test(bare)) {
            for (const finding of compound(words, bare, token.start, unknown, prefixes, corrections)) report(finding)
          } else if (nameWord.test(bare) && counts.get(bare) === 1 && !house.has(bare.toLowerCase())) {
            const lower = bare.toLowerCase()
            if (!token.initial || words.name(lower) || words.known(lower)) continue
            const split = runTogether(words, bare)
            if (split) report(finding(bare, token.start, [split.value], 'two words run together'))
          }
        }
      }
    }
  }
}

// Closed-class words a slip runs into the next word (`tothe`, `ofthe`).
const functionWords = new Set(
  'a an and are as at be but by for from had has have he her his in is it its not of on or our she that the their they this to was we were will with would you'.split(' ')
)
// Articles of French, Spanish, Italian, German and Latin phrases (`le chien`, `de facto`, `per annum`).
const foreignArticles = new Set('le la les de du des der die das el los las il lo una et per nolo'.split(' '))
const suffixes = ['s', 'es', 'er', 'ers', 'ness', 'less', 'like', 'ism', 'ist', 'ists', 'ly', 'wise']

/** A regular derivation of a known word: a prefix (`unpatronizing`) or a suffix (`dancelike`, `schoolers`). */
function derived(words: Dictionary, word: string, prefixes: Set<string>): boolean {
  for (const prefix of prefixes) {
    if (word.length > prefix.length + 3 && word.startsWith(prefix) && words.known(word.slice(prefix.length))) return true
  }

  for (const suffix of suffixes) {
    if (word.length <= suffix.length + 3 || !word.endsWith(suffix)) continue
    const stem = word.slice(0, -suffix.length)
    if (words.known(stem) || words.known(`${stem}e`)) return true
  }

  // `deluxer`: a comparative of a word ending in e.
  if (/er$/.test(word) && words.known(word.slice(0, -1))) return true
  // A closed compound of two words (`woodsmoke`, `centerfield`) the dictionary lacks.
  for (let index = 3; index <= word.length - 3; index++) {
    if (words.frequent(word.slice(0, index)) && words.frequent(word.slice(index))) return true
  }

  return false
}

/** A word without its possessive ending; most words have none, so the regular expression runs only on those with an apostrophe. */
function bareWord(value: string): string {
  return value.includes("'") || value.includes('\u2019') ? splitPossessive(value)[0] : value
}

/** A token worth reading: prose, not a hashtag, handle, file name or drawn-out word. */
function readable(model: DocumentModel, token: Token, block: Block): boolean {
  if (block.dateline && token.start < block.dateline.end && token.end > block.dateline.start) return false
  const before = model.text.charAt(token.start - 1)
  const after = model.text.charAt(token.end)
  if (before === '#' || before === '@' || before === '/' || before === '\\' || before === '_') return false
  if ((after === '.' || after === '/' || after === '_') && /\w/.test(model.text.charAt(token.end + 1))) return false
  // `lyin'`, `gallivantin'`: dialect spelled on purpose.
  if (after === "'" || after === '\u2019') return false
  return !/(\p{L})\1\1/u.test(token.value)
}

/** A lower-case word no dictionary knows, one or two edits from a common word, or two words run together. */
function typo(
  words: Dictionary,
  word: string,
  start: number,
  unknown: (word: string) => boolean,
  prefixes: Set<string>,
  corrections: Corrections
): Finding | undefined {
  if (word.length < shortest || !unknown(word)) return undefined
  let fixes = corrections.get(word)
  if (!fixes) {
    fixes = correct(words, word, prefixes)
    // The same unknown words come back on every keystroke in an editor: keep the answer (bounded).
    if (corrections.size > 10_000) corrections.clear()
    corrections.set(word, fixes)
  }

  if (fixes.fixes.length === 0) return undefined
  return finding(word, start, fixes.fixes, fixes.split ? 'two words run together' : `no dictionary knows \`${word}\``)
}

type Corrections = Map<string, {fixes: string[]; split: boolean}>

/** The fixes the dictionary offers for an unknown word, whatever the story: none, one, or a few. */
function correct(words: Dictionary, word: string, prefixes: Set<string>): {fixes: string[]; split: boolean} {
  const none = {fixes: [], split: false}
  const split = runTogether(words, word)
  if (!split && derived(words, word, prefixes)) return none
  let fixes = words.oneEdit(word)
  if (fixes.length === 0 && word.length >= twoEditLength && !split) {
    fixes = words.twoEdits(word)
    // Two edits away is a guess unless exactly one common word is that near.
    if (fixes.length !== 1) return none
  }

  // A word with many common neighbours (`dept`: depot, depth, debt, ...) is as likely an abbreviation or a coinage.
  if (fixes.length > 3) fixes = []
  // A slip seldom touches the first letter (`konga` is no typo for `conga`), except by swapping the first two.
  fixes = fixes.filter((fix) => fix[0] === word[0] || (fix[0] === word[1] && fix[1] === word[0]))
  // One letter for another in a short word is as often another word or a coinage (`inpost`, `konga`).
  if (word.length < substitutionLength) fixes = fixes.filter((fix) => fix.length !== word.length || swapped(fix, word))
  // `millenials`: a plural slip is fixed to the plural (`millennials`), not to the dictionary's singular.
  fixes = fixes.map((fix) => (word.endsWith('s') && !fix.endsWith('s') && derived(words, fix + 's', prefixes) ? fix + 's' : fix))
  // `tothe`: the split alone; `hastag`: the word one edit away (hashtag), then the split. A short split
  // (`befor`: `be for`) is no stronger than a common word with the letter it lacks (`before`).
  const strong = split?.strong && !(word.length <= 6 && fixes.some((fix) => fix.length === word.length + 1 && words.frequent(fix)))
  if (split) fixes = strong ? [split.value] : [...fixes, split.value]
  return {fixes, split: fixes[0] !== undefined && fixes[0] === split?.value}
}

/** `recieve` and `receive`: the same letters, two neighbours swapped. */
function swapped(a: string, b: string): boolean {
  const index = [...a].findIndex((letter, at) => letter !== b[at])
  return index >= 0 && a[index] === b[index + 1] && a[index + 1] === b[index] && a.slice(index + 2) === b.slice(index + 2)
}

function finding(word: string, start: number, fixes: string[], why: string): Finding {
  return {
    start,
    end: start + word.length,
    actual: word,
    expected: fixes,
    reason:
      fixes.length === 1
        ? `Possible typo \`${word}\`, expected \`${fixes[0]}\`: ${why}`
        : `Possible typo \`${word}\` (${why}): did you mean ${fixes.map((fix) => `\`${fix}\``).join(', ')}?`
  }
}

/**
 * `tothe` → `to the`: a common word run into a little word (the, and, with:
 * three letters or more, or `to`/`of`/`in` before a longer word), or a verb
 * form into its object (`Usingprices`). Closed compounds (woodsmoke,
 * storylines) are words the dictionary may lack, so two content words are
 * never split. Where several splits fit (`to the`, `tot he`), the one with
 * more little words wins; a tie is no finding.
 */
function runTogether(words: Dictionary, word: string): {value: string; strong: boolean} | undefined {
  const lower = word.toLowerCase()
  if (lower.length < shortest + 1 || words.known(lower)) return undefined
  let best: string[] = []
  let bestScore = 0
  for (let index = 2; index <= lower.length - 2; index++) {
    const head = lower.slice(0, index)
    const tail = lower.slice(index)
    if (!words.frequent(head) || !words.frequent(tail)) continue
    // `inpost` is wordplay more often than a slip: a two-letter head counts only before another little word (`tothe`).
    const littleHead = functionWords.has(head) && tail.length > 2 && (head.length > 2 || functionWords.has(tail))
    // A capitalized first word may be a name (Augustin): only its head is read as the little word.
    const littleTail = functionWords.has(tail) && tail.length > 2 && head.length > 2 && word === lower
    const verb = /ing$/.test(head) && head.length > 4 && tail.length > 3 ? 2 : 0
    // `theand`: an article before another little word is what is left of a lost phrase, not a fix.
    if ((head === 'the' || head === 'an') && functionWords.has(tail)) continue
    const score = (littleHead ? 1 : 0) + (littleTail ? 1 : 0) + verb + (functionWords.has(head) && functionWords.has(tail) ? 1 : 0)
    if (score === 0) continue
    const split = `${word.slice(0, index)} ${word.slice(index)}`
    if (score > bestScore) [best, bestScore] = [[split], score]
    else if (score === bestScore) best.push(split)
  }

  // A split with two little words (`to the`) or a verb and its object is stronger than one edit.
  return best.length === 1 ? {value: best[0]!, strong: bestScore > 1} : undefined
}

/** Each part of a compound that is no word and no prefix (`pro-entrepeneur`). */
function compound(
  words: Dictionary,
  value: string,
  start: number,
  unknown: (word: string) => boolean,
  prefixes: Set<string>,
  corrections: Corrections
): Finding[] {
  const findings: Finding[] = []
  // `pre-emptive`: the parts written together are a word.
  if (words.known(value.replaceAll('-', ''))) return findings
  let offset = start
  for (const part of value.split('-')) {
    if (!prefixes.has(part)) {
      const finding = typo(words, part, offset, unknown, prefixes, corrections)
      if (finding) findings.push(finding)
    }

    offset += part.length + 1
  }

  return findings
}

/** A newsroom's word list: YAML/JSON with a `words` list, or plain text with one word a line. */
function readWords(file: string): string[] {
  if (/\.(?:ya?ml|json)$/.test(file)) {
    const data = readUserFile(file, 'spelling') as {words?: unknown}
    if (!data || !Array.isArray(data.words) || !data.words.every((word) => typeof word === 'string')) {
      throw new CopydeskError(`${file}: field \`words\` must be a list of strings`)
    }

    return data.words as string[]
  }

  let text: string
  try {
    text = userFile(file)
  } catch {
    throw new CopydeskError(`${file}: cannot read spelling file`)
  }

  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean)
}
