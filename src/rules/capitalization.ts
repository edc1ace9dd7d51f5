/**
 * capitalization: capitals where a copy editor would lowercase them.
 *
 * 1. A common noun capitalized mid-sentence ("a Press briefing"): a word
 *    with a capital after an indefinite determiner and before a lower-case
 *    word, that the dictionary (SCOWL's en_US Hunspell list) knows only in
 *    lower case, that the story never uses inside a capitalized name, and
 *    that is no institution a house capitalizes standing alone (the Senate;
 *    under `style: uk`, the Government), nor a maker before what it made
 *    ("a Pew poll"). Proper names run on capitals, so a
 *    capital between two lower-case words after "a" is the narrow, precise
 *    case; headlines, captions, bylines and datelines are not read.
 * 2. One title or body capitalized two ways standing alone ("the prime
 *    minister" and "the Prime Minister"; not before a name, where AP
 *    capitalizes it): the minority form is flagged with the majority's; a
 *    tie goes to the house style (AP lowercases, UK capitalizes).
 */
import {eachSentence, times, type Token} from '../model/words.js'
import {packageFile} from '../platform.js'
import type {Block, Check, DocumentModel, Finding, RuleModule} from '../types.js'

interface Options {
  /** `ap`: titles standing alone are lower case; `uk`: capitalized; `auto`: by the story's dialect. */
  style: string
  /** Words after which a lone capital is read as a stray one. */
  determiners: string[]
  /** Common nouns capitalized standing alone when they name one body. */
  institutions: string[]
  /** More institutions under `style: uk` (the Government said). */
  ukInstitutions: string[]
  /** Last words of titles and bodies whose capitals are compared. */
  heads: string[]
  /** Of those, the heads of titles a person holds: AP lowercases them standing alone. */
  titles: string[]
  /** Nouns after which a lone capital names who made the thing ("a Pew poll"). */
  made: string[]
}

let lowercase: {has(word: string): boolean} | undefined

/**
 * Stems the dictionary knows only in lower case, loaded on first use. The
 * file holds them sorted in one space-joined string, searched in place: a
 * split into 37,000 strings and a Set of them cost 23 ms at start-up, the
 * search a few microseconds for the few words a story asks about.
 */
function lowercaseWords(): {has(word: string): boolean} {
  if (lowercase) return lowercase
  const words = (JSON.parse(packageFile('rules/data/lowercase-words.json')) as {words: string}).words
  lowercase = {
    has(word) {
      let low = 0
      let high = words.length
      while (low < high) {
        const mid = (low + high) >> 1
        const start = words.lastIndexOf(' ', mid - 1) + 1
        let end = words.indexOf(' ', start)
        if (end === -1) end = words.length
        const here = words.slice(start, end)
        if (here === word) return true
        if (here < word) low = end + 1
        else high = start
      }

      return false
    }
  }
  return lowercase
}

const titleCase = /^\p{Lu}\p{Ll}+$/u
const lower = /^\p{Ll}/u
const read = new Set<Block['kind']>(['body', 'list-item'])

