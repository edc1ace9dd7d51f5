import {spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import {createLinter, ruleSpecs} from '../src/index.js'
import type {Options, RuleSetting} from '../src/index.js'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const shared = path.resolve(root, '../shared')
export const seedPath = path.join(shared, 'seed/article.txt')
export const seed = readFileSync(seedPath, 'utf8')

/** A `rules` setting that turns every rule off but `id`. */
export function alone(id: string, setting: RuleSetting = 'warning'): Record<string, RuleSetting> {
  return Object.fromEntries(ruleSpecs().map((spec) => [spec.id, spec.id === id ? setting : 'off']))
}

/** Brown corpus texts whose file names match `pattern` (`/^c[abc]\d\d/`: the press sections), with their word count. */
export function brown(pattern: RegExp): {names: string[]; texts: string[]; words: number} {
  const directory = path.join(shared, 'corpus/brown')
  const names = readdirSync(directory).filter((name) => pattern.test(name) && name.endsWith('.txt'))
  const texts = names.map((name) => readFileSync(path.join(directory, name), 'utf8'))
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0)
  return {names, texts, words}
}

/** Messages per 1,000 words that rule `id`, alone, raises on `corpus`. */
export function perThousandWords(id: string, corpus: {texts: string[]; words: number}, options: Options = {}): number {
  const linter = createLinter({...options, rules: alone(id)})
  const count = corpus.texts.reduce((sum, text) => sum + linter(text).messages.length, 0)
  return (count / corpus.words) * 1000
}

/** Messages as `line:col-line:col ruleId reason` strings. */
export function rows(file: VFile): string[] {
  return file.messages.map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : '?'} ${message.ruleId} ${message.reason}`)
}

/** The text under each message, from its offsets. */
export function spans(file: VFile): string[] {
  const text = String(file.value)
  return file.messages.map((message) => {
    const place = message.place as {start: {offset: number}; end: {offset: number}}
    return text.slice(place.start.offset, place.end.offset)
  })
}

/** Apply the first expected value of every message (last first, so offsets hold). */
export function applyFixes(file: VFile): string {
  let text = String(file.value)
  const edits = file.messages
    .filter((message) => message.expected && message.expected.length === 1)
    .map((message) => {
      const place = message.place as {start: {offset: number}; end: {offset: number}}
      return {start: place.start.offset, end: place.end.offset, value: message.expected![0]!}
    })
    .sort((a, b) => b.start - a.start)
  for (const edit of edits) text = text.slice(0, edit.start) + edit.value + text.slice(edit.end)
  return text
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Run the built CLI. */
export function cli(args: string[], options: {cwd?: string; input?: string; env?: Record<string, string>} = {}): Run {
  const result = spawnSync(process.execPath, [path.join(root, 'dist/cli.cjs'), ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env}
  })
  return {code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
}
