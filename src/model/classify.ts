/**
 * Decide what each block is: headline, byline, dateline, caption, list item or body.
 * Markup hints (headings, list items, figcaptions) win; plain text falls back on
 * the shapes wire copy takes.
 */
import type {Block} from '../types.js'

const terminal = /[.!?…:;]["”’')\]]*$/
const byline = /^(?:by|story by|posted by|written by|reported by|reporting by|words by|from)\s+\S|\|\s*(?:posted by|date|updated)\b|^(?:date|published|updated|posted)\s*[:\s]\s*\d/i
// "By law, ...", "By Monday the ...": a sentence that opens with "by", not a byline (which names someone).
const byPhrase = /^[Bb]y\s+\p{Ll}/u
const captionStart = /^(?:photo|file photo|picture|image|caption|pictured|video|graphic)\b\s*[:(-]?/i
const captionCredit = /\((?:photo|picture|image|file)[^)]*\)\s*$|\b(?:photo|picture)\s*:\s*\S[^.]*$/i
// "Washington (United States)", "NEW DELHI", "Gaza City, Gaza Strip"
const placeLine = /^[A-Z][\p{L}.'’-]*(?:[ ,]+[A-Z][\p{L}.'’-]*){0,3}(?:\s*\([A-Z][\p{L} .]*\))?$/u
/** "LONDON, March 14 (Reuters) -", "New Delhi [India], Nov 1 (ANI):", "GAZA CITY (AP) —". */
export const datelinePrefix =
  /^((?:[A-Z][\p{L}.'’-]*[ ,]*){0,4}(?:\[[^\]]+\][ ,]*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?\((?:Reuters|AP|AFP|ANI|PTI|IANS|UPI|Bloomberg|dpa|DPA|Xinhua|TASS|EFE|ANSA|Kyodo|Yonhap|CNN|BBC|IRNA|WAFA|Sputnik)\)\s*[-–—:]+\s*)/u

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
    else if (index === 0 && unterminated && words <= 25 && !twoSentences.test(value)) block.kind = 'headline'
    // A headline that asks ("What does Brexit mean for the US?"), over a web dateline.
    else if (index === 0 && opening === 1 && /\?["”’]?$/.test(value) && words <= 20 && !twoSentences.test(value)) block.kind = 'headline'
    else if (embedded.test(value)) [block.kind, block.embed] = ['caption', true]
    else if (captionStart.test(value) || (captionCredit.test(value) && words <= 40) || furniture.test(value)) block.kind = 'caption'
    else if (unterminated && ((index < opening && words <= 60) || table.test(value))) block.kind = 'caption'
    else if (!seenBody && unterminated && words <= 5 && placeLine.test(value)) block.kind = 'dateline'
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
