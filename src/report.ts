/**
 * Turn a rule's finding into a vfile message stamped with everything a front
 * end needs: ruleId, source, url, actual, expected, note and fatal.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {DocumentModel, Finding, RuleSpec, Severity} from './types.js'

/** `fatal`: true for error, false for warning, undefined for info (vfile's convention). */
export function fatalFor(severity: Severity): boolean | undefined {
  return severity === 'error' ? true : severity === 'warning' ? false : undefined
}

export function report(file: VFile, model: DocumentModel, spec: RuleSpec, severity: Severity, finding: Finding): VFileMessage {
  const start = model.lines.point(finding.start)
  const end = model.lines.point(finding.end)
  const message = file.message(finding.reason, {
    place: {start, end},
    ruleId: spec.id,
    source: 'copydesk'
  })
  message.fatal = finding.info ? undefined : fatalFor(severity)
  message.url = spec.url
  message.actual = finding.actual ?? model.text.slice(finding.start, finding.end)
  message.expected = finding.expected ?? []
  if (finding.note) message.note = finding.note
  return message
}
