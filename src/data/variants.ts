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
  // Each word to its pair's index, times two, plus one for the British form. The pairs' objects (and
  // their stems, a regular expression each) are made when a story first uses them: making all 2,817
  // took 20 ms of every start, measured.
  // A plain loop with indexed reads: array destructuring runs the iterator protocol, which in code not
  // yet optimized (all of a start-up) cost 7 ms more here.
  const map = new Map<string, number>()
  const {pairs} = data
  for (let index = 0; index < pairs.length; index++) {
    const pair = pairs[index]!
    const flags = pair[3] ?? ''
    // A form both dialects use in some sense (program, tire) marks nothing.
    if (!flags.includes('u')) map.set(pair[0], index * 2)
    if (!flags.includes('k')) map.set(pair[1], index * 2 + 1)
  }

  const made: Array<{dialect: 'us' | 'uk'; variant: Variant}> = []
  const variantOf = (index: number): Variant => {
    const known = made[index * 2] ?? made[index * 2 + 1]
    if (known) return known.variant
    const [us, uk, oxford] = data.pairs[index]!
    return {us, uk, oxford: oxford || undefined, family: stem(us)}
  }

  cached = {
    get(word) {
      const code = map.get(word)
      if (code === undefined) return undefined
      // One object per form, so that two forms of a pair share one variant (compared by identity).
      made[code] ??= {dialect: code % 2 === 1 ? 'uk' : 'us', variant: variantOf(code >> 1)}
      return made[code]
    }
  }
  return cached
}

/** Crude stem of an American form, enough to group a family of inflections. */
export function stem(word: string): string {
  return word.replace(/(?:ations?|ings?|ers?|ed|es|s|e)$/, '')
}
