/**
 * officeholder: "<title> <name>" checked against who held the office on
 * the story's date ("German Chancellor Angela Merkel" in a 2023 story: she
 * left in December 2021), and AP party-state tags of members of Congress
 * ("Sen. Ted Cruz, R-Texas"). Knowledge base: rules/data/officeholders.json and congress.json.
 * A story dated after the data ends is said to be so, not guessed at.
 */
import {holdersOn, holds, isHolder, offices, personKey, samePerson, sourceNote, withUserTerms, type Office, type Offices, type Term} from '../data/offices.js'
import {distance} from '../data/dictionary.js'
import {readUserFile} from '../data/user-file.js'
import {isoDate, monthDayMentions} from '../model/dates.js'
import {officeOf, titleMentions, type TitleMention} from '../model/titles.js'
import type {Check, DocumentModel, Finding, RuleModule} from '../types.js'

interface Options {
  /** Your own officeholder files (YAML or JSON), relative to the working folder. */
  files: string[]
  /** AP abbreviations of U.S. states in party tags ("R-Texas", "D-Calif."). */
  states: Record<string, string>
}

const congress = /\b(?<title>Sen\.|Senator|Rep\.|Representative)\s+(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?<party>[RDI])-(?<state>[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)(?=[,.;)\s])/gu

export const officeholder: RuleModule<Options> = {
  id: 'officeholder',
  create({options}): Check {
    const stateByTag = new Map(Object.entries(options.states).map(([code, tag]) => [tag, code]))
    let data: Offices | undefined
    const knowledge = () => (data ??= options.files.reduce((base, file) => withUserTerms(base, readUserFile(file, 'officeholder'), file), offices()))
    // A broken user file is a config error: say so at start-up, not on the first dated story.
    if (options.files.length > 0) knowledge()
    return (model, report) => {
      if (!model.date) return
      const data = knowledge()
      const dates = [model.date, ...(model.date.alternative ? [model.date.alternative] : [])].map(isoDate)
      // Offices the data cannot answer on the story's date: one info line for the file, never a warning.
      const unchecked = new Map<string, {title: string; ends: string; start: number; end: number}>()
      const today = model.date.source === 'today' ? ` (no date in the story: checked against ${isoDate(model.date)}; pass --date)` : ''
      const findings: Finding[] = []
      for (const mention of titleMentions(model)) {
        if (mention.qualified) continue
        const office = officeOf(data, mention)
        // A known person given a title that is no form of the office they held ("Japanese President Fumio
        // Kishida", "French Prime Minister Emmanuel Macron"): say which office it was.
        // (Not in a sentence that states its own year: that is about the past, as below.)
        const held = sentenceYears(model, mention.start).length === 0 ? otherOffice(data, mention, office, dates) : undefined
        if (held) {
          const titleText = mention.title.text
          const right = held.office.title
          findings.push({
            start: mention.title.start,
            end: mention.title.end,
            actual: titleText,
            expected: [right],
            reason: `${held.term.name} was ${heldAs(model, mention, right)} on ${dates[0]}, not ${titleText}${today}`,
            note: sourceNote(data, held.term)
          })
          continue
        }

        if (!office) continue
        const ends = data.coverage[office.id]!
        if (dates.every((date) => date > ends)) {
          if (!unchecked.has(office.id)) unchecked.set(office.id, {title: office.title, ends, start: mention.title.start, end: mention.name.end})
          continue
        }

        // Right on any reading of the story's date is right.
        const holders = dates.map((date) => holdersOn(data, office.id, date))
        if (holders.some((list) => list.length === 0 || list.some((term) => isHolder(data, term, mention.name.text)))) continue
        // A sentence that states its own year is about that year ("... missed killing Prime Minister Margaret
        // Thatcher in Brighton in 1984", a caption "in July 2018"): right at some time in it is right.
        // A year before the data on this office begins is one the data cannot answer: say nothing.
        const years = sentenceYears(model, mention.start)
        const begins = (data.terms.get(office.id) ?? []).reduce((first, term) => (term.start < first ? term.start : first), '9999')
        if (years.some((year) => heldIn(data, office.id, mention.name.text, year) || `${year}-12-31` < begins)) continue
        // A sentence dated by a month and day ("appointed at Balmoral on Sept. 6") is about that day of the
        // story's year (or the year before, for a day after the story's date): right then is right.
        if (sentenceDays(model, mention.start, dates[0]!).some((day) => holdersOn(data, office.id, day).some((term) => isHolder(data, term, mention.name.text)))) continue
        const date = dates[0]!
        const now = holders[0]!
        const own = (data.terms.get(office.id) ?? []).filter((term) => isHolder(data, term, mention.name.text))
        // A monarch's consort carries the title too ("Queen Camilla", "Dutch Queen Máxima"), and "Sultan" is
        // also a given name ("Sultan Al Jaber"): only a monarch the data knows is checked.
        if (own.length === 0 && /^(?:king|queen|emperor|empress|sultan|emir)$/i.test(mention.title.text)) continue
        const who = now.map((term) => term.name).join(' and ')
        const text = model.text.slice(mention.start, mention.end)
        const finding: Finding = {start: mention.start, end: mention.end, actual: text, expected: [], reason: '', note: sourceNote(data, now[0]!)}
        const country = mention.country ? model.text.slice(mention.country.start, mention.country.end) : undefined
        // "Egypt's President" reads "the President of Egypt" in a sentence of its own.
        const title = country && /['’]s$/.test(country) ? `${mention.title.text} of ${country.replace(/['’]s$/, '')}` : `${country ? country + ' ' : ''}${mention.title.text}`
        if (own.length > 0 && own.every((term) => term.end !== null && term.end <= date)) {
          const last = own.at(-1)!
          finding.reason = `${last.name} left office as ${title} on ${last.end}; on ${date} it was ${who}`
          finding.expected = [`${mention.initial ? 'Former' : 'former'} ${text}`]
        } else if (own.length > 0) {
          // The term after the story's date, and the one before it if there was one (Orbán: 1998-2002, then 2010).
          const next = own.find((term) => term.start > date)!
          const before = own.filter((term) => term.end !== null && term.end <= date).at(-1)
          finding.reason = before
            ? `${next.name} was ${title} until ${before.end} and again from ${next.start}; on ${date} it was ${who}`
            : `${next.name} became ${title} on ${next.start}; on ${date} it was ${who}`
        } else if (now.length === 1 && misspelt(now[0]!, mention.name.text)) {
          // The holder's name one letter off ("Jean Claude Junker"): a spelling, not another person.
          const holder = now[0]!.name
          finding.start = mention.name.start
          finding.actual = mention.name.text
          finding.expected = [holder]
          finding.reason = `On ${date} the ${title} was ${holder}: \`${mention.name.text}\` looks like a misspelling`
        } else {
          finding.reason = `On ${date} the ${title} was ${who}, not ${mention.name.text}`
        }

        finding.reason += today
        findings.push(finding)
      }

      for (const finding of findings) report(finding)
      const [first] = unchecked.values()
      if (first) {
        const list = [...unchecked.values()]
        report({
          start: first.start,
          end: first.end,
          actual: model.text.slice(first.start, first.end),
          expected: [],
          info: true,
          reason: `Cannot check ${list.map((item) => `\`${item.title}\``).join(', ')} on ${isoDate(model.date)}: copydesk's data on ${list.length === 1 ? 'this office' : 'these offices'} ends ${[...new Set(list.map((item) => item.ends))].join(', ')}${today}`
        })
      }

      checkCongress(model, data, dates, stateByTag, options.states, report)
    }
  }
}

