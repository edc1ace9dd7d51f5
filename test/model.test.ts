import {describe, expect, it} from 'vitest'
import {buildModel} from '../src/index.js'
import type {DocumentModel} from '../src/types.js'
import {seed} from './helpers.js'

const kinds = (model: DocumentModel) => model.blocks.map((block) => [block.kind, model.text.slice(block.start, block.end).slice(0, 30)])

describe('document model on the seed story', () => {
  const model = buildModel(seed, {format: 'text'})

  it('finds headline, byline, captions, dateline and body', () => {
    expect(kinds(model).slice(0, 6)).toEqual([
      ['headline', 'U.S. State Secretary Antony Bl'],
      ['byline', 'Story by \u00a0ANI | Posted by \u00a0Tri'],
      ['caption', 'U.S. Secretary of State Antony'],
      ['caption', 'U.S. Secretary of State Antony'],
      ['dateline', 'Washington (United States)'],
      ['body', 'Amid the conflict between Isra']
    ])
    expect(model.blocks.slice(5).every((block) => block.kind === 'body')).toBe(true)
  })

  it('reads the ambiguous byline date, resolved by the story’s own October dates', () => {
    expect(model.date).toEqual({
      year: 2023,
      month: 11,
      day: 1,
      source: 'byline',
      text: '01-11-2023',
      alternative: {year: 2023, month: 1, day: 11}
    })
  })

  it('decides the dialect by majority of marked words', () => {
    expect(model.dialect).toBe('us')
    expect(model.dialectEvidence).toEqual({us: 7, uk: 2, source: 'auto'})
  })

  it('finds direct quotations across sentences', () => {
    const quoted = model.quotes.map((span) => seed.slice(span.start, span.end))
    expect(quoted[0]).toBe('"certainly"')
    expect(quoted[1]!.startsWith('"Without getting into')).toBe(true)
    expect(quoted[1]!.endsWith('making that effort."')).toBe(true)
    expect(model.inQuote(seed.indexOf('to and to'))).toBe(true)
    expect(model.inQuote(seed.indexOf('John Kirby that'))).toBe(false)
  })
})

