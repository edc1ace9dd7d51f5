/**
 * A message's severity back from vfile's `fatal` convention, and its place as
 * plain numbers, for the reporters that are not vfile-reporter.
 */
import type {VFileMessage} from 'vfile-message'
import type {Severity} from '../types.js'

export type Level = Exclude<Severity, 'off'>

export function levelOf(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

export interface Range {
  line: number
  column: number
  endLine: number
  endColumn: number
  start: number
  end: number
}

/** 1-based lines and UTF-16 columns (end exclusive) with offsets; undefined for a message about the whole file. */
export function rangeOf(message: VFileMessage): Range | undefined {
  const place = message.place
  if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) return undefined
  return {
    line: place.start.line,
    column: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    start: place.start.offset,
    end: place.end.offset
  }
}

/** The message with its fix, for formats that have only one text field. */
/** The message with its fix and, on a line of its own, its note (a fact's source, a finding's evidence). */
export function textWithNote(message: VFileMessage): string {
  return message.note ? `${textWithFix(message)}\n${message.note}` : textWithFix(message)
}

export function textWithFix(message: VFileMessage): string {
  const expected = message.expected ?? []
  if (expected.length === 0) return message.reason
  const shown = expected.map((value) => (value === '' ? '(remove)' : `“${value}”`))
  return `${message.reason} (${expected.length === 1 ? 'fix' : 'options'}: ${shown.join(', ')})`
}
