/**
 * "<country> <title> <Name>" mentions ("U.S. Secretary of State Antony
 * Blinken", "Jordan's King Abdullah II", "German Chancellor Angela Merkel"),
 * found once per document for `official-title` and `officeholder`.
 */
import {offices, personKey, type Office, type Offices} from '../data/offices.js'
import type {DocumentModel} from '../types.js'
import {eachMatch} from './words.js'

export interface TitleMention {
  /** Whole mention, country to name, as offsets. */
  start: number
  end: number
  country?: {code: string; start: number; end: number} | undefined
  title: {text: string; start: number; end: number}
  name: {text: string; start: number; end: number}
  /** "former", "acting", "deputy"... before it: the title is not a claim about the present. */
  qualified: boolean
  /** First in its sentence (for case of an inserted word). */
  initial: boolean
}

const cache = new WeakMap<DocumentModel, TitleMention[]>()
let pattern: RegExp | undefined

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// A capitalized name word, or a particle inside a name ("bin", "el-", "von der").
// Only an initial ends in a point, so a name stops at the end of a sentence.
const nameWord = String.raw`(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’-]*|(?:al|el)-\p{Lu}[\p{L}'’-]*|d['’]\p{Lu}[\p{L}'’-]*)`
// A day or month after a name is the sentence going on ("Donald Tusk Friday"), not a surname; "May" can be one.
const notName = String.raw`(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b)`
const institution =
  /(?<=^|\s)(?:League|Cup|Trophy|Final|Finals|Championships?|Tournament|Games|Open|Series|Prize|Award|Medal|Office|Foundation|Library|Center|Centre|Institute|Fund|Party|Club|Council|Committee|Commission|Administration|Government|Ministry|Department|Palace|Residence|Building|Museum|Stadium|Airport|Bridge|Road|Avenue|Square|Hospital|University|College|School|Act|Doctrine|Plan|Program|Programme)\b/
const particle = String.raw`(?:bin|ibn|de|da|del|dos|das|von|der|van|la|le|arap|wa)`
// A title that is not the present office: "former", "ex-British", "his predecessor", "a President Trump" (hypothetical),
// Israel's "Alternate Prime Minister" (a post beside the premiership, not it), and AP's words for a holder
// put out or held back ("Egypt's ousted President Mohammed Morsi", "caretaker Prime Minister Michel Barnier").
// A shadow minister holds no office ("Labour's Shadow Home Secretary"); a resignation, a sacking or a death
// is of the holder at that time ("the resignation last week of Defence Secretary Michael Fallon").
const qualifier =
  /(?:(?:former|ex-|then-?|late|acting|outgoing|incoming|interim|deputy|vice|assistant|under|first|future|would-be|predecessor|successor|shadow|alternate|caretaker|ousted|deposed|toppled|overthrown|exiled|impeached|suspended|jailed|imprisoned|disgraced)(?:\s*\p{Lu}[\p{L}.]+)?|\b(?:a|an)|\b(?:resignation|departure|ouster|sacking|firing|dismissal|death|funeral|exit)\s+(?:\p{L}+\s+){0,3}of)\s*$/iu

function build(data: Offices): RegExp {
  const byLength = (a: string, b: string) => b.length - a.length
  const countries = [...data.countries.keys()].sort(byLength).map((name) => escape(name).replace(/'/g, "['’]")).join('|')
  const titles = [...new Set([...data.byForm.keys(), ...data.wrongForms.keys()])].sort(byLength).map(escape).join('|')
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}.'’-])(?:(?<country>${countries})\s+)?(?<title>${titles})\s+(?<name>${nameWord}(?:\s+(?:${particle}\s+)*${notName}${nameWord}){0,4})`,
    'gu'
  )
}

export function titleMentions(model: DocumentModel): TitleMention[] {
  const cached = cache.get(model)
  if (cached) return cached
  const data = offices()
  pattern ??= build(data)
  const mentions: TitleMention[] = []
  eachMatch(model, pattern, (match, text, segmentStart, block) => {
    const groups = match.groups!
    const start = segmentStart + match.index!
    if (model.inQuote(start)) return
    let cursor = start
    let country: TitleMention['country']
    if (groups['country']) {
      country = {code: data.countries.get(groups['country'].replace(/’/g, "'"))!, start: cursor, end: cursor + groups['country'].length}
      cursor = start + match[0].indexOf(groups['title']!, groups['country'].length)
    }

    const titleStart = country ? cursor : start
    const title = {text: groups['title']!, start: titleStart, end: titleStart + groups['title']!.length}
    // A league, a cup or an office named for the title or the holder is no person (not "Park", "Hall" or "Bill": names): "Indian Premier League",
    // "the Russian President Cup", "French President Macron Foundation" (the name is cut before it).
    const thing = institution.exec(groups['name']!)
    if (thing?.index === 0) return
    // Trailing possessive or sentence point is not part of the name.
    const rawName = thing ? groups['name']!.slice(0, thing.index).trimEnd() : groups['name']!
    const nameText = rawName.replace(/['’]s$|['’]$/, '')
    const nameStart = start + match[0].length - groups['name']!.length
    const before = model.text.slice(Math.max(block.start, start - 30), start)
    const sentenceStart = /(?:^|[.!?]["”’]?\s+)$/.test(model.text.slice(Math.max(block.start, start - 3), start)) || start === block.start
    mentions.push({
      start,
      end: nameStart + nameText.length,
      country,
      title,
      name: {text: nameText, start: nameStart, end: nameStart + nameText.length},
      qualified: qualifier.test(before),
      initial: sentenceStart
    })
  })

  cache.set(model, mentions)
  return mentions
}

/**
 * The office a mention names: by title and country; without a country, the
 * one office with that title the named person ever held (none when unsure).
 */
export function officeOf(data: Offices, mention: TitleMention): Office | undefined {
  let candidates = data.byForm.get(mention.title.text) ?? []
  if (mention.country) return candidates.filter((office) => office.country === mention.country!.code).at(0)
  const key = personKey(mention.name.text)
  candidates = candidates.filter((office) => (data.terms.get(office.id) ?? []).some((term) => term.key === key))
  return candidates.length === 1 ? candidates[0] : undefined
}
