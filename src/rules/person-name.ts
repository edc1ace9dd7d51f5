/**
 * person-name: a known person's name spelled another way than the house
 * spells it ("Abdel Fatah El-Sisi" for "Abdel Fattah el-Sisi"), from the
 * reviewed list in `rules/people.yaml`: whole phrases in exact case, so a
 * common word is never taken for a name; a trailing possessive is kept.
 */
import {eachProse, splitPossessive} from '../model/words.js'
import {CopydeskError} from '../errors.js'
import type {Check, RuleModule} from '../types.js'

interface Person {
  name: string
  variants: string[]
  note: string
  source: string
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export const personName: RuleModule<Record<string, never>> = {
  id: 'person-name',
  validateData(data, file) {
    const people = (data as {people?: unknown})?.people
    if (!Array.isArray(people)) throw new CopydeskError(`${file}: field \`people\` must be a list`)
    for (const [index, person] of people.entries()) {
      const entry = person as Partial<Person>
      for (const key of ['name', 'note', 'source'] as const) {
        if (typeof entry[key] !== 'string' || entry[key]!.length === 0) throw new CopydeskError(`${file}: field \`people[${index}].${key}\` must be a non-empty string`)
      }

      if (!Array.isArray(entry.variants) || entry.variants.some((variant) => typeof variant !== 'string')) {
        throw new CopydeskError(`${file}: field \`people[${index}].variants\` must be a list of strings`)
      }
    }

    return people
  },
  create({spec}): Check {
    const people = (spec.data ?? []) as Person[]
    const byVariant = new Map(people.flatMap((person) => person.variants.map((variant) => [variant, person] as const)))
    const pattern = byVariant.size > 0 ? new RegExp(`(?<![\\p{L}-])(?:${[...byVariant.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?:['’]s?)?(?![\\p{L}-])`, 'gu') : undefined
    return (model, report) => {
      if (!pattern) return
      eachProse(model, (value, offset) => {
        for (const match of value.matchAll(pattern)) {
          const [bare] = splitPossessive(match[0])
          const person = byVariant.get(bare) ?? byVariant.get(match[0])
          if (!person) continue
          const found = byVariant.has(bare) ? bare : match[0]
          const start = offset + match.index
          report({
            start,
            end: start + found.length,
            actual: found,
            expected: [person.name],
            reason: `Unexpected \`${found}\`, expected \`${person.name}\`: the house spells this name so`,
            note: `${person.note} Source: ${person.source}.`
          })
        }
      })
    }
  }
}
