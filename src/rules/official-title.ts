/**
 * official-title: a wrong form of an official title ("U.S. State Secretary
 * Antony Blinken" → "Secretary of State"), country-aware: "State Secretary"
 * is a real title in Germany, so it is flagged only when the country or the
 * person shows the U.S. office is meant. Also one person given two
 * different titles in one story.
 */
import {offices, personKey, sourceNote} from '../data/offices.js'
import {officeOf, titleMentions} from '../model/titles.js'
import type {Check, RuleModule} from '../types.js'

export const officialTitle: RuleModule<Record<string, never>> = {
  id: 'official-title',
  create(): Check {
    return (model, report) => {
      const data = offices()
      const seen = new Map<string, {title: string; office: string}>()
      for (const mention of titleMentions(model)) {
        const key = personKey(mention.name.text)
        const wrong = data.wrongForms.get(mention.title.text)
        if (wrong) {
          for (const {office, elsewhere} of wrong) {
            const country = mention.country?.code
            const holder = (data.terms.get(office.id) ?? []).find((term) => term.key === key)
            const meant = country ? country === office.country : Boolean(holder) && elsewhere !== '*'
            if (!meant) continue
            report({
              start: mention.title.start,
              end: mention.title.end,
              actual: mention.title.text,
              expected: [office.title],
              reason: `The ${office.country === 'USA' ? 'U.S.' : office.country} office is \`${office.title}\`, not \`${mention.title.text}\`` +
                (holder ? `: ${holder.name} held it` : ''),
              note: `rules/titles.yaml (${office.id})` + (holder ? `. ${sourceNote(data, holder)}` : '')
            })
            break
          }

          continue
        }

        const office = officeOf(data, mention)
        if (!office || mention.qualified) continue
        const earlier = seen.get(key)
        if (!earlier) {
          seen.set(key, {title: mention.title.text, office: office.id})
        } else if (earlier.office !== office.id) {
          report({
            start: mention.title.start,
            end: mention.title.end,
            actual: mention.title.text,
            expected: [],
            reason: `\`${mention.name.text}\` is called \`${earlier.title}\` earlier in the story and \`${mention.title.text}\` here`
          })
        }
      }
    }
  }
}
