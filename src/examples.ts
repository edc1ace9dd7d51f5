/**
 * A rule's own examples as its tests (after prh's specs and ESLint's
 * RuleTester): each valid text passes, each invalid one is flagged by the rule
 * and, where it gives an `output`, fixes to exactly that. Used by
 * `copydesk --test-rules` for a newsroom's rule files.
 */
import {VFile} from 'vfile'
import {applyEdits, editOf, type Edit} from './fix.js'
import {createLinter} from './lint.js'
import {specs} from './rule-set.js'
import type {Options, RuleSpec} from './types.js'

export interface ExampleFailure {
  text: string
  problem: string
}

/** Run `spec`'s examples with it alone (every built-in rule off); `options` loads it (`ruleDirs`, `packs`). */
export function checkExamples(spec: RuleSpec, options: Options, others: readonly RuleSpec[] = []): {count: number; failures: ExampleFailure[]} {
  const off = Object.fromEntries([...specs(), ...others].filter((other) => other.id !== spec.id).map((other) => [other.id, 'off' as const]))
  const lint = createLinter({...options, rules: {...off, [spec.id]: spec.severity === 'off' ? 'warning' : spec.severity}})
  const failures: ExampleFailure[] = []
  const valid = spec.examples?.valid ?? []
  const invalid = spec.examples?.invalid ?? []
  if (valid.length === 0 || invalid.length === 0) failures.push({text: '', problem: 'needs at least one valid and one invalid example'})
  for (const text of valid) {
    const messages = lint(new VFile({value: text})).messages
    if (messages.length > 0) failures.push({text, problem: `valid, but flagged: ${messages[0]!.reason}`})
  }

  for (const example of invalid) {
    const messages = lint(new VFile({value: example.text})).messages
    if (messages.length === 0) {
      failures.push({text: example.text, problem: 'invalid, but not flagged'})
      continue
    }

    if (example.actual !== undefined && messages[0]!.actual !== example.actual) {
      failures.push({text: example.text, problem: `flags \`${messages[0]!.actual}\`, the example says \`${example.actual}\``})
    }

    const edits = messages.map(editOf).filter((edit): edit is Edit => edit !== undefined)
    const output = applyEdits(example.text, edits)
    if (example.output !== undefined && output !== example.output) failures.push({text: example.text, problem: `fixes to \`${output}\`, the example says \`${example.output}\``})
    if (example.output === undefined && edits.length > 0) failures.push({text: example.text, problem: `has a fix (\`${output}\`): give it as \`output\``})
  }

  return {count: valid.length + invalid.length, failures}
}
