/**
 * Decide what each block is: headline, byline, dateline, caption, list item or body.
 * Markup hints (headings, list items, figcaptions) win; plain text falls back on
 * the shapes wire copy takes.
 */
import type {Block} from '../types.js'
import {monthPattern} from './dates.js'

const terminal = /[.!?…:;]["”’')\]]*$/
const byline = /^(?:by|story by|posted by|written by|reported by|reporting by|words by|from)\s+\S|\|\s*(?:posted by|date|updated)\b|^(?:date|published|updated|posted)\s*[:\s]\s*\d/i
// "By law, ...", "By Monday the ...": a sentence that opens with "by", not a byline (which names someone).
const byPhrase = /^[Bb]y\s+\p{Ll}/u
const captionStart = /^(?:photo|file photo|picture|image|caption|pictured|video|graphic)\b\s*[:(-]?/i
const captionCredit = /\((?:photo|picture|image|file)[^)]*\)\s*$|\b(?:photo|picture)\s*:\s*\S[^.]*$/i
// "Washington (United States)", "NEW DELHI", "Gaza City, Gaza Strip"
const placeLine = /^[A-Z][\p{L}.'’-]*(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3}(?:\s*\([A-Z][\p{L} .]*\))?$/u
/**
 * "LONDON, March 14 (Reuters) -", "New Delhi [India], Nov 1 (ANI):", "GAZA CITY (AP) —", "(CNN)", "BRUSSELS,
 * 14 March 2024 (Newswire) -": places, an optional date (month or day first), an agency in brackets, a dash.
 * An agency copydesk does not know ("Newswire") counts only after a date.
 */
const months = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?'
const monthDay = `(?:${months}\\s+\\d{1,2}|\\d{1,2}\\s+${months})(?:,?\\s*\\d{4})?`
const agencies = 'Reuters|AP|AFP|ANI|PTI|IANS|UPI|Bloomberg|dpa|DPA|Xinhua|TASS|EFE|ANSA|Kyodo|Yonhap|CNN|BBC|IRNA|WAFA|Sputnik'
const places = "(?:[A-Z][\\p{L}.'’-]*[ ,]*)"
export const datelinePrefix = new RegExp(
  `^(${places}{0,4}(?:\\[[^\\]]+\\][ ,]*)?(?:${monthDay}\\s*)?\\((?:${agencies})\\)\\s*[-–—:]+\\s*|${places}{1,4}${monthDay}\\s*\\([A-Z][\\p{L} ]{1,30}\\)\\s*[-–—:]+\\s*)`,
  'u'
)

// A line that is nothing but the story's date: "March 14, 2024", "2024-03-14", "Thursday 14 March 2024",
// "14/03/2024", "Updated 14 Mar 2024 10:32 GMT", "Published: 3:15 p.m. ET, Tue March 14, 2024".
const weekdayName = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?'
const clock = '(?:(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,5}|UTC[+-]?\\d*|GMT[+-]?\\d*))?,?)'
const dateOnly = new RegExp(
  `^(?:(?:published|updated|posted|last updated|first published|date)\\b\\s*:?\\s*(?:on\\s+)?)?(?:${clock}\\s+)?(?:${weekdayName}\\s+)?` +
    `(?:\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|${monthPattern}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${monthPattern}\\s+\\d{4})` +
    `(?:,?\\s+${clock})?\\.?$`,
  'iu'
)

// An embedded post, signed: a tweet ("— Nigel Farage (@Nigel_Farage) July 4, 2016") or an Instagram
// photo ("A photo posted by ... on Jun 23, 2016 at 12:53am PDT").
const embedded = /\(@\w{1,15}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$|\bon \p{L}{3,9}\.? \d{1,2}, \d{4} at \d{1,2}:\d{2}\s*[ap]m \p{Lu}{2,4}$/u

// Page furniture that scrapes and feeds carry into the text: a gallery's caption ("... Hide Caption 4 of
// 144", "Photos: ..."), "Story highlights" bullets, a wiki's "Categories:" line. None is a paragraph of the story.
// Also a cited source ("\"Title\" — Toronto Star, August 15, 2008") and a chart's or timeline's source line
// ("... Source: European Commission").
const furniture =
  /\bHide Caption \d+ of \d+\s*$|^Photos?:\s|^Story highlights\b|^Categories:|^(?:Read More|Join us on Twitter and Facebook)\b|\s[—–]\s[^.—–]{2,60},\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$|\bSource:\s[^.:]{2,60}$/u
// A wire table: columns lined up with runs of spaces, or a results line ("Shr loss eight cts vs profit 20 cts").
const table = /\S {3,}\S|\bvs\b.*\bvs\b/

// A full stop after a lower-case word, then a capital: running text, not a headline ("U.S. State" is not).
// A question is not: a headline may ask one and answer it ("Why now? One clue lies in your bill").
const twoSentences = /\p{Ll}{2}[.!]["”’]?\s+["“‘]?\p{Lu}/u

export function classify(text: string, blocks: Block[]): void {
  let seenBody = false
  // Web copy opens its story with a dateline paragraph ("London (CNN) ..."); what stands between the
  // headline and it is furniture: a deck, a contributor's note, written without full stops.
  const opening = blocks.findIndex((block, index) => index > 0 && index < 6 && webDateline.test(prose(text, block)))
  for (const [index, block] of blocks.entries()) {
    const value = prose(text, block)
    const words = value.split(/\s+/).filter(Boolean).length
    const unterminated = !terminal.test(value)

    if (block.hint === 'heading') block.kind = 'headline'
    else if (block.hint === 'list-item') block.kind = 'list-item'
    else if (block.hint === 'caption') block.kind = 'caption'
    else if (byline.test(value) && words <= 30 && !byPhrase.test(value)) block.kind = 'byline'
    else if (!seenBody && index < 8 && words <= 12 && dateOnly.test(value)) block.kind = 'byline'
    else if (index === 0 && unterminated && words <= 25 && !twoSentences.test(value)) block.kind = 'headline'
    // A headline that asks ("What does Brexit mean for the US?"), over a web dateline.
    else if (index === 0 && opening === 1 && /\?["”’]?$/.test(value) && words <= 20 && !twoSentences.test(value)) block.kind = 'headline'
    else if (embedded.test(value)) [block.kind, block.embed] = ['caption', true]
    else if (captionStart.test(value) || (captionCredit.test(value) && words <= 40) || furniture.test(value)) block.kind = 'caption'
    else if (unterminated && ((index < opening && words <= 60) || table.test(value))) block.kind = 'caption'
    else if (!seenBody && unterminated && words <= 5 && placeLine.test(value)) block.kind = 'dateline'
    // A dateline on a line of its own ("BRUSSELS, 14 March 2024 (Newswire) -").
    else if (!seenBody && words <= 12 && datelinePrefix.exec(value)?.[0].trimEnd() === value) block.kind = 'dateline'
    else if (unterminated && words <= 12) block.kind = 'caption'
    else block.kind = 'body'

    if (block.kind === 'body') {
      seenBody = true
      const prefix = datelinePrefix.exec(value)
      if (prefix) block.dateline = {start: block.start, end: block.start + prefix[0].length}
    }
  }
}

// "(CNN)", "London (CNN)", "Washington (CNN) —": the paragraph a web story's body starts with.
const webDateline = /^(?:[A-Z][\p{L}.'’-]*[ ,]*){0,3}\((?:CNN|Reuters|AP|AFP|CNN Business)\)/u

/** The block's text, trimmed. */
export function prose(text: string, block: Block): string {
  return text.slice(block.start, block.end).trim()
}
