/**
 * official-title: a wrong form of an official title ("U.S. State Secretary
 * Antony Blinken" → "Secretary of State"), country-aware: "State Secretary"
 * is a real title in Germany, so it is flagged only when the country or the
 * person shows the U.S. office is meant. Also one person given two
 * different titles in one story.
 */
import {offices, personKey, sourceNote} from '../data/offices.js'
import {officeOf, titleMentions} from '../model/titles.js'
import {eachMatch} from '../model/words.js'
import type {Check, DocumentModel, Finding, RuleModule} from '../types.js'

interface Options {
  /** Titles no data set knows (Superintendent, Police Chief), each a list of forms of one title. */
  localTitles: string[][]
}

// A name after a local title: two capitalized words or more ("Maria Lopez", "Dana J. Reyes").
const name = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+)+`
// The sentence explains a change of title: a promotion, a new post, a former one.
const change = /\b(?:promoted|named|appointed|became|become|elected|sworn|succeed\w*|replac\w*|new|former|formerly|then-|interim|acting|retired|previously)\b/i

export const officialTitle: RuleModule<Options> = {
  id: 'official-title',
  create({options}): Check {
    const canonical = new Map<string, string>()
    for (const forms of options.localTitles) for (const form of forms) canonical.set(form.toLowerCase(), forms[0]!)
    // Forms as written (capitalized, as a title before a name is: "police chief Maria Lopez" is a description).
    const titles = options.localTitles.flat().sort((a, b) => b.length - a.length).map((form) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    const pattern = titles.length > 0 ? new RegExp(String.raw`(?<![\p{L}-])(?<title>${titles.join('|')})\s+(?<name>${name})`, 'gu') : undefined
    return (model, report) => {
      if (pattern) localTitles(model, pattern, canonical, report)
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

/**
 * One person given two local titles in one story ("Superintendent Maria Lopez" ... "Principal Maria
 * Lopez"): the later is flagged, unless its sentence explains a change (promoted, named, former...) or
 * the two stand together as a double role ("Principal and Superintendent Maria Lopez").
 */
function localTitles(model: DocumentModel, pattern: RegExp, canonical: Map<string, string>, report: (finding: Finding) => void): void {
  const first = new Map<string, {title: string; form: string; changed: boolean}>()
  eachMatch(model, pattern, (match, text, segmentStart) => {
    const index = match.index!
    const form = match.groups!['title']!
    const title = canonical.get(form.toLowerCase())!
    const person = match.groups!['name']!.replace(/['’]s$/, '')
    const start = segmentStart + index
    const before = text.slice(Math.max(0, index - 40), index)
    const sentence = sentenceAround(text, index)
    const earlier = first.get(person)
    // A double role: "Principal and Superintendent Maria Lopez".
    const joined = /(?:^|\s)(\p{Lu}[\p{L} ]+?)\s+and\s+$/u.exec(before)
    if (!earlier) {
      first.set(person, {title, form, changed: change.test(sentence)})
      if (joined && canonical.has(joined[1]!.toLowerCase())) first.set(`${person}\u0000${canonical.get(joined[1]!.toLowerCase())}`, {title, form, changed: false})
      return
    }

    // The change may be told where the first title stands ("Principal Maria Lopez was promoted") or here.
    if (earlier.title === title || first.has(`${person}\u0000${title}`) || joined || earlier.changed || change.test(sentence) || model.inQuote(start)) return
    report({
      start,
      end: start + form.length,
      actual: form,
      expected: [],
      reason: `\`${person}\` is called \`${earlier.form}\` earlier in the story and \`${form}\` here`
    })
  })
}

/** The sentence of `text` around `index`, roughly: from the last sentence end before it to the next. */
function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('. ', index), text.lastIndexOf('? ', index), text.lastIndexOf('! ', index)) + 1
  const ends = ['. ', '? ', '! '].map((mark) => text.indexOf(mark, index)).filter((at) => at !== -1)
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length)
}
