import {describe, expect, it} from 'vitest'
import {createLinter, lint} from '../src/index.js'
import {alone, brown, seed} from './helpers.js'

const only = createLinter({rules: alone('repeated-words')})

describe('repeated-words', () => {
  it('reports the seed story’s doubled phrase at its exact range, with the fix, and nothing else', () => {
    const file = lint(seed)
    const messages = file.messages.filter((message) => message.ruleId === 'repeated-words')
    expect(messages.map(String)).toEqual(['27:245-27:258: Unexpected repeated `and to`, remove one occurrence'])
    const [message] = messages
    expect(message).toMatchObject({
      ruleId: 'repeated-words',
      source: 'copydesk',
      actual: 'and to and to',
      expected: ['and to'],
      fatal: false,
      url: 'https://github.com/copydesk/copydesk/blob/main/docs/rules.md#repeated-words'
    })
    const place = message!.place as {start: {offset: number}; end: {offset: number}}
    expect(seed.slice(place.start.offset, place.end.offset)).toBe('and to and to')
  })

  it('finds doubles across line breaks, in quotations and in any case', () => {
    expect(only('He went to the\nthe shop.').messages.map(String)).toEqual(['1:12-2:4: Unexpected repeated `the`, remove one occurrence'])
    expect(only('“It was in the in the report,” she said.').messages.map((message) => message.actual)).toEqual(['in the in the'])
    expect(only('SAID said the chief.').messages.map((message) => message.expected)).toEqual([['SAID']])
  })

  it('reports a tripled word once, and the longest phrase only up to four words', () => {
    const tripled = only('It was the the the end.')
    expect(tripled.messages.map((message) => [message.actual, message.expected])).toEqual([['the the the', ['the']]])
    expect(only('we will go to the we will go to the park').messages.map((message) => message.actual)).toEqual([])
    expect(only('we will go to we will go to the park').messages.map((message) => message.actual)).toEqual(['we will go to we will go to'])
  })

  it('never joins words across punctuation', () => {
    expect(only('No, no, that is not so. That, that was it. Well. Well then.').messages).toEqual([])
  })

  it('allows grammatical doubles and names', () => {
    for (const text of [
      'What it is is a mistake.',
      'The minister had had enough.',
      'He said that that was final.',
      'They met in Walla Walla and then in Pago Pago.',
      'Sirhan Sirhan was convicted.',
      'Duran Duran played on.',
      'The spa town of Baden-Baden was busy.',
      'Mr. W. W. Samuels spoke.',
      'It rose 10 10 times.'
    ]) {
      expect(only(text).messages.map(String), text).toEqual([])
    }
  })

  it('still flags "is is" where no subject clause precedes it', () => {
    expect(only('The cause is is unknown.').messages.map((message) => message.actual)).toEqual(['is is'])
  })

  it('raises at most 0.05 messages per 1,000 words on the Brown press sections', () => {
    const {names, texts, words} = brown(/^c[abc]\d\d/)
    expect(names.length).toBe(88)
    const messages = texts.reduce((sum, text) => sum + only(text).messages.filter((message) => message.ruleId === 'repeated-words').length, 0)
    expect(words).toBeGreaterThan(150_000)
    expect((messages / words) * 1000).toBeLessThanOrEqual(0.05)
  })
})