/**
 * The office of the mention's country that the named person held on the story's date, when the title
 * written is no form of it: none when the person held the office written, or held nothing the data knows.
 */
function otherOffice(data: Offices, mention: TitleMention, written: Office | undefined, dates: string[]): {office: Office; term: Term} | undefined {
  // A title the data lists as wrong for some office ("State Secretary") is official-title's to flag.
  if (data.wrongForms.has(mention.title.text)) return undefined
  const terms = (data.people.get(personKey(mention.name.text)) ?? []).filter((term) => samePerson(term, mention.name.text))
  // No country written or implied by the title: the one country whose office the person held then ("President Rishi Sunak").
  const countries = new Set(terms.filter((term) => dates.every((date) => holds(data, term, date))).map((term) => data.offices.get(term.office)?.country))
  const country = mention.country?.code ?? written?.country ?? (countries.size === 1 ? [...countries][0] : undefined)
  if (!country) return undefined
  // Right on any reading of the date, in the office written: nothing to say.
  if (written && terms.some((term) => term.office === written.id && dates.some((date) => holds(data, term, date)) && isHolder(data, term, mention.name.text))) return undefined
  for (const term of terms) {
    const office = data.offices.get(term.office)
    if (!office || office.country !== country || office.id === written?.id) continue
    if (!dates.every((date) => holds(data, term, date))) continue
    // The title written must be no form of the office held ("Prime Minister" is no form of President).
    if (office.forms.some((form) => form.toLowerCase() === mention.title.text.toLowerCase())) continue
    return {office, term}
  }

  return undefined
}

