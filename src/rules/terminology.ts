/**
 * terminology: house terms as data (`rules/terminology.yaml`, plus any files
 * named in config): each entry's forms are replaced by its preferred form.
 */
import {isoDate} from '../model/dates.js'
import {CopydeskError} from '../errors.js'
import {readUserFile} from '../data/user-file.js'
import {commonJs, packageFile} from '../platform.js'
import {eachSentence, matchCase, splitPossessive, type Token} from '../model/words.js'
import type {Check, DocumentModel, RuleModule, RuleSpec} from '../types.js'

export interface Term {
  use: string
  /** Forms to replace, word for word. */
  replace: string[]
  /**
   * Or a regular expression (JavaScript syntax, `u` flag) for forms a list
   * cannot spell out; `use` may refer to its groups as `$1`.
   */
  pattern?: string
  caseSensitive?: boolean
  /** Phrases in which a form stays as it is ("chicken Kiev"). */
  keep?: string[]
  /** The date (YYYY-MM-DD) from which the term applies: a story dated before it keeps the older form. */
  since?: string
  note?: string
  source?: string
}

interface Options {
  /** More term files (YAML or JSON with a `terms` list), relative to the working folder. */
  files: string[]
  /** Replace the built-in list instead of adding to it. */
  replaceDefaults: boolean
}

interface Pattern {
  words: string[]
  term: Term
}

/** Check a term list; errors name the file and the field. */
export function validateTerms(data: unknown, file: string): Term[] {
  const fail = (field: string, problem: string): never => {
    throw new CopydeskError(`${file}: field \`${field}\` ${problem}`)
  }

  const terms = (data as {terms?: unknown} | null)?.terms
  if (!Array.isArray(terms)) fail('terms', 'must be a list of {use, replace}')
  const seen = new Set<string>()
  for (const [index, term] of (terms as unknown[]).entries()) {
    const entry = term as Record<string, unknown>
    const at = `terms[${index}]`
    if (typeof entry !== 'object' || entry === null) fail(at, 'must be a mapping')
    if (typeof entry['use'] !== 'string' || !entry['use']) fail(`${at}.use`, 'must be a non-empty string')
    if (entry['pattern'] !== undefined) {
      checkPattern(entry['pattern'], `${at}.pattern`, fail)
      entry['replace'] ??= []
    }

    const replace = entry['replace']
    if (!Array.isArray(replace) || (replace.length === 0 && entry['pattern'] === undefined) || replace.some((item) => typeof item !== 'string' || !item.trim())) {
      fail(`${at}.replace`, 'must be a non-empty list of strings (or give a `pattern`)')
    }

    for (const form of replace as string[]) {
      if (form === entry['use']) fail(`${at}.replace`, `must not contain the preferred form \`${form}\``)
      const key = entry['caseSensitive'] ? form : form.toLowerCase()
      if (seen.has(key)) fail(`${at}.replace`, `repeats \`${form}\`, already listed`)
      seen.add(key)
    }

    checkTermFields(entry, at, fail)
  }

  return terms as Term[]
}

/**
 * The fields any term entry may carry (note, source, since, keep,
 * caseSensitive), checked for the terminology list and the data-rule engines
 * alike; returns them, picked from the entry.
 */
export function checkTermFields(entry: Record<string, unknown>, at: string, fail: (field: string, problem: string) => never): Omit<Term, 'use' | 'replace'> {
  for (const key of ['note', 'source'] as const) {
    if (entry[key] !== undefined && typeof entry[key] !== 'string') fail(`${at}.${key}`, 'must be a string')
  }

  if (entry['since'] !== undefined && (typeof entry['since'] !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(entry['since']))) fail(`${at}.since`, 'must be a date as YYYY-MM-DD')
  const keep = entry['keep']
  if (keep !== undefined && (!Array.isArray(keep) || keep.some((item) => typeof item !== 'string'))) fail(`${at}.keep`, 'must be a list of strings')
  if (entry['caseSensitive'] !== undefined && typeof entry['caseSensitive'] !== 'boolean') fail(`${at}.caseSensitive`, 'must be true or false')
  const picked: Omit<Term, 'use' | 'replace'> = {}
  for (const key of ['caseSensitive', 'keep', 'since', 'note', 'source'] as const) if (entry[key] !== undefined) (picked as Record<string, unknown>)[key] = entry[key]
  return picked
}

