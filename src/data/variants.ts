/**
 * US/UK spelling pairs compiled from VarCon (`rules/data/spelling-variants.json`,
 * made by `src/scripts/varcon.ts`), loaded once, on first use.
 */
import {packageFile} from '../platform.js'

export interface Variant {
  us: string
  uk: string
  /** Oxford (-ize British) form, where it differs from `uk`. */
  oxford: string | undefined
  /** Stem shared by an inflected family (minimize, minimizing, minimization). */
  family: string
}

export interface VariantLookup {
  /** Dialect of a lowercase word, and its pair, if it marks one. */
  get(word: string): {dialect: 'us' | 'uk'; variant: Variant} | undefined
}

let cached: VariantLookup | undefined

export function variants(): VariantLookup {
  if (cached) return cached
  const data = JSON.parse(packageFile('rules/data/spelling-variants.json')) as {
    pairs: Array<[string, string, string?, string?]>
  }
  const map = new Map<string, {dialect: 'us' | 'uk'; variant: Variant}>()
  for (const [us, uk, oxford, flags = ''] of data.pairs) {
    const variant: Variant = {us, uk, oxford: oxford || undefined, family: stem(us)}
    // A form both dialects use in some sense (program, tire) marks nothing.
    if (!flags.includes('u')) map.set(us, {dialect: 'us', variant})
    if (!flags.includes('k')) map.set(uk, {dialect: 'uk', variant})
  }

  cached = {get: (word) => map.get(word)}
  return cached
}

/** Crude stem of an American form, enough to group a family of inflections. */
export function stem(word: string): string {
  return word.replace(/(?:ations?|ings?|ers?|ed|es|s|e)$/, '')
}
