/**
 * spelling-consistency: US and UK spellings mixed in one story (VarCon pairs).
 * With `dialect: auto` the story's majority wins; with `us`/`uk` every
 * off-dialect word is flagged. Proper names keep their own spelling, except
 * where a known official name is spelled another way ("Israel Defence Forces").
 */
import {stem, variants, type Variant} from '../data/variants.js'
import {eachSentence, isCapitalized, matchCase, splitPossessive, type Token} from '../model/words.js'
import {CopydeskError} from '../errors.js'
import type {Check, RuleModule} from '../types.js'
import {checkPattern} from './terminology.js'

interface Options {
  oxford: boolean
  ignore: string[]
  officialNames: string[]
  /** Pairs whose US form British shares in some senses (program for software): read by the words around. */
  senses: Sense[]
}

interface Sense {
  us: string
  uk: string
  /** The US form marks US spelling when the words around it match (`_` stands for the word itself). */
  when?: string
  /** ... and not when they match this. */
  unless?: string
}

interface CompiledSense {
  variant: Variant
  when: RegExp | undefined
  unless: RegExp | undefined
}

interface Candidate {
  token: Token
  base: string
  possessive: string
  dialect: 'us' | 'uk'
  variant: Variant
}

const connectors = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'la', 'le'])
const label = {us: 'US', uk: 'UK'} as const

// Capitalized, these name parties (Britain's Labour, Australia's Labor), even opening a sentence.
const partyNames = new Set(['Labour', 'Labor'])

export const spellingConsistency: RuleModule<Options> = {
  id: 'spelling-consistency',
  create({options, terms}): Check {
    const ignore = new Set(options.ignore.map((word) => word.toLowerCase()))
    // An official name the house terms rule on ("Israel Defense Forces") is theirs to flag: one message
    // for one problem, not a second on the word inside it.
    const ruled = new Set(terms.map((term) => term.use.toLowerCase()))
    const officialNames = options.officialNames.filter((name) => !ruled.has(name.toLowerCase())).map((name) => name.split(/\s+/))
    const senses = compileSenses(options.senses)

    return (model, report) => {
      const lookup = variants()
      const candidates: Candidate[] = []

      eachSentence(model, (tokens, block) => {
        // A tweet keeps its writer's spelling: the story cannot edit it.
        if (block.embed) return
        for (const [index, token] of tokens.entries()) {
          const [base, possessive] = splitPossessive(token.value)
          const lower = base.toLowerCase()
          if (ignore.has(lower)) continue
          const found = lookup.get(lower) ?? bySense(senses, tokens, index, lower)
          if (!found) continue
          if (inName(tokens, index)) {
            checkOfficialName(tokens, index, base, possessive, found.variant)
            continue
          }

          if (options.oxford && found.dialect === 'us' && found.variant.oxford === lower) continue
          candidates.push({token, base, possessive, dialect: found.dialect, variant: found.variant})
        }
      })

      if (candidates.length === 0) return
      const counts = {us: 0, uk: 0}
      const families = new Map<string, {us: number; uk: number}>()
      for (const candidate of candidates) {
        counts[candidate.dialect]++
        const family = families.get(candidate.variant.family) ?? {us: 0, uk: 0}
        family[candidate.dialect]++
        families.set(candidate.variant.family, family)
      }

      const fixed = model.dialectEvidence.source === 'option'
      const target: 'us' | 'uk' = fixed
        ? model.dialect
        : counts.us === counts.uk
          ? candidates[0]!.dialect
          : counts.us > counts.uk
            ? 'us'
            : 'uk'

      for (const candidate of candidates) {
        if (candidate.dialect === target) continue
        const replacement = target === 'us' ? candidate.variant.us : candidate.variant.uk
        const expected = matchCase(candidate.base, replacement) + candidate.possessive
        const family = families.get(candidate.variant.family)!
        const why = fixed
          ? `the house dialect is ${label[target]}`
          : `the story mostly uses ${label[target]} spelling (${counts[target]} ${label[target]} to ${counts[candidate.dialect]} ${label[candidate.dialect]} words; this word's family: ${family.us} US, ${family.uk} UK)`
        report({
          start: candidate.token.start,
          end: candidate.token.end,
          reason: `Unexpected ${label[candidate.dialect]} spelling \`${candidate.token.value}\`, expected \`${expected}\`: ${why}`,
          expected: [expected]
        })
      }

      /** A capitalized word inside a run of capitalized words, or capitalized mid-sentence. */
      function inName(tokens: Token[], index: number): boolean {
        const token = tokens[index]!
        if (!isCapitalized(token.value) || (token.value === token.value.toUpperCase() && token.value.length > 1)) return false
        if (!token.initial || partyNames.has(splitPossessive(token.value)[0])) return true
        const next = tokens[index + 1]
        return Boolean(next?.joined && isCapitalized(next.value))
      }

      /** Flag a variant word inside a known official name spelled the other way. */
      function checkOfficialName(tokens: Token[], index: number, base: string, possessive: string, variant: Variant): void {
        const forms = new Set([variant.us, variant.uk, variant.oxford].filter(Boolean))
        for (const name of officialNames) {
          for (const [position, word] of name.entries()) {
            if (!forms.has(word.toLowerCase())) continue
            if (!aligned(tokens, index - position, name)) continue
            if (word.toLowerCase() === base.toLowerCase()) return
            const expected = matchCase(base, word) + possessive
            report({
              start: tokens[index]!.start,
              end: tokens[index]!.end,
              reason: `Unexpected \`${tokens[index]!.value}\` in the name \`${name.join(' ')}\`, expected \`${expected}\`: the official name is spelled so`,
              expected: [expected]
            })
            return
          }
        }
      }
    }
  }
}

