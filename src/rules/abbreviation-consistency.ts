/**
 * abbreviation-consistency: one initialism written with and without points in
 * one story (U.S./US, U.N./UN, E.U./EU, or any X.Y./XY pair the story holds).
 * The minority form is flagged, or every non-house form when `prefer` names one.
 */
import {times} from '../model/words.js'
import type {Check, DocumentModel, RuleModule} from '../types.js'

interface Options {
  /** House forms, e.g. ["U.S.", "U.N.", "EU"]; others are flagged. */
  prefer: string[]
}

interface Occurrence {
  start: number
  end: number
  value: string
  dotted: boolean
  /** Last word of its sentence: a dotted form's final point also ends the sentence. */
  final: boolean
  /** Inside a quotation: counted, never flagged (it keeps its source's form). */
  quoted: boolean
}

const dottedPattern = /(?<![\p{L}\p{N}.'’])((?:\p{Lu}\.){2,})/gu
const plainPattern = /(?<![\p{L}\p{N}.&'’-])(\p{Lu}{2,5})(?![\p{L}\p{N}&-]|\.\p{Lu})/gu

export const abbreviationConsistency: RuleModule<Options> = {
  id: 'abbreviation-consistency',
  create({options}): Check {
    const preferred = new Map(options.prefer.map((form) => [form.replace(/\./g, ''), form]))

    return (model, report) => {
      const byKey = new Map<string, Occurrence[]>()
      for (const occurrence of occurrences(model)) {
        const key = occurrence.value.replace(/\./g, '')
        const list = byKey.get(key) ?? []
        list.push(occurrence)
        byKey.set(key, list)
      }

      for (const [key, list] of byKey) {
        const dotted = list.filter((item) => item.dotted)
        const plain = list.filter((item) => !item.dotted)
        if (dotted.length === 0 || plain.length === 0) continue
        const house = preferred.get(key)
        const wantDotted = house ? house.includes('.') : dotted.length === plain.length ? list[0]!.dotted : dotted.length > plain.length
        const form = wantDotted ? dotted[0]!.value : key
        const why = house
          ? `the house form is \`${house}\``
          : `the story writes \`${dotted[0]!.value}\` ${times(dotted.length)} and \`${key}\` ${times(plain.length)}`
        // A quotation keeps its source's form ("the East L.A. station", from a police statement).
        for (const item of (wantDotted ? plain : dotted).filter((occurrence) => !occurrence.quoted)) {
          // "in the US." → "in the U.S." (one point ends both); "in the U.S." → "in the US."
          const swallowPoint = wantDotted && model.text.charAt(item.end) === '.'
          const end = swallowPoint ? item.end + 1 : item.end
          const expected = !wantDotted && item.final ? form + '.' : form
          report({
            start: item.start,
            end,
            reason: `Unexpected \`${item.value}\`, expected \`${form}\`: ${why}`,
            expected: [expected]
          })
        }
      }
    }
  }
}


function occurrences(model: DocumentModel): Occurrence[] {
  const found: Occurrence[] = []
  const text = model.text
  for (const block of model.blocks) {
    // AP drops the points in headlines (US, UK): a headline says nothing about the body's style;
    // nor does a tweet the story embeds.
    if (block.kind === 'headline' || block.embed) continue
    const value = text.slice(block.start, block.end)
    // All-caps lines (SHOUTED HEADLINES) say nothing about house style.
    const letters = value.replace(/[^\p{L}]/gu, '')
    if (letters.length > 0 && letters === letters.toUpperCase() && letters.length > 8) continue
    for (const segment of block.segments) {
      if (segment.source) continue
      const slice = text.slice(segment.start, segment.end)
      for (const [pattern, dotted] of [[dottedPattern, true], [plainPattern, false]] as const) {
        pattern.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = pattern.exec(slice))) {
          const start = segment.start + match.index
          const end = start + match[1]!.length
          const after = text.slice(end, end + 3)
          const final = /^(?:\s*$|\s+["“‘'(]?\p{Lu})/u.test(after) || end >= block.end
          found.push({start, end, value: match[1]!, dotted, final, quoted: model.inQuote(start)})
        }
      }
    }
  }

  return found.sort((a, b) => a.start - b.start)
}
