/** Messages between the page and its worker. */
import type {Format, Options} from '../types.js'

export interface Settings {
  /** `auto` picks from a dropped file's name, else from the text. */
  format: Format | 'auto'
  dialect: 'auto' | 'us' | 'uk'
  /** `YYYY-MM-DD`, `none`, or '' for the story's own date. */
  date: string
  /** Rules switched off. */
  off: string[]
  /** Rule packs switched on (`news`). */
  packs: string[]
}

export type Request =
  | {id: number; kind: 'lint'; text: string; settings: Settings; fileName?: string | undefined}
  | {id: number; kind: 'fix-all'; text: string; settings: Settings; fileName?: string | undefined}
  /** Load what the first lint needs (tagger, data) before the first story arrives. */
  | {id: number; kind: 'warm'; text: string; settings: Settings}

/** One finding as the page needs it: where, and the values its buttons apply. */
export interface PageFinding {
  n: number
  ruleId: string
  start: number
  end: number
  expected: string[]
}

export type Reply =
  | {
      id: number
      kind: 'lint'
      /** The story with marks and notes, and the counts table (the HTML report's own rendering). */
      story: string
      counts: string
      summary: string
      findings: PageFinding[]
      /** How many fixes "Fix all safe" would apply in its first pass. */
      safe: number
      /** The date the fact rules used, and where it came from. */
      date: string
      format: Format
      ms: number
    }
  | {id: number; kind: 'fixed'; text: string; applied: number; ms: number}
  | {id: number; kind: 'warm'; ms: number}
  | {id: number; kind: 'error'; message: string}

/** Options for the processor from the page's settings. */
export function optionsOf(settings: Settings, format: Format): Options {
  const rules: Record<string, 'off'> = {}
  for (const id of settings.off) rules[id] = 'off'
  return {format, dialect: settings.dialect, ...(settings.date ? {date: settings.date} : {}), rules, packs: settings.packs}
}

/** `auto`: the dropped file's extension, else what the text looks like. */
export function sniffFormat(text: string, fileName: string | undefined): Format {
  const extension = fileName?.slice(fileName.lastIndexOf('.')).toLowerCase()
  if (extension && /^\.(?:md|markdown|mdown|mkd|mdx)$/.test(extension)) return 'markdown'
  if (extension && /^\.(?:html?|xhtml)$/.test(extension)) return 'html'
  if (extension === '.txt') return 'text'
  if (/^\s*(?:<!doctype html|<html|<article|<body|<p[\s>])/i.test(text)) return 'html'
  if (/^---\r?\n[\s\S]*?\r?\n---\r?\n|^#{1,6} \S/m.test(text)) return 'markdown'
  return 'text'
}