/** The pairs read by sense, keyed by each US and UK form and their plurals. */
function compileSenses(list: Sense[]): Map<string, {sense: CompiledSense; dialect: 'us' | 'uk'}> {
  const fail = (field: string, problem: string): never => {
    throw new CopydeskError(`spelling-consistency: option \`senses\`: \`${field}\` ${problem}`)
  }

  const compiled = new Map<string, {sense: CompiledSense; dialect: 'us' | 'uk'}>()
  for (const [index, entry] of list.entries()) {
    if (typeof entry?.us !== 'string' || typeof entry?.uk !== 'string') fail(`${index}`, 'needs `us` and `uk` words')
    for (const field of ['when', 'unless'] as const) if (entry[field] !== undefined) checkPattern(entry[field], `${index}.${field}`, fail)
    const sense: CompiledSense = {
      variant: {us: entry.us, uk: entry.uk, oxford: undefined, family: stem(entry.us)},
      when: entry.when ? new RegExp(entry.when, 'u') : undefined,
      unless: entry.unless ? new RegExp(entry.unless, 'u') : undefined
    }
    for (const [word, dialect] of [[entry.us, 'us'], [entry.uk, 'uk']] as const) {
      compiled.set(word, {sense, dialect})
      compiled.set(`${word}s`, {sense: {...sense, variant: {...sense.variant, us: `${entry.us}s`, uk: `${entry.uk}s`}}, dialect})
    }
  }

  return compiled
}

/**
 * A word of a pair read by sense: the UK form always marks UK spelling; the US
 * form marks US spelling only in the sense British writes otherwise ("a
 * program of road repairs", not "a computer program"), judged from the three
 * words on each side.
 */
function bySense(
  senses: Map<string, {sense: CompiledSense; dialect: 'us' | 'uk'}>,
  tokens: Token[],
  index: number,
  word: string
): {dialect: 'us' | 'uk'; variant: Variant} | undefined {
  const found = senses.get(word)
  if (!found) return undefined
  const {sense, dialect} = found
  if (dialect === 'uk') return {dialect, variant: sense.variant}
  const around = [
    ...tokens.slice(Math.max(0, index - 3), index).map((token) => token.lower),
    '_',
    ...tokens.slice(index + 1, index + 4).map((token) => token.lower)
  ].join(' ')
  if (sense.when && !sense.when.test(around)) return undefined
  if (sense.unless?.test(around)) return undefined
  return {dialect, variant: sense.variant}
}

/** Do `name`'s words line up with `tokens` from `from` (loosely: Israel~Israeli, Force~Forces, possessives)? */
function aligned(tokens: Token[], from: number, name: string[]): boolean {
  if (from < 0 || from + name.length > tokens.length) return false
  for (const [offset, word] of name.entries()) {
    const token = tokens[from + offset]!
    if (offset > 0 && !token.joined) return false
    const value = splitPossessive(token.value)[0].toLowerCase()
    const expected = word.toLowerCase()
    if (connectors.has(expected) ? value !== expected : !looselyEqual(value, expected)) {
      if (!variants().get(value) || variants().get(value)?.variant !== variants().get(expected)?.variant) return false
    }
  }

  return true
}

function looselyEqual(a: string, b: string): boolean {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return long.startsWith(short) && long.length - short.length <= 2 && short.length >= 4
}
