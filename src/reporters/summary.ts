/**
 * The closing line of a run: counts by severity, then by rule, most first.
 * `2 errors, 9 warnings, 1 info (spelling-consistency 4, abbreviation-consistency 4, ...)`
 */
import type {VFile} from 'vfile'
import {levelOf, type Level} from './severity.js'

export function summary(files: VFile[], fixed = 0): string {
  const bySeverity: Record<Level, number> = {error: 0, warning: 0, info: 0}
  const byRule = new Map<string, number>()
  for (const file of files) {
    for (const message of file.messages) {
      bySeverity[levelOf(message)]++
      const id = String(message.ruleId ?? 'copydesk')
      byRule.set(id, (byRule.get(id) ?? 0) + 1)
    }
  }

  const plural = (count: number, word: string) => `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`
  const checked = plural(files.length, 'file')
  const fixedPart = fixed > 0 ? `; fixed ${plural(fixed, 'problem')}` : ''
  const total = bySeverity.error + bySeverity.warning + bySeverity.info
  if (total === 0) return `${checked} checked: no problems${fixedPart}`
  const rules = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, count]) => `${id} ${count}`)
  const severities = (['error', 'warning', 'info'] as const).filter((level) => bySeverity[level] > 0).map((level) => plural(bySeverity[level], level))
  return `${checked} checked: ${severities.join(', ')} (${rules.join(', ')})${fixedPart}`
}
