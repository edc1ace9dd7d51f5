/**
 * Shared types: blocks, the document model, rules and configuration.
 */
import type {Paragraph, Root} from 'nlcst'
import type {VFile} from 'vfile'
import type {LineIndex} from './source/line-index.js'

/** Input kinds copydesk understands. */
export type Format = 'text' | 'markdown' | 'html'

/** Rule severities, after coercion (see `coerceSeverity`). */
export type Severity = 'off' | 'info' | 'warning' | 'error'

/** Dialects for spelling; `auto` picks the document's majority. */
export type Dialect = 'us' | 'uk' | 'auto'

/** What role a block plays in a news story. */
export type BlockKind =
  | 'headline'
  | 'byline'
  | 'dateline'
  | 'caption'
  | 'list-item'
  | 'body'
  | 'other'

/** A run of original text that is prose (`text`) or kept whole and never linted (`source`). */
export interface Segment {
  start: number
  end: number
  source?: boolean
}

/**
 * One block of the story (a paragraph, heading, list item, caption, byline...),
 * as offsets into the original file.
 */
export interface Block {
  kind: BlockKind
  /** Offset of the first character of the block in the original file. */
  start: number
  /** Offset just after the block. */
  end: number
  segments: Segment[]
  /** Structural hint from the markup (heading, list item, figcaption...). */
  hint?: 'heading' | 'list-item' | 'caption' | 'paragraph' | undefined
  /** An embedded post (a tweet, an Instagram photo): words the story quotes and cannot edit. */
  embed?: boolean | undefined
  /** A wire dateline opening a body paragraph ("LONDON, March 14 (Reuters) -"). */
  dateline?: {start: number; end: number} | undefined
  /** The nlcst paragraph for this block, set once parsed. */
  node?: Paragraph
}

/** A span of direct quotation, offsets into the original file (marks included). */
export interface QuoteSpan {
  start: number
  /** Just after the closing mark, or the end of the paragraph when the quote is left open. */
  end: number
  /** A closing mark was found (at `close`). */
  closed: boolean
  close?: number
  /** Index of the block in `DocumentModel.blocks`. */
  block: number
  /** Left open, and the next paragraph opens with the same kind of mark: the quotation goes on there. */
  continues?: boolean
  /** Opens a paragraph and goes on with the quotation the previous paragraph left open. */
  continued?: boolean
}

/** A calendar date; `reading` says how an ambiguous one was resolved. */
export interface StoryDate {
  year: number
  month: number
  day: number
  /** Where it came from. */
  source: 'option' | 'front-matter' | 'html' | 'byline' | 'dateline' | 'config' | 'today'
  /** The text it was read from. */
  text: string
  /** Set when the text had two readings (01-11-2023); the other one is here. */
  alternative?: {year: number; month: number; day: number} | undefined
}

/** The shared document model every rule reads (see `src/model/document.ts`). */
export interface DocumentModel {
  /** The whole original file as a string. */
  text: string
  format: Format
  blocks: Block[]
  tree: Root
  /** Offset ↔ line/column for the original text. */
  lines: LineIndex
  quotes: QuoteSpan[]
  /** Code in Markdown (fenced, indented, inline) as [start, end) offsets: shown text, not markup. */
  code: Array<[number, number]>
  /** Closing double quote marks with no opening mark in their paragraph. */
  strayQuoteMarks: Array<{offset: number; kind: '"' | "'"}>
  /** Quotations inside a quotation set in double marks (`"... "nasty" ..."`): the inner marks' offsets. */
  nestedDoubleQuotes: Array<{open: number; close: number}>
  date: StoryDate | undefined
  /** Resolved dialect (`auto` has been decided). */
  dialect: 'us' | 'uk'
  /** How the dialect was decided, with counts of marked words. */
  dialectEvidence: {us: number; uk: number; source: 'option' | 'auto'}
  /** True when `offset` lies inside a direct quotation. */
  inQuote(offset: number): boolean
  /** True when `start..end` is one run of prose (no markup inside), so replacing it is safe. */
  plain(start: number, end: number): boolean
  /** The block containing `offset`, if any. */
  blockAt(offset: number): Block | undefined
}

/** What a rule reports; `report()` turns it into a vfile message. */
export interface Finding {
  start: number
  end: number
  reason: string
  actual?: string
  /** `[]`: no safe fix; `['']`: remove; one value: fix; several: suggestions only. */
  expected?: string[]
  note?: string
  /** Only informs (what the data cannot answer): an info line whatever the rule's severity. */
  info?: boolean
}

/** A rule's settings as written in a rule file in `rules/`. */
/** One option's type, limits and description (`optionsSchema` in a rule file). */
export interface OptionSchema {
  type: 'boolean' | 'integer' | 'number' | 'string' | 'list' | 'mapping'
  description: string
  enum?: string[]
  minimum?: number
  maximum?: number
  /** A list kept in order (checked by a test), so additions land where a reviewer looks. */
  sorted?: boolean
}

export interface RuleSpec<Options = Record<string, unknown>> {
  id: string
  description: string
  severity: Severity
  fixable: boolean
  category: string
  url: string
  options: Options
  /** Each option's type, limits and description: validation and docs read it. */
  optionsSchema?: Record<string, OptionSchema>
  /** Contents of the rule's data file (`data:` in the rule file), checked by the module. */
  data?: unknown
  /** A rule written as data: the engine that runs it (`substitution`, `existence`, `consistency`). */
  engine?: string
  /** Where a data rule came from: its pack (`news`) or its file. */
  origin?: string
  examples?: {valid?: string[]; invalid?: Array<{text: string; output?: string; actual?: string}>}
}

/** What a rule module's `create` receives. */
export interface RuleContext<Options> {
  spec: RuleSpec<Options>
  options: Options
  /**
   * The house terms in force for this run (terminology's list and files,
   * and substitution rules loaded from packs or rule folders): rules that
   * would otherwise report a ruled term a second time leave it to them.
   */
  terms: ReadonlyArray<{use: string; replace: string[]; caseSensitive?: boolean}>
}

/** A rule's check, run once per document. */
export type Check = (model: DocumentModel, report: (finding: Finding) => void) => void

/** A rule module: code in `src/rules/<id>.ts`, settings in `rules/<id>.yml`. */
export interface RuleModule<Options = any> {
  id: string
  /** Check the rule's data file; errors name `file` and the field. */
  validateData?: (data: unknown, file: string) => unknown
  create(context: RuleContext<Options>): Check
}

/** Per-rule configuration in `.copydeskrc`. */
export type RuleSetting =
  | Severity
  | boolean
  | number
  | [Severity | boolean | number, Record<string, unknown>?]
  | ({severity?: Severity} & Record<string, unknown>)

/** Configuration as accepted by `lint`, `copydesk` and `.copydeskrc`. */
export interface Options {
  format?: Format | undefined
  dialect?: Dialect | undefined
  /** Story date, `YYYY-MM-DD`, overriding what the document says; `none` turns date checks off (undated archives). */
  date?: string | undefined
  rules?: Record<string, RuleSetting> | undefined
  /** Rule packs shipped in `rules/packs/` to turn on (`news`). */
  packs?: string[] | undefined
  /** Folders of a newsroom's own rule files (`*.yml`, each naming an engine). */
  ruleDirs?: string[] | undefined
}

/** Data stored on `file.data.copydesk` after a run. */
export interface CopydeskData {
  model: DocumentModel
}

export type {VFile}