const maxPatternLength = 300

/**
 * A user's regular expression runs on every sentence of every story, so it
 * must compile and must not be able to backtrack exponentially: patterns
 * with a quantifier inside a quantified group (`(a+)+`, star height above
 * one, as safe-regex2 judges it) are refused at start-up. What slips past
 * that check is still bounded by the CLI's per-file time limit.
 */
export function checkPattern(value: unknown, field: string, fail: (field: string, problem: string) => never): void {
  if (typeof value !== 'string' || !value) fail(field, 'must be a non-empty string')
  const source = value as string
  if (source.length > maxPatternLength) fail(field, `is longer than ${maxPatternLength} characters`)
  try {
    new RegExp(source, 'gu')
  } catch (error) {
    fail(field, `is not a valid regular expression: ${(error as Error).message.replace(/^Invalid regular expression: /, '')}`)
  }

  if (!checkedAtBuild().has(source) && !isSafeRegex()(source)) fail(field, `\`${source}\` can backtrack exponentially (a quantifier inside a quantified group); rewrite it without nesting`)
  if (new RegExp(source, 'u').test('')) fail(field, 'matches the empty string')
}

let safeRegex: ((source: string) => boolean) | undefined
let checked: Set<string> | undefined

/**
 * The default rules' patterns that safe-regex2 passed when the package was built
 * (`dist/safe-patterns.json`, see build-rules.ts): judging the eight default
 * senses of spelling-consistency again took 6-15 ms of every start. A user's
 * pattern is judged here unless it is one of those strings.
 */
function checkedAtBuild(): Set<string> {
  if (!checked) {
    try {
      checked = new Set(JSON.parse(packageFile('dist/safe-patterns.json')) as string[])
    } catch {
      checked = new Set()
    }
  }

  return checked
}

/** Those of `sources` that safe-regex2 judges safe (the build's list, above). */
export function safePatterns(sources: string[]): string[] {
  return sources.filter((source) => isSafeRegex()(source))
}

function isSafeRegex(): (source: string) => boolean {
  // safe-regex2 is CommonJS and only needed when a term has a pattern.
  safeRegex ??= commonJs('safe-regex2') as (source: string) => boolean
  return safeRegex
}

/** A place a term's form occurs in a story. */
export interface TermMatch {
  term: Term
  start: number
  end: number
  actual: string
  /** The preferred form, cased and with the possessive of the match ("Kyiv's"). */
  expected: string
  /** The match ends in a possessive ("day's"). */
  possessive: boolean
}

/**
 * Find every form of `terms` in a story's prose, whole words, longest form
 * first, skipping `keep` phrases and terms not yet in force on the story's
 * date. Shared by the substitution, existence and consistency engines.
 */
