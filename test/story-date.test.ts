// The story's date in every common form, and the fact rules that run on it: each form carries a 2024
// officeholder error that is flagged against the date found there, and a clean twin that passes.
import {describe, expect, it} from 'vitest'
import {buildModel, createLinter} from '../src/index.js'
import type {Format} from '../src/index.js'
import {alone} from './helpers.js'

const wrong = 'Prime Minister Theresa May told reporters the talks would go on.'
const right = 'Prime Minister Rishi Sunak told reporters the talks would go on.'

const forms: Array<[string, Format, (body: string) => string, string]> = [
  ['a US date line', 'text', (body) => `Talks go on\n\nMarch 14, 2024\n\n${body}`, 'byline'],
  ['an ISO date line', 'text', (body) => `Talks go on\n\n2024-03-14\n\n${body}`, 'byline'],
  ['a UK date line with its weekday', 'text', (body) => `Talks go on\n\nThursday 14 March 2024\n\n${body}`, 'byline'],
  ['a numeric day-first date line', 'text', (body) => `Talks go on\n\n14/03/2024\n\n${body}`, 'byline'],
  ['an update time with its zone', 'text', (body) => `Talks go on\n\nUpdated 14 Mar 2024 10:32 GMT\n\n${body}`, 'byline'],
  ['a "Published:" line', 'text', (body) => `Talks go on\n\nPublished: March 14, 2024\n\n${body}`, 'byline'],
  ['a byline with its date', 'text', (body) => `Talks go on\n\nBy Jo Smith | March 14, 2024\n\n${body}`, 'byline'],
  ['a byline over two lines', 'text', (body) => `Talks go on\n\nBy Dana Whitfield, Washington Correspondent\nMarch 14, 2024\n\n${body}`, 'byline'],
  ['a dateline on its own line', 'text', (body) => `Talks go on\n\nBRUSSELS, 14 March 2024 (Newswire) -\n\n${body}`, 'dateline'],
  ['a dateline opening the first paragraph', 'text', (body) => `Talks go on\n\nLONDON, March 14, 2024 (Reuters) - ${body}`, 'dateline'],
  ['front matter `date`', 'markdown', (body) => `---\ndate: 2024-03-14\n---\n\n# Talks go on\n\n${body}\n`, 'front-matter'],
  ['front matter `pubDate`', 'markdown', (body) => `---\npubDate: "2024-03-14T09:00:00Z"\n---\n\n# Talks go on\n\n${body}\n`, 'front-matter'],
  ['front matter `datePublished`', 'markdown', (body) => `---\ndatePublished: March 14, 2024\n---\n\n# Talks go on\n\n${body}\n`, 'front-matter'],
  [
    'an HTML article:published_time',
    'html',
    (body) => `<html><head><meta property="article:published_time" content="2024-03-14T10:32:00Z"></head><body><h1>Talks go on</h1><p>${body}</p></body></html>`,
    'html'
  ],
  ['an HTML <time datetime>', 'html', (body) => `<article><h1>Talks go on</h1><time datetime="2024-03-14">Thursday</time><p>${body}</p></article>`, 'html']
]

describe('the story date', () => {
  it.each(forms)('is read from %s', (_, format, story, source) => {
    const model = buildModel(story(wrong), {format})
    expect([model.date?.year, model.date?.month, model.date?.day, model.date?.source]).toEqual([2024, 3, 14, source])
    const lint = createLinter({format, rules: alone('officeholder')})
    expect(lint(story(wrong)).messages.map((message) => message.reason)).toEqual([
      'Theresa May left office as Prime Minister on 2019-07-24; on 2024-03-14 it was Rishi Sunak'
    ])
    expect(lint(story(right)).messages).toEqual([])
  })

  it('takes the year of a dateline that gives none from today', () => {
    const model = buildModel(`Talks go on\n\nLONDON, March 14 (Reuters) - ${wrong}`, {format: 'text', now: new Date('2024-06-01T00:00:00Z')})
    expect([model.date?.year, model.date?.month, model.date?.day, model.date?.source]).toEqual([2024, 3, 14, 'dateline'])
  })

  it('lets --date win over what the story says, and `none` turn date checks off', () => {
    const story = `Talks go on\n\nMarch 14, 2024\n\n${right}`
    expect(createLinter({date: '2019-01-10', rules: alone('officeholder')})(story).messages.map((message) => message.reason)).toEqual([
      'Rishi Sunak became Prime Minister on 2022-10-25; on 2019-01-10 it was Theresa May'
    ])
    expect(createLinter({date: 'none', rules: alone('officeholder')})(story).messages).toEqual([])
    expect(createLinter({date: 'none', rules: alone('officeholder')})(wrong).messages).toEqual([])
  })

  it('reads a story with no date and no year as a draft for today, and never a story that names a year', () => {
    expect(buildModel(wrong, {format: 'text', now: new Date('2025-02-03T12:00:00Z')}).date).toMatchObject({year: 2025, month: 2, day: 3, source: 'today'})
    expect(buildModel(`${wrong} The talks began in 2019.`, {format: 'text'}).date).toBeUndefined()
  })

  it('does not read a date inside running text, or a dateline after the story has begun, as the story date', () => {
    const text = 'Talks go on\n\nThe talks, first held on March 14, 2024, went on for a year after that and ended in a deal on Friday.\n\nMarch 14, 2024\n'
    expect(buildModel(text, {format: 'text'}).date).toBeUndefined()
  })
})
