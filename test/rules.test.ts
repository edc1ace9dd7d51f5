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

describe('options schemas', () => {
  it('every rule file, data rules in packs included, matches rules/rule.schema.json', async () => {
    const {default: Ajv} = await import('ajv')
    const {readdirSync, readFileSync} = await import('node:fs')
    const path = await import('node:path')
    const YAML = await import('yaml')
    const {root} = await import('./helpers.js')
    const validate = new Ajv({allErrors: true}).compile(JSON.parse(readFileSync(path.join(root, 'rules/rule.schema.json'), 'utf8')))
    const files = [
      ...readdirSync(path.join(root, 'rules')).filter((name) => name.endsWith('.yml')).map((name) => path.join(root, 'rules', name)),
      ...readdirSync(path.join(root, 'rules/packs/news')).map((name) => path.join(root, 'rules/packs/news', name))
    ]
    const invalid = files.filter((file) => !validate(YAML.parse(readFileSync(file, 'utf8')))).map((file) => `${path.basename(file)}: ${JSON.stringify(validate.errors)}`)
    expect(invalid).toEqual([])
    expect(files.length).toBeGreaterThan(30)
  })

  it('lists marked sorted are sorted', () => {
    const unsorted: string[] = []
    for (const spec of ruleSpecs()) {
      for (const [key, schema] of Object.entries(spec.optionsSchema ?? {})) {
        const value = spec.options[key]
        if (!schema.sorted || !Array.isArray(value) || !value.every((item) => typeof item === 'string')) continue
        const sorted = [...value].sort((a, b) => a.localeCompare(b, 'en'))
        if (JSON.stringify(sorted) !== JSON.stringify(value)) unsorted.push(`${spec.id}.${key}`)
      }
    }

    expect(unsorted).toEqual([])
  })

  it.each([
    [{'repeated-words': ['warning', {maxWords: -3}]}, 'options: rule `repeated-words`: option `maxWords` must be at least 1, not -3'],
    [{'repeated-words': ['warning', {maxWords: 2.5}]}, 'options: rule `repeated-words`: option `maxWords` must be a whole number, not 2.5'],
    [{capitalization: {style: 'apx'}}, 'options: rule `capitalization`: option `style` must be one of auto, ap, uk, not `apx`'],
    [{'repeated-quote': {editsPerTen: 9}}, 'options: rule `repeated-quote`: option `editsPerTen` must be at most 5, not 9'],
    [{'missing-verb': {speakers: ['police', 3]}}, 'options: rule `missing-verb`: option `speakers` must be a list of strings']
  ])('refuses %j', (rules, message) => {
    expect(() => createLinter({rules: rules as never})).toThrow(message)
  })
})