/** "the French President", "France's President", or the title alone, as the story names the country. */
function heldAs(model: DocumentModel, mention: TitleMention, title: string): string {
  if (!mention.country) return title
  const country = model.text.slice(mention.country.start, mention.country.end)
  return /['’]s$/.test(country) ? `${country} ${title}` : `the ${country} ${title}`
}

/** Years (1900-2099) stated in the model's sentence around `offset`. */
function sentenceYears(model: DocumentModel, offset: number): number[] {
  return [...sentenceText(model, offset).matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => Number(match[0]))
}

/** The text of the model's sentence around `offset`. */
function sentenceText(model: DocumentModel, offset: number): string {
  const sentence = model.blockAt(offset)?.node?.children.find(
    (child) => child.type === 'SentenceNode' && child.position!.start.offset! <= offset && offset < child.position!.end.offset!
  )
  return sentence ? model.text.slice(sentence.position!.start.offset!, sentence.position!.end.offset!) : ''
}

/** Days named by month and day in the sentence around `offset`, in the story's year (or the one before). */
function sentenceDays(model: DocumentModel, offset: number, story: string): string[] {
  const text = sentenceText(model, offset)
  const year = Number(story.slice(0, 4))
  return monthDayMentions(text).map(([month, day]) => {
    const thisYear = isoDate({year, month, day})
    return thisYear > story ? isoDate({year: year - 1, month, day}) : thisYear
  })
}

/** Is `name` the holder's surname one edit off, with the same first name if it gives one? */
function misspelt(term: Term, name: string): boolean {
  const key = personKey(name)
  if (key.length < 4 || term.key.length < 4 || distance(key, term.key, 1) > 1) return false
  const words = name.split(/\s+/)
  return words.length < 2 || personKey(words[0]!.split('-')[0]!) === personKey(term.name.split(/[\s-]+/)[0]!)
}

/** Did `name` hold the office at some point in `year`? */
function heldIn(data: Offices, office: string, name: string, year: number): boolean {
  return (data.terms.get(office) ?? []).some(
    (term) => isHolder(data, term, name) && term.start <= `${year}-12-31` && (term.end === null || term.end >= `${year}-01-01`)
  )
}

function checkCongress(
  model: DocumentModel,
  data: Offices,
  dates: string[],
  stateByTag: Map<string, string>,
  tags: Record<string, string>,
  report: (finding: Finding) => void
): void {
  // Prose runs only, as for titles: a tag inside code or a URL is not copy.
  for (const segment of model.blocks.flatMap((block) => block.segments)) {
    if (segment.source) continue
    const text = model.text.slice(segment.start, segment.end)
    for (const match of text.matchAll(congress)) {
      const groups = match.groups!
      const start = segment.start + match.index
      if (model.inQuote(start)) continue
      const chamber = /^Sen/.test(groups['title']!) ? 'sen' : 'rep'
      const state = stateByTag.get(groups['state']!) ?? (/^[A-Z]{2}$/.test(groups['state']!) ? groups['state']! : undefined)
      if (!state) continue
      // Same surname and, when the copy gives one, the same first name ("Ted Cruz" is not "Mónica De La Cruz").
      const words = groups['name']!.split(/\s+/)
      const first = words.length > 1 ? words[0]!.toLowerCase() : undefined
      const seats = (data.seats.get(personKey(groups['name']!)) ?? []).filter(
        (seat) =>
          dates.some((date) => seat.start <= date && date < seat.end) &&
          (!first || seat.name.toLowerCase().startsWith(first) || first.startsWith(seat.name.split(' ')[0]!.toLowerCase()))
      )
      const tagStart = start + match[0].length - groups['party']!.length - 1 - groups['state']!.length
      const tag = `${groups['party']}-${groups['state']}`
      const note = sourceNote(data, {source: 0})
      if (seats.length === 0) continue
      const seat = seats.find((item) => item.chamber === chamber)
      if (!seat) {
        const other = seats[0]!
        report({
          start,
          end: start + groups['title']!.length,
          actual: groups['title']!,
          expected: [other.chamber === 'sen' ? 'Sen.' : 'Rep.'],
          reason: `${other.name} was a ${other.chamber === 'sen' ? 'senator' : 'representative'}, not a ${chamber === 'sen' ? 'senator' : 'representative'}, on ${dates[0]}`,
          note
        })
      } else if (seat.party !== groups['party'] || seat.state !== state) {
        const right = `${seat.party}-${tags[seat.state] ?? seat.state}`
        report({
          start: tagStart,
          end: tagStart + tag.length,
          actual: tag,
          expected: [right],
          reason: `${seat.name} was ${right}, not ${tag}, on ${dates[0]}`,
          note
        })
      }
    }
  }
}
