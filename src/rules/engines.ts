/**
 * Engines for rules written as data (after Vale's rule types): a rule file
 * with `engine:` and its entries under `data:` needs no code. A newsroom's own
 * rule folders and the shipped packs (`rules/packs/`) are built on them.
 *
 * - substitution: forms to replace with a preferred form (the terminology
 *   rule's engine): `data: {terms: [{use, replace, ...}]}`.
 * - existence: words and phrases to flag, with a message and optional
 *   suggestions: `data: {tokens: [{forms, message, suggest?, ...}]}`.
 * - consistency: forms a story may choose between but must not mix:
 *   `data: {pairs: [{forms: [a, b], ...}]}`; the story's majority form wins.
 */
import {CopydeskError} from '../errors.js'
import {matchCase} from '../model/words.js'
import type {Check, DocumentModel, RuleSpec} from '../types.js'
import {times} from '../model/words.js'
import {checkPattern, checkTermFields, substitutionCheck, termMatcher, termNote, validateTerms, type Term, type TermMatch} from './terminology.js'

export interface Engine {
  id: string
  /** Check a rule file's `data`; errors name `file` and the field. */
  validate(data: unknown, file: string): unknown
  create(spec: RuleSpec): Check
}

type Fail = (field: string, problem: string) => never

const failer =
  (file: string): Fail =>
  (field, problem) => {
    throw new CopydeskError(`${file}: field \`${field}\` ${problem}`)
  }

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function strings(value: unknown, field: string, fail: Fail, {min = 1} = {}): string[] {
  if (!Array.isArray(value) || value.length < min || value.some((item) => typeof item !== 'string' || !item.trim())) {
    fail(field, `must be a list of at least ${min} non-empty string${min === 1 ? '' : 's'}`)
  }

  return value as string[]
}

/**
 * A data rule reads the writer's prose: a direct quotation is the speaker's
 * words, which the desk may not reword, so no engine looks inside one.
 */
function inProse(model: DocumentModel): (match: TermMatch) => boolean {
  return (match) => !model.inQuote(match.start)
}

/** The fields every entry may carry, as the terminology list checks them; a data rule's `keep` also holds no empty phrase. */
function common(entry: Record<string, unknown>, at: string, fail: Fail): Omit<Term, 'use' | 'replace'> {
  if (entry['keep'] !== undefined) strings(entry['keep'], `${at}.keep`, fail)
  return checkTermFields(entry, at, fail)
}

/** Each entry of `data[key]`, read by `read` with its field path (`data.tokens[2]`) for errors. */
function entries<T>(data: unknown, key: string, file: string, read: (entry: Record<string, unknown>, at: string, fail: Fail) => T): T[] {
  const fail = failer(file)
  const items = isObject(data) ? data[key] : undefined
  if (!Array.isArray(items) || items.length === 0) fail(`data.${key}`, 'must be a non-empty list')
  return (items as unknown[]).map((item, index) => {
    const at = `data.${key}[${index}]`
    if (!isObject(item)) fail(at, 'must be a mapping')
    return read(item as Record<string, unknown>, at, fail)
  })
}

const substitution: Engine = {
  id: 'substitution',
  validate(data, file) {
    return validateTerms(data, file).map((term) => ({...term}))
  },
  create: (spec) => substitutionCheck(spec.data as Term[], inProse)
}

interface Token extends Term {
  message: string
  suggest: string[]
}

const existence: Engine = {
  id: 'existence',
  validate(data, file) {
    return entries(data, 'tokens', file, (entry, at, fail): Token => {
      if (entry['pattern'] !== undefined) checkPattern(entry['pattern'], `${at}.pattern`, fail)
      const forms = entry['pattern'] !== undefined && entry['forms'] === undefined ? [] : strings(entry['forms'], `${at}.forms`, fail)
      if (typeof entry['message'] !== 'string' || !entry['message'].trim()) fail(`${at}.message`, 'must be a non-empty string (what to do instead)')
      const suggest = entry['suggest'] === undefined ? [] : strings(entry['suggest'], `${at}.suggest`, fail)
      return {
        use: '',
        replace: forms,
        ...(entry['pattern'] === undefined ? {} : {pattern: entry['pattern'] as string}),
        message: entry['message'] as string,
        suggest,
        ...common(entry, at, fail)
      }
    })
  },
  create(spec) {
    const find = termMatcher(spec.data as Token[])
    return (model, report) => {
      // "at the end of the day's session" is a day, not a cliché.
      for (const {term, start, end, actual} of find(model).filter((match) => !match.possessive).filter(inProse(model))) {
        const {message, suggest} = term as Token
        const expected = model.plain(start, end) ? suggest.map((value) => (term.caseSensitive ? value : matchCase(actual, value))) : []
        report({start, end, reason: `Unexpected \`${actual}\`: ${message}`, expected, ...termNote(term)})
      }
    }
  }
}

interface Pair {
  forms: string[]
  terms: Term[]
  note?: string
  source?: string
}

const consistency: Engine = {
  id: 'consistency',
  validate(data, file) {
    return entries(data, 'pairs', file, (entry, at, fail): Pair => {
      const forms = strings(entry['forms'], `${at}.forms`, fail, {min: 2})
      const rest = common(entry, at, fail)
      if (new Set(forms.map((form) => (rest.caseSensitive ? form : form.toLowerCase()))).size !== forms.length) fail(`${at}.forms`, 'repeats a form')
      return {forms, terms: forms.map((form) => ({use: form, replace: [form], ...rest})), ...(rest.note ? {note: rest.note} : {}), ...(rest.source ? {source: rest.source} : {})}
    })
  },
  create(spec) {
    const pairs = spec.data as Pair[]
    const find = termMatcher(pairs.flatMap((pair) => pair.terms))
    const pairOf = new Map(pairs.flatMap((pair) => pair.terms.map((term) => [term, pair] as const)))
    return (model, report) => {
      const byPair = new Map<Pair, Map<string, ReturnType<typeof find>>>()
      for (const match of find(model).filter(inProse(model))) {
        const pair = pairOf.get(match.term)!
        const forms = byPair.get(pair) ?? new Map()
        forms.set(match.term.use, [...(forms.get(match.term.use) ?? []), match])
        byPair.set(pair, forms)
      }

      for (const [pair, forms] of byPair) {
        if (forms.size < 2) continue
        // The story's majority form; on a tie, the one it used first.
        const ranked = [...forms].sort((a, b) => b[1].length - a[1].length || a[1][0]!.start - b[1][0]!.start)
        const [winner, kept] = ranked[0]!
        const why = `the story writes \`${winner}\` ${times(kept.length)}; use one form`
        for (const [, matches] of ranked.slice(1)) {
          for (const {start, end, actual} of matches) {
            const expected = matchCase(actual, winner)
            report({start, end, reason: `Unexpected \`${actual}\`, expected \`${expected}\`: ${why}`, expected: model.plain(start, end) ? [expected] : [], ...termNote(pair)})
          }
        }
      }
    }
  }
}

export const engines: Engine[] = [consistency, existence, substitution]

export function engineFor(id: string): Engine | undefined {
  return engines.find((engine) => engine.id === id)
}
