/**
 * Build the document model once per file; every rule reads it instead of
 * re-deriving blocks, quotations, the story's date or its dialect.
 */
import type {Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import {variants} from '../data/variants.js'
import {htmlBlocks} from '../source/html.js'
import {LineIndex} from '../source/line-index.js'
import {markdownBlocks} from '../source/markdown.js'
import {textBlocks} from '../source/text.js'
import {toNlcst} from '../source/to-nlcst.js'
import type {Block, Dialect, DocumentModel, Format, StoryDate} from '../types.js'
import {classify, datelinePrefix, prose} from './classify.js'
import {findDate, isoDate, likelierReading, monthNumber, parseIsoDate} from './dates.js'
import {findQuotes, inSpans} from './quotes.js'
import {sentenceWords} from './words.js'

export interface ModelOptions {
  format: Format
  dialect?: Dialect | undefined
  date?: string | undefined
  /** A tree from a remark or rehype pipeline, reused instead of parsing again. */
  tree?: MdastRoot | HastRoot | undefined
  /** Today, for datelines that give no year. */
  now?: Date | undefined
}

export function buildModel(text: string, options: ModelOptions): DocumentModel {
  const lines = new LineIndex(text)
  let blocks: Block[]
  let frontMatter: string | undefined
  let code: Array<[number, number]> = []
  if (options.format === 'markdown') {
    const result = markdownBlocks(text, options.tree as MdastRoot | undefined)
    blocks = result.blocks
    frontMatter = result.frontMatter
    code = result.code
  } else if (options.format === 'html') {
    blocks = htmlBlocks(text, options.tree as HastRoot | undefined)
  } else {
    blocks = textBlocks(text)
  }

  classify(text, blocks)
  const tree = toNlcst(text, blocks, lines)
  const {quotes, strays, nested} = findQuotes(text, blocks)
  const evidence = countDialect(blocks)
  const dialect: 'us' | 'uk' =
    options.dialect === 'us' || options.dialect === 'uk' ? options.dialect : evidence.uk > evidence.us ? 'uk' : 'us'
  const date = storyDate(text, blocks, frontMatter, options, dialect)

  return {
    text,
    format: options.format,
    blocks,
    tree,
    lines,
    quotes,
    code,
    strayQuoteMarks: strays,
    nestedDoubleQuotes: nested,
    date,
    dialect,
    dialectEvidence: {...evidence, source: options.dialect === 'us' || options.dialect === 'uk' ? 'option' : 'auto'},
    inQuote: (offset) => inSpans(quotes, offset),
    plain(start, end) {
      const block = this.blockAt(start)
      return Boolean(block?.segments.some((segment) => !segment.source && segment.start <= start && end <= segment.end))
    },
    blockAt(offset) {
      let low = 0
      let high = blocks.length - 1
      while (low <= high) {
        const mid = (low + high) >> 1
        const block = blocks[mid]!
        if (offset < block.start) high = mid - 1
        else if (offset >= block.end) low = mid + 1
        else return block
      }

      return undefined
    }
  }
}

/** Count words that mark US or UK spelling; capitalized words count only at a sentence start. */
function countDialect(blocks: Block[]): {us: number; uk: number} {
  const lookup = variants()
  const counts = {us: 0, uk: 0}
  for (const block of blocks) {
    if (!block.node) continue
    for (const sentence of block.node.children) {
      if (sentence.type !== 'SentenceNode') continue
      for (const token of sentenceWords(sentence)) {
        // Capitalized "Labour" or "Labor" opening a sentence is a party, no evidence of spelling.
        if ((token.initial && token.value !== 'Labour' && token.value !== 'Labor' && token.value !== "Labour's") || token.value === token.lower) {
          const found = lookup.get(token.lower)
          if (found) counts[found.dialect]++
        }
      }
    }
  }

  return counts
}

function storyDate(
  text: string,
  blocks: Block[],
  frontMatter: string | undefined,
  options: ModelOptions,
  dialect: 'us' | 'uk'
): StoryDate | undefined {
  if (options.date === 'none') return undefined
  if (options.date) {
    const date = parseIsoDate(options.date)
    if (date) return {...date, source: 'option', text: options.date}
  }

  if (frontMatter) {
    const match = /^(?:date|published|pubDate|datePublished|dateline)\s*[:=]\s*["']?([^"'\n]+)/m.exec(frontMatter)
    const date = match ? parseIsoDate(match[1]!) ?? findDate(match[1]!)?.date : undefined
    if (date) return {...date, source: 'front-matter', text: match![1]!.trim()}
  }

  if (options.format === 'html') {
    // <meta property="article:published_time" content="2024-03-14T10:32:00Z">, in either attribute order; <time datetime="...">.
    const meta =
      /<meta\b[^>]*\bproperty\s*=\s*["']article:published_time["'][^>]*\bcontent\s*=\s*["']([^"']+)/i.exec(text) ??
      /<meta\b[^>]*\bcontent\s*=\s*["']([^"']+)["'][^>]*\bproperty\s*=\s*["']article:published_time["']/i.exec(text) ??
      /<time\b[^>]*\bdatetime\s*=\s*["']([^"']+)/i.exec(text)
    const date = meta ? parseIsoDate(meta[1]!) : undefined
    if (date) return {...date, source: 'html', text: meta![1]!}
  }

  for (const block of blocks) {
    if (block.kind !== 'byline') continue
    const found = findDate(prose(text, block))
    if (!found) continue
    if (!found.alternative) return {...found.date, source: 'byline', text: found.text}
    // Ambiguous (01-11-2023): the story's own dates decide, else the dialect.
    const dmy = found.alternative
    const mdy = found.date
    const chosen = likelierReading(mdy, dmy, text) ?? (dialect === 'uk' ? dmy : mdy)
    return {...chosen, source: 'byline', text: found.text, alternative: chosen === mdy ? dmy : mdy}
  }

  // A dateline on its own line, or opening the first paragraphs ("LONDON, March 14 (Reuters) -").
  for (const block of blocks) {
    if (block.kind !== 'body' && block.kind !== 'dateline') continue
    const prefix = datelinePrefix.exec(prose(text, block))
    if (!prefix) continue
    const full = findDate(prefix[0])
    if (full && !full.alternative) return {...full.date, source: 'dateline', text: full.text}
    const match = /\b([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})\b|\b(\d{1,2})\s+([A-Z][a-z]{2,8}\.?)/.exec(prefix[0])
    const month = match ? monthNumber(match[1] ?? match[4]!) : undefined
    if (!match || !month) continue
    const year = (options.now ?? new Date()).getUTCFullYear()
    return {year, month, day: Number(match[2] ?? match[3]), source: 'dateline', text: match[0]}
  }

  // No date and no year anywhere: a draft about to be published, checked against today.
  if (!/\b(?:1[89]|20)\d\d\b/.test(text)) {
    const now = options.now ?? new Date()
    const today = {year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate()}
    return {...today, source: 'today', text: isoDate(today)}
  }

  return undefined
}
