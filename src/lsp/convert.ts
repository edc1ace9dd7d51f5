/**
 * copydesk messages to LSP: diagnostics (severity, code, codeDescription,
 * UTF-16 ranges from the document's own offsets) and quick fixes.
 */
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {CodeActionKind, DiagnosticSeverity, MarkupKind, type CodeAction, type Diagnostic, type Hover, type Position, type Range} from 'vscode-languageserver'
import {safeEdits} from '../fix.js'
import type {PlainMessage} from '../pool/plain.js'
import {toVFile} from '../pool/plain.js'

export const fixAllKind = `${CodeActionKind.SourceFixAll}.copydesk`

const severity = (fatal: boolean | undefined) =>
  fatal === true ? DiagnosticSeverity.Error : fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information

/** The message's range in the document; a message about the whole file sits at its start. */
export function rangeOf(document: TextDocument, message: PlainMessage): Range {
  const start = message.start?.offset ?? 0
  const end = message.end?.offset ?? start
  return {start: document.positionAt(start), end: document.positionAt(end)}
}

export function toDiagnostic(document: TextDocument, message: PlainMessage): Diagnostic {
  return {
    range: rangeOf(document, message),
    severity: severity(message.fatal),
    code: message.ruleId,
    ...(message.url ? {codeDescription: {href: message.url}} : {}),
    source: 'copydesk',
    message: message.reason,
    data: {expected: message.expected, actual: message.actual}
  }
}

const before = (a: {line: number; character: number}, b: {line: number; character: number}) =>
  a.line < b.line || (a.line === b.line && a.character < b.character)

/** Ranges touch or overlap (an empty range touches what contains it). */
function intersects(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start)
}

/**
 * Quick fixes for the messages under `range`: one action per `expected`
 * value, preferred when there is exactly one; then one "fix all safe" action.
 */
export function codeActions(document: TextDocument, messages: PlainMessage[], range: Range, only: string[] | undefined): CodeAction[] {
  const actions: CodeAction[] = []
  const wants = (kind: string) => !only || only.some((prefix) => kind === prefix || kind.startsWith(prefix + '.'))
  if (wants(CodeActionKind.QuickFix)) {
    for (const message of messages) {
      const messageRange = rangeOf(document, message)
      if (message.expected.length === 0 || !intersects(messageRange, range)) continue
      for (const value of message.expected) {
        actions.push({
          title: value === '' ? `Remove “${message.actual ?? ''}”` : `Replace with “${value}”`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toDiagnostic(document, message)],
          isPreferred: message.expected.length === 1,
          edit: {changes: {[document.uri]: [{range: messageRange, newText: value}]}}
        })
      }
    }
  }

  if (wants(fixAllKind)) {
    const edits = safeEdits(toVFile({value: document.getText()}, messages))
    if (edits.length > 0) {
      actions.push({
        title: `Fix all safe copydesk problems (${edits.length})`,
        kind: fixAllKind,
        edit: {changes: {[document.uri]: edits.map((edit) => ({range: {start: document.positionAt(edit.start), end: document.positionAt(edit.end)}, newText: edit.value}))}}
      })
    }
  }

  return actions
}

/**
 * Hover over a finding: its message, its note (a fact's source, a finding's evidence), the rule's
 * description and its docs link, for every message whose range holds the position.
 */
export function hoverAt(document: TextDocument, messages: PlainMessage[], position: Position, describe: (ruleId: string) => string | undefined): Hover | null {
  const offset = document.offsetAt(position)
  const here = messages.filter((message) => message.start && message.end && message.start.offset! <= offset && offset <= message.end.offset!)
  if (here.length === 0) return null
  const parts = here.map((message) => {
    const lines = [`**${message.ruleId}**: ${message.reason}`]
    if (message.note) lines.push(message.note)
    const description = message.ruleId ? describe(message.ruleId) : undefined
    if (description) lines.push(description)
    if (message.url) lines.push(`[${message.ruleId} in the copydesk docs](${message.url})`)
    return lines.join('\n\n')
  })
  return {contents: {kind: MarkupKind.Markdown, value: parts.join('\n\n---\n\n')}}
}
