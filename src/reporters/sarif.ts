/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/): one run, every
 * rule with its help (text and Markdown, as GitHub code scanning requires), a
 * short description, its help URI and default level; results with regions in
 * UTF-16 columns, the fix as a replacement, the note (a fact's source, a
 * consistency finding's evidence), and stable partial fingerprints (rule,
 * the line's text, its occurrence) so an upload does not duplicate alerts.
 * URIs are relative to the repository root (git's top level), whatever folder
 * copydesk runs in; a file outside it gets an absolute URI.
 */
import {createHash} from 'node:crypto'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {existsSync} from 'node:fs'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {allSpecs} from '../rule-set.js'
import type {Severity} from '../types.js'
import {levelOf, rangeOf} from './severity.js'

const sarifLevel = {error: 'error', warning: 'warning', info: 'note', off: 'none'} as const satisfies Record<Severity, string>

export interface SarifOptions {
  version: string
  cwd: string
}

/** The file's location: relative to the repository root (with `uriBaseId`), or absolute outside it. */
function locationOf(file: VFile, cwd: string, base: string): {uri: string; uriBaseId?: string} {
  if (!file.path) return {uri: 'stdin', uriBaseId: 'SRCROOT'}
  const absolute = path.resolve(cwd, file.path)
  const relative = path.relative(base, absolute)
  if (relative.startsWith('..') || path.isAbsolute(relative)) return {uri: pathToFileURL(absolute).href}
  return {uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT'}
}

/** The first sentence of a description, for `shortDescription` (the full text is `fullDescription`). */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const end = flat.search(/[.:](?:\s|$)/)
  return end > 0 && end < 200 ? flat.slice(0, end + 1) : flat.slice(0, 200)
}

export function sarif(files: VFile[], options: SarifOptions): string {
  const rules = allSpecs()
  const index = new Map(rules.map((spec, position) => [spec.id, position]))
  const base = repositoryRoot(options.cwd)
  const results = files.flatMap((file) => {
    const location = locationOf(file, options.cwd, base)
    const fingerprint = fingerprints(file)
    return file.messages.map((message) => result(message, location, index, fingerprint(message)))
  })
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version: options.version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: rules.map((spec) => ({
              id: spec.id,
              shortDescription: {text: firstSentence(spec.description)},
              fullDescription: {text: spec.description.trim()},
              help: {text: `${spec.description.trim()} See ${spec.url}`, markdown: `${spec.description.trim()}\n\n[${spec.id} in the copydesk docs](${spec.url})`},
              helpUri: spec.url,
              defaultConfiguration: {level: sarifLevel[spec.severity]},
              properties: {tags: [spec.category], fixable: spec.fixable}
            }))
          }
        },
        originalUriBaseIds: {SRCROOT: {uri: pathToUri(base)}},
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }
  return JSON.stringify(log, null, 2)
}

function pathToUri(directory: string): string {
  const withSlash = directory.endsWith(path.sep) ? directory : directory + path.sep
  return 'file://' + withSlash.split(path.sep).map(encodeURIComponent).join('/')
}

/** The repository's top level (the nearest folder up with `.git`), else the working folder. */
export function repositoryRoot(cwd: string): string {
  for (let directory = path.resolve(cwd); ; directory = path.dirname(directory)) {
    if (existsSync(path.join(directory, '.git'))) return directory
    if (path.dirname(directory) === directory) return path.resolve(cwd)
  }
}

/**
 * Partial fingerprints that survive edits elsewhere in the file: the rule, the
 * line's text with white space folded, and which occurrence of that pair it is.
 */
function fingerprints(file: VFile): (message: VFileMessage) => string {
  const lines = String(file.value ?? '').split(/\r?\n/)
  const seen = new Map<string, number>()
  return (message) => {
    const text = (lines[(message.line ?? 1) - 1] ?? '').replace(/\s+/g, ' ').trim()
    const key = `${message.ruleId ?? 'copydesk'}\u0000${text}`
    const occurrence = (seen.get(key) ?? 0) + 1
    seen.set(key, occurrence)
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence}`
  }
}

function result(message: VFileMessage, artifactLocation: {uri: string; uriBaseId?: string}, index: Map<string, number>, fingerprint: string) {
  const ruleId = String(message.ruleId ?? 'copydesk')
  const range = rangeOf(message)
  const region = range
    ? {startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn, charOffset: range.start, charLength: range.end - range.start}
    : undefined
  const expected = message.expected ?? []
  return {
    ruleId,
    ...(index.has(ruleId) ? {ruleIndex: index.get(ruleId)} : {}),
    level: sarifLevel[levelOf(message)],
    message: {text: message.note ? `${message.reason}\n\n${message.note}` : message.reason},
    partialFingerprints: {'copydesk/v1': fingerprint},
    locations: [{physicalLocation: {artifactLocation, ...(region ? {region} : {})}}],
    ...(region && expected.length > 0
      ? {
          fixes: expected.map((value) => ({
            description: {text: value === '' ? 'Remove it' : `Replace with “${value}”`},
            artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: value}}]}]
          }))
        }
      : {}),
    ...(message.actual === undefined ? {} : {properties: {actual: message.actual, expected, ...(message.note ? {note: message.note} : {})}})
  }
}