export function termMatcher(terms: Term[]): (model: DocumentModel) => TermMatch[] {
  const byFirst = new Map<string, Pattern[]>()
  for (const term of terms) {
    for (const form of term.replace) {
      const words = form.split(/\s+/)
      const key = words[0]!.toLowerCase()
      const list = byFirst.get(key) ?? []
      list.push({words, term})
      byFirst.set(key, list)
    }
  }

  // Longest forms first, so "Israeli Defence Forces" wins over a shorter form.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  const patterns = terms
    .filter((term) => term.pattern !== undefined)
    .map((term) => ({term, regex: new RegExp(term.pattern!, 'gu' + (term.caseSensitive ? '' : 'i'))}))

  return (model) => {
    const found: TermMatch[] = []
    // A term from a date on: "Kiev" in a 2016 story was the standard form then.
    const story = model.date ? isoDate(model.date) : undefined
    const inForce = (term: Term) => !term.since || !story || story >= term.since
    for (const {term, regex} of patterns) {
      if (!inForce(term)) continue
      for (const block of model.blocks) {
        for (const segment of block.segments) {
          if (segment.source) continue
          const text = model.text.slice(segment.start, segment.end)
          for (const match of text.matchAll(regex)) {
            if (match[0] === '') continue
            const start = segment.start + match.index
            if (kept(model.text, start, match[0], term.keep)) continue
            const expected = match[0].replace(new RegExp(regex.source, regex.flags.replace('g', '')), term.use)
            found.push({term, start, end: start + match[0].length, actual: match[0], expected, possessive: false})
          }
        }
      }
    }

    eachSentence(model, (tokens) => {
      let index = 0
      while (index < tokens.length) {
        const matched = match(tokens, index)
        if (!matched) {
          index++
          continue
        }

        const {pattern, possessive} = matched
        const first = tokens[index]!
        const last = tokens[index + pattern.words.length - 1]!
        const actual = model.text.slice(first.start, last.end)
        index += pattern.words.length
        if (!inForce(pattern.term) || kept(model.text, first.start, actual, pattern.term.keep) || titled(actual, pattern)) continue
        const use = pattern.term.caseSensitive ? pattern.term.use : matchCase(actual, pattern.term.use)
        const ending = possessive ? (use.endsWith('s') ? possessive.charAt(0) : possessive.charAt(0) + 's') : ''
        found.push({term: pattern.term, start: first.start, end: last.end, actual, expected: use + ending, possessive: possessive !== ''})
      }
    })
    return found
  }

  function match(tokens: Token[], index: number): {pattern: Pattern; possessive: string} | undefined {
    const candidates = byFirst.get(splitPossessive(tokens[index]!.value)[0].toLowerCase())
    if (!candidates) return undefined
    for (const pattern of candidates) {
      const size = pattern.words.length
      if (index + size > tokens.length) continue
      let possessive = ''
      let ok = true
      for (let offset = 0; offset < size && ok; offset++) {
        const token = tokens[index + offset]!
        if (offset > 0 && !token.joined) ok = false
        let value = token.value
        if (offset === size - 1) [value, possessive] = splitPossessive(value)
        const wanted = pattern.words[offset]!
        ok &&= pattern.term.caseSensitive ? value === wanted : value.toLowerCase() === wanted.toLowerCase()
      }

      if (ok) return {pattern, possessive}
    }

    return undefined
  }
}

/** A term's note and source as one line for `note`. */
export function termNote(term: {note?: string | undefined; source?: string | undefined}): {note?: string} {
  const note = [term.note, term.source ? `Source: ${term.source}.` : undefined].filter(Boolean).join(' ')
  return note ? {note} : {}
}

/** Report each form with its preferred form as the fix (where the text is plain enough to edit). */
export function substitutionCheck(terms: Term[], where?: (model: DocumentModel) => (match: TermMatch) => boolean): Check {
  const find = termMatcher(terms)
  return (model, report) => {
    const matches = find(model)
    for (const {term, start, end, actual, expected} of where ? matches.filter(where(model)) : matches) {
      if (expected === actual) continue
      report({start, end, reason: `Unexpected \`${actual}\`, expected \`${expected}\``, expected: model.plain(start, end) ? [expected] : [], ...termNote(term)})
    }
  }
}

/** The terms the terminology rule runs with: its list (unless replaced) and the files config names. */
export function termsInForce(spec: RuleSpec, options: Record<string, unknown>): Term[] {
  const {files, replaceDefaults} = options as unknown as Options
  const terms: Term[] = replaceDefaults ? [] : [...((spec.data as Term[] | undefined) ?? [])]
  for (const file of files ?? []) terms.push(...loadTerms(file))
  return terms
}

export const terminology: RuleModule<Options> = {
  id: 'terminology',
  validateData: validateTerms,
  create: ({spec, options}) => substitutionCheck(termsInForce(spec as unknown as RuleSpec, options as unknown as Record<string, unknown>))
}

/**
 * A lower-case form matched with a capital after its first word ("Advance
 * Warning", "Free Gift Shop") is part of a name or a title, not prose.
 */
function titled(actual: string, pattern: Pattern): boolean {
  if (pattern.term.caseSensitive || pattern.words.length < 2 || pattern.words.some((word) => word !== word.toLowerCase())) return false
  return actual.split(/\s+/).slice(1).some((word) => /^\p{Lu}/u.test(word))
}

/** Is the match at `start` part of one of the `keep` phrases? */
function kept(text: string, start: number, actual: string, keep: string[] | undefined): boolean {
  for (const phrase of keep ?? []) {
    const at = phrase.toLowerCase().indexOf(actual.toLowerCase())
    if (at === -1) continue
    if (text.slice(start - at, start - at + phrase.length).toLowerCase() === phrase.toLowerCase()) return true
  }

  return false
}

function loadTerms(file: string): Term[] {
  return validateTerms(readUserFile(file, 'terminology'), file)
}
