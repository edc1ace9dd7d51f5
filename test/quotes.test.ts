// Quotations: the document model's quote spans under news conventions, quote-balance and repeated-quote.
import {describe, expect, it} from 'vitest'
import {buildModel, createLinter} from '../src/index.js'
import {alone, brown, perThousandWords, rows, seed, spans} from './helpers.js'

describe('quotations in the document model', () => {
  it('says which paragraph a quotation continues into', () => {
    const text = '"We will rebuild.\n\n"It will take a year.\n\n"We start Monday," she said.\n\nThe end.'
    const model = buildModel(text, {format: 'text'})
    expect(model.quotes.map((span) => [span.block, span.closed, span.continues ?? false, span.continued ?? false])).toEqual([
      [0, false, true, false],
      [1, false, true, true],
      [2, true, false, true]
    ])
  })

  it('reads a fresh opening mark after a sentence end as the same quotation (paragraphs run together)', () => {
    const text = 'He said: "It is over. "We go home now." Then he left.'
    const model = buildModel(text, {format: 'text'})
    expect(model.quotes.map((span) => text.slice(span.start, span.end))).toEqual(['"It is over. "We go home now."'])
  })

  it('keeps apostrophes, elisions and measures out of the quotation marks', () => {
    const text = "The Fosters' son, 5'10\", played rock 'n' roll in the '90s and got 6\" of rain."
    const model = buildModel(text, {format: 'text'})
    expect(model.quotes).toEqual([])
    expect(model.strayQuoteMarks).toEqual([])
  })
})

describe('quote-balance', () => {
  const linter = createLinter({rules: alone('quote-balance')})

  it('says where a dropped closing mark likely belongs', () => {
    const file = linter('"We will rebuild every home, the mayor said on Friday.')
    expect(rows(file)).toEqual([
      '1:1-1:2 quote-balance The quotation opened here is never closed in its paragraph: it likely ends at `home,` before the attribution (line 1), with `"`'
    ])
  })

  it('tells a run-on paragraph that lost its opening mark, once', () => {
    const file = linter('"We will rebuild every home.\n\nIt will take a year," the mayor said.')
    expect(rows(file)).toEqual([
      '3:21-3:22 quote-balance Closing quotation mark with no opening mark in its paragraph: a quotation that runs on from the previous paragraph (opened at line 1) opens again at the start of this one'
    ])
  })

  it('reports a quotation left open at the paragraph end only with paragraphEnd', () => {
    const text = 'He said: "We will rebuild every home.\n\nThe mayor spoke on Friday.'
    expect(linter(text).messages).toEqual([])
    const strict = createLinter({rules: alone('quote-balance', ['warning', {paragraphEnd: true}])})
    expect(rows(strict(text))).toEqual(['1:10-1:11 quote-balance The quotation opened here is never closed in its paragraph'])
  })

  it('reads UK style (single outside, double inside) and curly marks', () => {
    expect(linter("'He told us \"never again\",' she said. ‘We agreed,’ he said.").messages).toEqual([])
    expect(rows(linter("‘We will rebuild every home, the mayor said on Friday."))).toHaveLength(1)
  })
})

describe('quotations on the seed story and edited prose', () => {
  it('flags the repeated Kirby quotation, and nothing else from the two rules', () => {
    const file = createLinter({rules: {...alone('repeated-quote'), 'quote-balance': 'warning'}})(seed)
    expect(rows(file)).toEqual(['29:247-29:388 repeated-quote Quotation repeated: the story already quotes these words at line 27 (nearly verbatim); keep one'])
    expect(spans(file)[0]).toBe("recognize that as democracies, it's important to abide by the law of war, to protect innocent life and to try to minimize civilian casualties")
    expect(file.messages[0]!.note).toMatch(/^First quoted at 27:146: “recognize that as democracies, .* to and to try to minimize civilian casualties”$/)
  })

  it('names two speakers given the same words', () => {
    const file = createLinter({rules: alone('repeated-quote')})(
      '"We will rebuild every home that was lost in the fire," Mayor Dana Reyes said.\n\n"We will rebuild every home that was lost in the fire," said Fire Chief Tom Hale.'
    )
    expect(rows(file)).toEqual([
      '3:2-3:54 repeated-quote The same words are quoted from Mayor Dana Reyes at line 1 and here from Fire Chief Tom Hale: check who said them'
    ])
  })

  it('stay at or under 0.05 messages per 1,000 words together on the Brown press sections', () => {
    const press = brown(/^c[abc]\d\d/)
    expect(perThousandWords('quote-balance', press) + perThousandWords('repeated-quote', press)).toBeLessThanOrEqual(0.05)
  })
})
