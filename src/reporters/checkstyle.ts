/**
 * Checkstyle XML, read by Jenkins, GitLab code-quality converters and
 * reviewdog: one <file> per linted file, one <error> per message.
 */
import type {VFile} from 'vfile'
import {levelOf, rangeOf, textWithNote} from './severity.js'

export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids even when escaped are dropped.
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Inside an attribute a raw line break is read as a space (XML attribute normalization).
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
}

export function checkstyle(files: VFile[]): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">']
  for (const file of files) {
    out.push(`  <file name="${escapeXml(file.path ?? '<stdin>')}">`)
    for (const message of file.messages) {
      const range = rangeOf(message)
      const position = range ? ` line="${range.line}" column="${range.column}"` : ''
      out.push(
        `    <error${position} severity="${levelOf(message)}" message="${escapeXml(textWithNote(message))}" source="copydesk.${escapeXml(String(message.ruleId ?? 'copydesk'))}"/>`
      )
    }

    out.push('  </file>')
  }

  out.push('</checkstyle>')
  return out.join('\n')
}
