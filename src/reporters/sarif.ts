/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/): one run, every
 * rule with its help URI and default level, results with regions in UTF-16
 * columns, and the fix as a replacement when there is exactly one.
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {specs} from '../rule-set.js'
import type {Severity} from '../types.js'
import {levelOf, rangeOf} from './severity.js'

const sarifLevel = {error: 'error', warning: 'warning', info: 'note', off: 'none'} as const satisfies Record<Severity, string>

export interface SarifOptions {
  version: string
  cwd: string
}

/** A relative URI with forward slashes, percent-encoded per segment. */
function uriOf(file: VFile, cwd: string): string {
  const name = file.path ? path.relative(cwd, path.resolve(cwd, file.path)) : 'stdin'
  return name.split(path.sep).map(encodeURIComponent).join('/')
}

export function sarif(files: VFile[], options: SarifOptions): string {
  const rules = specs()
  const index = new Map(rules.map((spec, position) => [spec.id, position]))
  const results = files.flatMap((file) => {
    const uri = uriOf(file, options.cwd)
    return file.messages.map((message) => result(message, uri, index))
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
              shortDescription: {text: spec.description.split('\n')[0]!},
              fullDescription: {text: spec.description.trim()},
              helpUri: spec.url,
              defaultConfiguration: {level: sarifLevel[spec.severity]},
              properties: {tags: [spec.category], fixable: spec.fixable}
            }))
          }
        },
        originalUriBaseIds: {SRCROOT: {uri: pathToUri(options.cwd)}},
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

function result(message: VFileMessage, uri: string, index: Map<string, number>) {
  const ruleId = String(message.ruleId ?? 'copydesk')
  const range = rangeOf(message)
  const artifactLocation = {uri, uriBaseId: 'SRCROOT'}
  const region = range
    ? {startLine: range.line, startColumn: range.column, endLine: range.endLine, endColumn: range.endColumn, charOffset: range.start, charLength: range.end - range.start}
    : undefined
  const expected = message.expected ?? []
  return {
    ruleId,
    ...(index.has(ruleId) ? {ruleIndex: index.get(ruleId)} : {}),
    level: sarifLevel[levelOf(message)],
    message: {text: message.reason},
    locations: [{physicalLocation: {artifactLocation, ...(region ? {region} : {})}}],
    ...(region && expected.length > 0
      ? {
          fixes: expected.map((value) => ({
            description: {text: value === '' ? 'Remove it' : `Replace with “${value}”`},
            artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: value}}]}]
          }))
        }
      : {}),
    ...(message.actual === undefined ? {} : {properties: {actual: message.actual, expected}})
  }
}
