// Every rule file's examples are tests (after ESLint's RuleTester and prh's specs).
import {describe, expect, it} from 'vitest'
import {createLinter} from '../src/index.js'
import {ruleSpecs} from '../src/index.js'
import {docsBase} from '../src/spec.js'
import {alone, applyFixes} from './helpers.js'

for (const spec of ruleSpecs()) {
  describe(`rule ${spec.id}`, () => {
    // Run the rule alone, so examples test only it.
    const linter = createLinter({rules: alone(spec.id, spec.severity === 'off' ? 'warning' : spec.severity)})
    const valid = spec.examples?.valid ?? []
    const invalid = spec.examples?.invalid ?? []

    it('has examples, without duplicates', () => {
      expect(valid.length).toBeGreaterThan(0)
      expect(invalid.length).toBeGreaterThan(0)
      const texts = [...valid, ...invalid.map((example) => example.text)]
      expect(new Set(texts).size).toBe(texts.length)
    })

    it.each(valid)('accepts %j', (text) => {
      expect(linter(text).messages.map(String)).toEqual([])
    })

    it.each(invalid)('flags $text', (example) => {
      const file = linter(example.text)
      expect(file.messages.length).toBeGreaterThan(0)
      for (const message of file.messages) {
        expect(message.ruleId).toBe(spec.id)
        expect(message.source).toBe('copydesk')
        expect(message.url).toBe(spec.url)
        expect(message.url!.startsWith(docsBase)).toBe(true)
        expect(message.reason).not.toMatch(/\{\w+\}/)
        expect(Array.isArray(message.expected)).toBe(true)
      }

      if (example.actual !== undefined) expect(file.messages[0]!.actual).toBe(example.actual)
      // ESLint's rule: an output exactly when there is a fix (one `expected`),
      // never equal to the input. `fixable` in the rule file says whether
      // --fix applies it or only offers it.
      const fixable = file.messages.some((message) => message.expected?.length === 1)
      if (fixable) {
        expect(example.output).toBeDefined()
        expect(example.output).not.toBe(example.text)
        expect(applyFixes(file)).toBe(example.output)
      } else {
        expect(example.output).toBeUndefined()
      }
    })
  })
}
