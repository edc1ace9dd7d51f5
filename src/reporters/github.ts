/**
 * GitHub Actions workflow commands, one line per message:
 * `::warning file=a.md,line=1,col=6,endLine=1,endColumn=21,title=rule::message`
 * (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import type {VFile} from 'vfile'
import {levelOf, rangeOf, textWithNote} from './severity.js'

const command = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Escapes from @actions/core: data loses %, CR, LF; properties also `:` and `,`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function github(files: VFile[]): string {
  const lines: string[] = []
  for (const file of files) {
    for (const message of file.messages) {
      const range = rangeOf(message)
      const properties = [`file=${escapeProperty(file.path ?? '<stdin>')}`]
      if (range) {
        properties.push(`line=${range.line}`, `col=${range.column}`, `endLine=${range.endLine}`, `endColumn=${range.endColumn}`)
      }

      properties.push(`title=${escapeProperty(String(message.ruleId ?? 'copydesk'))}`)
      lines.push(`::${command[levelOf(message)]} ${properties.join(',')}::${escapeData(textWithNote(message))}`)
    }
  }

  return lines.join('\n')
}
