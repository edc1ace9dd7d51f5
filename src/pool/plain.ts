/**
 * Messages as plain data, to cross a worker-thread boundary (structured
 * clone drops VFileMessage's prototype) and be rebuilt on the other side.
 */
import {VFile} from 'vfile'
import {VFileMessage} from 'vfile-message'

export interface PlainPoint {
  line: number
  column: number
  offset: number
}

export interface PlainMessage {
  reason: string
  ruleId: string
  source: string
  fatal: boolean | undefined
  url: string | undefined
  actual: string | undefined
  expected: string[]
  note: string | undefined
  start: PlainPoint | undefined
  end: PlainPoint | undefined
}

export function toPlain(message: VFileMessage): PlainMessage {
  const place = message.place && 'start' in message.place ? message.place : undefined
  const point = (value: {line: number; column: number; offset?: number | undefined} | undefined): PlainPoint | undefined =>
    value ? {line: value.line, column: value.column, offset: value.offset ?? 0} : undefined
  return {
    reason: message.reason,
    ruleId: String(message.ruleId ?? 'copydesk'),
    source: String(message.source ?? 'copydesk'),
    fatal: message.fatal ?? undefined,
    url: message.url ?? undefined,
    actual: message.actual ?? undefined,
    expected: message.expected ?? [],
    note: message.note ?? undefined,
    start: point(place?.start),
    end: point(place?.end)
  }
}

/** A VFile carrying `messages`, as if it had been linted here. */
export function toVFile(options: {path?: string | undefined; value: string; cwd?: string | undefined}, messages: PlainMessage[]): VFile {
  const file = new VFile({value: options.value, ...(options.path ? {path: options.path} : {}), ...(options.cwd ? {cwd: options.cwd} : {})})
  for (const plain of messages) addMessage(file, plain)
  return file
}

/** Rebuild `plain` as a message of `file`, every field kept. */
export function addMessage(file: VFile, plain: PlainMessage): VFileMessage {
  const message = new VFileMessage(plain.reason, {
    ...(plain.start && plain.end ? {place: {start: plain.start, end: plain.end}} : {}),
    ruleId: plain.ruleId,
    source: plain.source
  })
  message.file = file.path ?? ''
  message.fatal = plain.fatal
  if (plain.url !== undefined) message.url = plain.url
  if (plain.actual !== undefined) message.actual = plain.actual
  message.expected = plain.expected
  if (plain.note !== undefined) message.note = plain.note
  file.messages.push(message)
  return message
}