describe('document model on other copy', () => {
  it('reads a wire dateline and its date', () => {
    const model = buildModel('Markets rally\n\nLONDON, March 14 (Reuters) - Stocks rose on Thursday.\n', {format: 'text', now: new Date('2024-06-01')})
    expect(model.blocks.map((block) => block.kind)).toEqual(['headline', 'body'])
    const block = model.blocks[1]!
    expect(model.text.slice(block.dateline!.start, block.dateline!.end)).toBe('LONDON, March 14 (Reuters) - ')
    expect(model.date).toMatchObject({year: 2024, month: 3, day: 14, source: 'dateline'})
  })

  it('reads the date from Markdown front matter, and --date wins over it', () => {
    const text = '---\ndate: 2024-03-05\n---\n\n# Vote\n\nBy Jo Lee\n\nThe council voted.\n'
    expect(buildModel(text, {format: 'markdown'}).date).toMatchObject({year: 2024, month: 3, day: 5, source: 'front-matter'})
    expect(buildModel(text, {format: 'markdown', date: '2024-04-01'}).date).toMatchObject({month: 4, day: 1, source: 'option'})
    expect(kinds(buildModel(text, {format: 'markdown'}))).toEqual([
      ['headline', 'Vote'],
      ['byline', 'By Jo Lee'],
      ['body', 'The council voted.']
    ])
  })

  it('reads an unambiguous day-first byline date and a written one', () => {
    expect(buildModel('Title\n\nBy A. Writer | Date 14-03-2024\n\nText here.', {format: 'text'}).date).toMatchObject({year: 2024, month: 3, day: 14})
    expect(buildModel('Title\n\nBy A. Writer, Nov. 1, 2023\n\nText here.', {format: 'text'}).date).toMatchObject({year: 2023, month: 11, day: 1})
  })

  it('falls back on the dialect for an ambiguous date with no evidence', () => {
    const text = 'Title\n\nBy A. Writer | Date 01-11-2023\n\nThe colour of the programme was realised.'
    const model = buildModel(text, {format: 'text'})
    expect(model.dialect).toBe('uk')
    expect(model.date).toMatchObject({month: 11, day: 1, alternative: {month: 1, day: 11}})
    expect(buildModel(text, {format: 'text', dialect: 'us'}).date).toMatchObject({month: 1, day: 11})
  })

  it('finds list items, captions and headings in Markdown and HTML', () => {
    expect(kinds(buildModel('# Head\n\n- one item\n- two\n\nBody text here.\n', {format: 'markdown'}))).toEqual([
      ['headline', 'Head'],
      ['list-item', 'one item'],
      ['list-item', 'two'],
      ['body', 'Body text here.']
    ])
    const html = '<h1>Head</h1><figure><figcaption>Waves on Monday</figcaption></figure><ul><li>One</li></ul><p>Body text here.</p>'
    expect(kinds(buildModel(html, {format: 'html'}))).toEqual([
      ['headline', 'Head'],
      ['caption', 'Waves on Monday'],
      ['list-item', 'One'],
      ['body', 'Body text here.']
    ])
  })

  it('reads scraped page furniture as captions, not paragraphs', () => {
    const text = [
      'Harbour reopens after the fire',
      'Photos: The harbour fire Crews work through the night on the east dock. Hide Caption 3 of 12',
      'Ferries ran again at dawn, the port said on Tuesday, and the market reopens in June as planned.',
      'We are open again and proud of the crews who saved the dock — Port of Avonmouth (@avonport) June 4, 2019',
      'Story highlights The dock reopened Tuesday The market follows in June',
      'Categories: Ports Fires England'
    ].join('\n\n')
    expect(buildModel(text, {format: 'text'}).blocks.map((block) => block.kind)).toEqual(['headline', 'caption', 'body', 'caption', 'caption', 'caption'])
  })

  it('reads a deck and a contributor note above a web dateline, tables, cited sources and source lines as furniture', () => {
    const text = [
      'Harbour reopens? One clue lies in the tide tables',
      'The port had been shut for a month after the fire on the east dock',
      'Dana Reyes is a writer and former harbour master. The opinions expressed in this commentary are her own',
      'Bristol (CNN) Ferries ran again at dawn on Tuesday, the port said, after a month of repairs.',
      'Shr loss eight cts vs profit 20 cts Net loss 768,000 vs profit 1,900,000',
      'Average price               66.32',
      '"Port reopens after fire" — Bristol Post, August 15, 2019',
      'Cargo fell by a third in the year to June Source: Port of Bristol'
    ].join('\n\n')
    expect(buildModel(text, {format: 'text'}).blocks.map((block) => block.kind)).toEqual(['headline', 'caption', 'caption', 'body', 'caption', 'caption', 'caption', 'caption'])
  })

  it('keeps an unterminated lede a paragraph when no web dateline follows it', () => {
    const text = 'Harbour reopens after the fire\n\nThe trade shortfall hit a record as higher oil prices raised import costs, figures have shown\n\nThe port said so on Tuesday.'
    expect(buildModel(text, {format: 'text'}).blocks.map((block) => block.kind)).toEqual(['headline', 'body', 'body'])
  })

  it('reads a paragraph that opens with "By" and a lower-case word as prose, not a byline', () => {
    const text = 'By law every officer must file a report.\n\nBy Dana Whitfield'
    expect(buildModel(text, {format: 'text'}).blocks.map((block) => block.kind)).toEqual(['body', 'byline'])
  })

  it('treats photo lines as captions and plain list markers as list items', () => {
    const text = 'Big storm hits coast\n\nPhoto: Waves hit the wall. (Reuters)\n\n- First point\n- Second point\n\nThe storm hit on Monday.'
    expect(buildModel(text, {format: 'text'}).blocks.map((block) => block.kind)).toEqual(['headline', 'caption', 'list-item', 'list-item', 'body'])
  })

  it('keeps a quotation open to the end of its paragraph, and ignores apostrophes', () => {
    const text = '"We will go on, she said. It is the leaders\' call.\n\n“Next one,” he said, ‘fine’.'
    const model = buildModel(text, {format: 'text'})
    expect(model.quotes.map((span) => text.slice(span.start, span.end))).toEqual([
      '"We will go on, she said. It is the leaders\' call.',
      '“Next one,”',
      '‘fine’'
    ])
  })
})
