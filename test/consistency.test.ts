import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLinter, lint} from '../src/index.js'
import type {Options} from '../src/index.js'
import {alone, applyFixes, brown, perThousandWords, root, seed} from './helpers.js'

const consistency = ['abbreviation-consistency', 'name-consistency', 'spelling-consistency', 'terminology']
const linterFor = (id: string, extra: Options = {}) => createLinter({...extra, rules: {...alone(id), ...extra.rules}})
const found = (id: string, text: string, extra: Options = {}) =>
  linterFor(id, extra)(text).messages.map((message) => [message.actual, message.expected?.[0]])

describe('consistency rules on the seed story', () => {
  const file = lint(seed)
  const ours = file.messages.filter((message) => consistency.includes(message.ruleId!))

  it('flag the minority spellings, US against U.S., the IDF name variants once each, and nothing else', () => {
    expect(ours.map((message) => [`${message.line}:${message.column}`, message.ruleId, message.actual, message.expected])).toEqual([
      ['21:321', 'terminology', "Israel Defence Force's", ["Israel Defense Forces'"]],
      ['23:72', 'terminology', 'rule of war', ['law of war']],
      ['23:153', 'terminology', 'in real-time', ['in real time']],
      ['25:226', 'terminology', 'Israeli Defence Forces', ['Israel Defense Forces']],
      ['27:100', 'abbreviation-consistency', 'US', ['U.S.']],
      ['31:59', 'abbreviation-consistency', 'US', ['U.S.']],
      ['31:200', 'abbreviation-consistency', 'US', ['U.S.']],
      ['35:777', 'spelling-consistency', 'minimisation', ['minimization']],
      ['37:156', 'spelling-consistency', 'minimise', ['minimize']],
      ['37:288', 'abbreviation-consistency', 'US', ['U.S.']]
    ])
  })

  it('name the majority and the counts in their messages', () => {
    const minimise = ours.find((message) => message.actual === 'minimise')!
    expect(minimise.reason).toBe(
      "Unexpected UK spelling `minimise`, expected `minimize`: the story mostly uses US spelling (7 US to 2 UK words; this word's family: 5 US, 2 UK)"
    )
    expect(ours.find((message) => message.actual === 'US')!.reason).toBe('Unexpected `US`, expected `U.S.`: the story writes `U.S.` 5 times and `US` 4 times')
    const idf = ours.find((message) => message.actual === 'Israeli Defence Forces')!
    expect(idf.note).toBe("The official English name of Israel's military, in American spelling whatever the story's dialect. Source: Israel Defense Forces (idf.il).")
  })
})

describe('spelling-consistency', () => {
  it('flags every off-dialect word when the dialect is set, matching case', () => {
    expect(found('spelling-consistency', 'Colour and flavour. The COLOUR of Honour.', {dialect: 'us'})).toEqual([
      ['Colour', 'Color'],
      ['flavour', 'flavor'],
      ['COLOUR', 'COLOR']
    ])
    expect(found('spelling-consistency', 'We analyze the color of the center.', {dialect: 'uk'})).toEqual([
      ['analyze', 'analyse'],
      ['color', 'colour'],
      ['center', 'centre']
    ])
  })

  it('accepts -ize in UK copy with the Oxford option', () => {
    const text = 'We organize the colour of the centre.'
    expect(found('spelling-consistency', text, {dialect: 'uk', rules: {'spelling-consistency': ['warning', {oxford: true}]}})).toEqual([])
    expect(found('spelling-consistency', text, {dialect: 'uk'})).toEqual([['organize', 'organise']])
  })

  it('never flags names that keep their own spelling', () => {
    for (const text of [
      'The Ministry of Defence said the color guard would march.',
      'The Australian Defence Force and the center of the city.',
      'The Labour Party favors the plan.',
      'The World Health Organization and the British Labour Party. Colour it in.',
      'They visited Pearl Harbor and the Centre Pompidou, and the theatre.'
    ]) {
      const messages = linterFor('spelling-consistency', {dialect: 'auto'})(text).messages
      expect(messages.map((message) => message.actual), text).not.toContain('Defence')
      expect(messages.map((message) => message.actual), text).not.toContain('Labour')
      expect(messages.map((message) => message.actual), text).not.toContain('Organization')
      expect(messages.map((message) => message.actual), text).not.toContain('Harbor')
      expect(messages.map((message) => message.actual), text).not.toContain('Centre')
    }
  })

  it('never flags words whose variants differ in meaning', () => {
    expect(found('spelling-consistency', 'The software program will check the facts. I tire of it. The meter ran.', {dialect: 'uk'})).toEqual([])
    expect(found('spelling-consistency', 'The colour of the tyre and the programme.', {dialect: 'us'})).toEqual([
      ['colour', 'color'],
      ['tyre', 'tire'],
      ['programme', 'program']
    ])
  })

  it('ignores URLs and code', () => {
    expect(found('spelling-consistency', 'See `colour` and https://example.org/colour for the color chart.', {format: 'markdown', dialect: 'us'})).toEqual([])
  })

  it('counts inflected families together and keeps possessives', () => {
    expect(found('spelling-consistency', 'Minimizing the harm, they minimize it; the minimisation and the colour’s hue.')).toEqual([
      ['minimisation', 'minimization'],
      ['colour’s', 'color’s']
    ])
  })
})

