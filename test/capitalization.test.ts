// capitalization: the seed story, the house-style presets and edited prose.
import {describe, expect, it} from 'vitest'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {createLinter} from '../src/index.js'
import {lowercaseWord} from '../src/rules/capitalization.js'
import {alone, brown, perThousandWords, root, rows, seed} from './helpers.js'

const withStyle = (style: string) => createLinter({rules: alone('capitalization', ['warning', {style}])})

describe('capitalization', () => {
  it('flags "a Press briefing" and "the Prime Minister" against "the prime minister" in the seed, nothing else', () => {
    const file = createLinter({rules: alone('capitalization')})(seed)
    expect(rows(file)).toEqual([
      '21:20-21:25 capitalization Unexpected capital in `Press`: a common noun mid-sentence is lower case (`a press briefing`)',
      '29:191-29:205 capitalization Unexpected `Prime Minister`, expected `prime minister`: the story writes `prime minister` twice in lower case and once capitalized, standing alone'
    ])
    expect(file.messages.map((message) => message.expected)).toEqual([['press'], ['prime minister']])
  })

  it('lowercases a title standing alone under AP, keeps it under UK style, and keeps proper adjectives', () => {
    const text = 'After the talks, the British Prime Minister said the deal was close.'
    expect(rows(withStyle('ap')(text))).toEqual([
      '1:22-1:44 capitalization Unexpected `British Prime Minister` standing alone, expected `British prime minister`: AP capitalizes a title only directly before a name'
    ])
    expect(withStyle('uk')(text).messages).toEqual([])
    expect(withStyle('ap')('After the talks, Prime Minister Keir Starmer said the deal was close.').messages).toEqual([])
  })

  it('breaks a tie by the house style: AP lowercases, UK capitalizes', () => {
    const text = 'The prime minister arrived. Later the Prime Minister left.'
    expect(withStyle('ap')(text).messages.map((message) => message.actual)).toEqual(['Prime Minister'])
    expect(withStyle('uk')(text).messages.map((message) => message.actual)).toEqual(['prime minister'])
  })

  it('reads "the Government said" as UK house style, and as a stray capital under AP', () => {
    const text = 'It was a Government decision, officials said.'
    expect(withStyle('uk')(text).messages).toEqual([])
    expect(withStyle('ap')(text).messages.map((message) => message.expected)).toEqual([['government']])
    // By default the story's dialect decides: British spelling, British style.
    expect(createLinter({rules: alone('capitalization'), dialect: 'uk'})(text).messages).toEqual([])
  })

  it('finds every dictionary word in place, and no other', () => {
    const words = (JSON.parse(readFileSync(path.join(root, 'rules/data/lowercase-words.json'), 'utf8')) as {words: string}).words.split(' ')
    expect(words.length).toBeGreaterThan(30_000)
    expect(words.filter((word) => !lowercaseWord(word))).toEqual([])
    for (const word of ['senate', 'xyzzy', 'a', 'zzzzzz', 'pres', 'pressx']) expect(lowercaseWord(word)).toBe(false)
    // Inflections of a stem: briefings, trained.
    expect(['briefings', 'presses', 'pressed', 'pressing'].every(lowercaseWord)).toBe(true)
  })

  it('stays under 0.1 messages per 1,000 words on the Brown press sections', () => {
    expect(perThousandWords('capitalization', brown(/^c[abc]\d\d/))).toBeLessThanOrEqual(0.1)
  })
})