export const capitalization: RuleModule<Options> = {
  id: 'capitalization',
  create({options}): Check {
    const determiners = new Set(options.determiners)
    const made = new Set(options.made)
    const base = options.institutions.map((word) => word.toLowerCase())
    const heads = new Set(options.heads)
    const people = new Set(options.titles)
    return (model, report) => {
      const institutions = new Set(base)
      const style = options.style === 'auto' ? (model.dialect === 'uk' ? 'uk' : 'ap') : options.style
      if (style === 'uk') for (const word of options.ukInstitutions) institutions.add(word.toLowerCase())
      const names = namedWords(model)
      const phrases: Array<{tokens: Token[]; title: boolean}> = []
      // Once per block, not per sentence: a one-paragraph file of 60,000 sentences made it quadratic.
      const loud = new Map<Block, boolean>()
      eachSentence(model, (tokens, block) => {
        if (!read.has(block.kind)) return
        if (!loud.has(block)) loud.set(block, shouting(model, block))
        if (loud.get(block)) return
        for (let index = 1; index < tokens.length; index++) {
          const token = tokens[index]!
          const previous = tokens[index - 1]!
          if (previous.lower === 'the') {
            const phrase = titlePhrase(tokens, index, heads)
            if (phrase) phrases.push(phrase)
          }

          const next = tokens[index + 1]
          if (!next || !token.joined || !next.joined || !determiners.has(previous.lower)) continue
          if (!titleCase.test(token.value) || !lower.test(next.value)) continue
          if (names.has(token.value) || institutions.has(token.lower) || made.has(next.lower) || !lowercaseWord(token.lower)) continue
          // "a Bachelor of Science", "a Federation of Prison and Jail Inmates": a name that runs on after "of".
          const after = tokens[index + 2]
          if ((next.lower === 'of' || next.lower === 'and') && after?.joined && /^\p{Lu}/u.test(after.value)) continue
          if (inTitle(model, token.start)) continue
          report({
            start: token.start,
            end: token.end,
            actual: token.value,
            expected: [token.lower],
            reason: `Unexpected capital in \`${token.value}\`: a common noun mid-sentence is lower case (\`${previous.value} ${token.lower} ${next.value}\`)`
          })
        }
      })

      const mixed = inconsistent(phrases, style)
      for (const finding of mixed) report(finding)
      // Only a house that declares AP: much published US copy (CNN's, 36 times in the news corpus) keeps the capital.
      if (options.style === 'ap') for (const finding of standingAlone(phrases, mixed, people)) report(finding)
    }
  }
}

/** Is `word` (or its singular, or its stem) a word the dictionary knows only in lower case? */
export function lowercaseWord(word: string): boolean {
  const words = lowercaseWords()
  if (words.has(word)) return true
  if (word.endsWith('ies') && words.has(word.slice(0, -3) + 'y')) return true
  if (word.endsWith('es') && words.has(word.slice(0, -2))) return true
  if (word.endsWith('s') && words.has(word.slice(0, -1))) return true
  // The dictionary lists stems: driving, trained.
  const stem = /(?:ing|ed)$/.exec(word) ? word.replace(/(?:ing|ed)$/, '') : undefined
  return stem !== undefined && stem.length > 2 && (words.has(stem) || words.has(stem + 'e'))
}

/**
 * Capitalized words the story treats as names: inside a run of capitals (The
 * Times of Israel, Press Trust), or capitalized mid-sentence more than once
 * (Somerset county ... a Somerset countian).
 */
function namedWords(model: DocumentModel): Set<string> {
  const names = new Set<string>()
  const seen = new Set<string>()
  eachSentence(model, (tokens) => {
    for (let index = 1; index < tokens.length; index++) {
      const a = tokens[index - 1]!
      const b = tokens[index]!
      if (/^\p{Lu}\p{Ll}/u.test(b.value)) {
        if (seen.has(b.value)) names.add(b.value)
        seen.add(b.value)
      }

      if (!b.joined || !/^\p{Lu}/u.test(a.value) || !/^\p{Lu}/u.test(b.value)) continue
      names.add(b.value)
      if (!a.initial) names.add(a.value)
    }
  })
  return names
}