describe('abbreviation-consistency', () => {
  it('follows the house form when config names one', () => {
    const extra: Options = {rules: {'abbreviation-consistency': ['warning', {prefer: ['US']}]}}
    expect(found('abbreviation-consistency', 'The U.S. and the U.S. envoy met US officials.', extra)).toEqual([
      ['U.S.', 'US'],
      ['U.S.', 'US']
    ])
  })

  it('handles any pair the story holds, and sentence-final points', () => {
    const text = 'The NFL said the NFL and the NFL would meet. Fans of the N.F.L. cheered. The season opened in the N.F.L. Then it rained.'
    const file = linterFor('abbreviation-consistency')(text)
    expect(file.messages.map((message) => [message.actual, message.expected?.[0]])).toEqual([
      ['N.F.L.', 'NFL'],
      ['N.F.L.', 'NFL.']
    ])
    expect(applyFixes(file)).toBe('The NFL said the NFL and the NFL would meet. Fans of the NFL cheered. The season opened in the NFL. Then it rained.')
  })

  it('leaves a quotation in its source\'s form, and still checks the story around it', () => {
    const text = 'Police in LA said the man "walked into the East L.A. station" at noon. LA officers held him, and L.A. courts will hear it.'
    expect(found('abbreviation-consistency', text)).toEqual([['L.A.', 'LA']])
  })
})

describe('name-consistency', () => {
  it('flags the less frequent form with the more frequent as the fix', () => {
    expect(found('name-consistency', 'Zelenskyy spoke. President Zelenskyy met Zelensky aides. Zelenskyy left.')).toEqual([['Zelensky', 'Zelenskyy']])
  })

  it('leaves different people alone', () => {
    for (const text of [
      'Joe Biden and Hunter Biden spoke.',
      'Kim Jong Un met Kim Yo Jong.',
      'Princess Moune met the Princes.',
      'A New York Yankee met the New York Yankees.',
      'The New Eastwick Corp. said that New Eastwick Corp staff left.'
    ]) {
      expect(found('name-consistency', text), text).toEqual([])
    }
  })
})

describe('terminology', () => {
  it('keeps phrases listed as exceptions and reads extra term files', () => {
    expect(found('terminology', 'He ate chicken Kiev and Peking duck in Kiev.')).toEqual([['Kiev', 'Kyiv']])
    const file = path.join(root, 'fixtures/terms/house-terms.yaml')
    expect(found('terminology', 'The spokesman used a cellphone.', {rules: {terminology: ['warning', {files: [file]}]}})).toEqual([
      ['spokesman', 'spokesperson'],
      ['cellphone', 'mobile phone']
    ])
  })
})

describe('consistency rules on the Brown press sections', () => {
  const press = brown(/^c[abc]\d\d/)
  // Messages per 1,000 words; the closing note of issue 3 lists each message.
  const bounds: Record<string, number> = {
    'abbreviation-consistency': 0.02,
    'name-consistency': 0.05,
    'spelling-consistency': 0.1,
    terminology: 0.02
  }

  it.each(Object.entries(bounds))('%s stays under %f per 1,000 words', (id, bound) => {
    expect(perThousandWords(id, press)).toBeLessThanOrEqual(bound)
  })
})

describe('terminology by the story’s date', () => {
  const at = (date: string) => createLinter({rules: alone('terminology'), date})
  it('applies a term only from its date, and never to a name it keeps', () => {
    expect(at('2016-03-01')('He flew to Kiev and searched the Internet.').messages).toEqual([])
    expect(at('2020-03-01')('He flew to Kiev and searched the Internet.').messages.map((message) => message.expected)).toEqual([['Kyiv'], ['internet']])
    expect(at('2020-03-01')('He opened Internet Explorer.').messages).toEqual([])
  })
})

describe('a term the house rules on is reported once, by the rule that rules on it', () => {
  it('a name in a newsroom’s own term file: terminology flags it, name-consistency leaves it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-terms-'))
    const file = path.join(dir, 'terms.yaml')
    writeFileSync(file, 'terms:\n  - {use: Fairbairn, replace: [Fairburn], caseSensitive: true}\n')
    const text = 'Council leader Mary Fairbairn said the budget was final. Critics said Fairburn had ignored them, and Fairbairn disagreed.\n'
    const ids = (options: Options) => createLinter(options)(text).messages.map((message) => `${message.ruleId} ${message.actual}`)
    expect(ids({})).toEqual(['name-consistency Fairburn'])
    expect(ids({rules: {terminology: {files: [file]}}})).toEqual(['terminology Fairburn'])
  })

  it('an official name in the built-in list: terminology when it runs, spelling-consistency when it is off', () => {
    const text = 'He said the Israel Defence Forces would analyze the color of the report.\n'
    const ids = (options: Options) => createLinter(options)(text).messages.map((message) => `${message.ruleId} ${message.actual}`)
    expect(ids({})).toEqual(['terminology Israel Defence Forces'])
    expect(ids({rules: {terminology: 'off'}})).toEqual(['spelling-consistency Defence'])
  })
})
