/**
 * `copydesk --test-rules <folder>`: check a newsroom's rule files (errors name
 * the file and the field) and run each rule's own examples, as prh runs its
 * specs. Exit 0 when every example holds, 1 when one fails, 2 when a file is
 * invalid.
 */
import {readRuleDir} from '../data-rules.js'
import {CopydeskError} from '../errors.js'
import {checkExamples} from '../examples.js'
import type {Io} from './main.js'

export function testRules(folder: string, io: Io): number {
  let rules
  try {
    rules = readRuleDir(folder)
  } catch (error) {
    if (!(error instanceof CopydeskError)) throw error
    io.stderr(`copydesk: ${error.message}\n`)
    return 2
  }

  let failed = 0
  let examples = 0
  for (const spec of rules) {
    const {count, failures} = checkExamples(spec, {ruleDirs: [folder]}, rules)
    examples += count
    if (failures.length === 0) {
      io.stdout(`✓ ${spec.id}: ${count} example${count === 1 ? '' : 's'}\n`)
      continue
    }

    failed += failures.length
    io.stdout(`✗ ${spec.id}:\n${failures.map((failure) => `    ${failure.text ? `${JSON.stringify(failure.text)}: ` : ''}${failure.problem}\n`).join('')}`)
  }

  io.stdout(`${rules.length} rule${rules.length === 1 ? '' : 's'}, ${examples} examples: ${failed === 0 ? 'all pass' : `${failed} failed`}\n`)
  return failed === 0 ? 0 : 1
}