/** Inside a short quotation set in title case ("Such a Phrase as Drifts Through Dream"): a title. */
function inTitle(model: DocumentModel, offset: number): boolean {
  const span = model.quotes.find((quote) => quote.start <= offset && offset < quote.end)
  if (!span) return false
  const words = model.text.slice(span.start + 1, span.end).match(/[\p{L}'’]+/gu) ?? []
  return words.length <= 12 && words.filter((word) => /^\p{Lu}/u.test(word)).length * 2 >= words.length
}

/** A headline-like block: all capitals, or every word capitalized. */
function shouting(model: DocumentModel, block: Block): boolean {
  const value = model.text.slice(block.start, block.end)
  return value === value.toUpperCase()
}

const linking = new Set(['of', 'for', 'and'])

/** "the prime minister", "the Board of Education" standing alone (not before a name), with its case. */
function titlePhrase(tokens: Token[], index: number, heads: Set<string>): {tokens: Token[]; title: boolean} | undefined {
  for (const size of [3, 2]) {
    const words = tokens.slice(index, index + size)
    if (words.length < size || words.some((word) => !word.joined)) continue
    // "the prime minister", or "the board of education" (a head, then "of").
    if (!heads.has(words.at(-1)!.lower) && !(size === 3 && words[1]!.lower === 'of' && heads.has(words[0]!.lower))) continue
    const content = words.filter((word) => !linking.has(word.lower))
    if (content.length < 2 || words.some((word, at) => linking.has(word.lower) && (at === 0 || word.value !== word.lower))) continue
    const title = content.every((word) => titleCase.test(word.value))
    const plain = content.every((word) => word.value === word.lower)
    if (!title && !plain) continue
    // Before a name AP capitalizes the title ("Prime Minister Benjamin Netanyahu").
    const after = tokens[index + size]
    if (after?.joined && /^\p{Lu}/u.test(after.value)) return undefined
    return {tokens: words, title}
  }

  return undefined
}

/** The minority form of each phrase written both ways, with the majority's as the fix. */
function inconsistent(phrases: Array<{tokens: Token[]; title: boolean}>, style: string): Finding[] {
  const groups = new Map<string, Array<{tokens: Token[]; title: boolean}>>()
  for (const phrase of phrases) {
    const key = phrase.tokens.map((token) => token.lower).join(' ')
    const group = groups.get(key) ?? []
    group.push(phrase)
    groups.set(key, group)
  }

  const findings: Finding[] = []
  for (const [key, group] of groups) {
    const titled = group.filter((phrase) => phrase.title)
    const plain = group.length - titled.length
    if (titled.length === 0 || plain === 0) continue
    const titleWins = titled.length > plain || (titled.length === plain && style === 'uk')
    const majority = titleWins ? group.find((phrase) => phrase.title)! : group.find((phrase) => !phrase.title)!
    const form = (phrase: {tokens: Token[]}) => phrase.tokens.map((token) => token.value).join(' ')
    for (const phrase of group) {
      if (phrase.title === titleWins) continue
      const start = phrase.tokens[0]!.start
      const end = phrase.tokens.at(-1)!.end
      findings.push({
        start,
        end,
        actual: form(phrase),
        expected: [form(majority)],
        reason: `Unexpected \`${form(phrase)}\`, expected \`${form(majority)}\`: the story writes \`${key}\` ${times(plain)} in lower case and ${times(titled.length)} capitalized, standing alone`
      })
    }
  }

  return findings.sort((a, b) => a.start - b.start)
}

/** Under AP, a person's title standing alone in capitals ("the Foreign Minister said"), where the story is not already mixed. */
function standingAlone(phrases: Array<{tokens: Token[]; title: boolean}>, mixed: Finding[], people: Set<string>): Finding[] {
  const findings: Finding[] = []
  const flagged = new Set(mixed.map((finding) => String(finding.actual).toLowerCase()))
  for (const phrase of phrases) {
    if (!phrase.title || !people.has(phrase.tokens.at(-1)!.lower)) continue
    const form = phrase.tokens.map((token) => token.value).join(' ')
    // Written both ways: the consistency finding above already speaks for this phrase.
    if (flagged.has(form.toLowerCase())) continue
    // "British Prime Minister" -> "British prime minister": a proper adjective keeps its capital.
    const fixed = phrase.tokens.map((token) => (lowercaseWord(token.lower) ? token.lower : token.value)).join(' ')
    const start = phrase.tokens[0]!.start
    findings.push({
      start,
      end: phrase.tokens.at(-1)!.end,
      actual: form,
      expected: [fixed],
      reason: `Unexpected \`${form}\` standing alone, expected \`${fixed}\`: AP capitalizes a title only directly before a name`,
      note: 'AP Stylebook (titles): capitalize formal titles before a name; lowercase them standing alone or set off by commas. Under `style: uk` the capital stays.'
    })
  }

  return findings
}

