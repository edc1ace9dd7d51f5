/**
 * Property-based tests (fast-check) over generated prose: words, names,
 * quotes, punctuation, every kind of white space, emoji, CRLF. FC_RUNS sets
 * the number of cases (`npm run stress` runs many more).
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {fixToFixedPoint, safeEdits} from '../src/fix.js'
import {createLinter} from '../src/lint.js'
import type {Format} from '../src/types.js'

const runs = Number(process.env['FC_RUNS'] ?? 150)
const linter = createLinter({})

const words = [
  'the', 'the', 'a', 'an', 'and', 'to', 'said', 'that', 'minister', 'council', 'fire', 'hour', 'honest', 'university',
  'U.S.', 'US', 'colour', 'color', 'minimise', 'minimize', 'Blinken', 'Antony', 'Secretary', 'State', 'Kiev', 'e-mail',
  'Netanyahu', 'Monday', 'Oct.', '12', '2,000', '01-11-2023', 'who', 'which', 'was', 'in', 'real-time', 'Israel',
  'Defence', 'Forces', 'café', 'cafe\u0301', '🚒', '👩‍👩‍👧', 'naïve', 'Zelenskyy', "don't", 'it’s', 'ATM', 'machine'
]
const punctuation = ['.', ',', '!', '?', ';', ':', ' —', '-', '…', '"', '“', '”', '‘', '’', "'", '(', ')', '']
const spaces = [' ', ' ', ' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\n\n', '\r\n\r\n', '\u2003', '\u200b']

const token = fc.tuple(fc.constantFrom(...words), fc.constantFrom(...punctuation), fc.constantFrom(...spaces)).map(([word, mark, space]) => word + mark + space)
const prose = fc.array(token, {minLength: 0, maxLength: 60}).map((parts) => parts.join(''))

function ranges(file: VFile): Array<{start: number; end: number; line: number; column: number}> {
  return file.messages.map((message) => {
    const place = message.place as {start: {offset: number; line: number; column: number}; end: {offset: number}}
    return {start: place.start.offset, end: place.end.offset, line: place.start.line, column: place.start.column}
  })
}

/** The 1-based line and UTF-16 column of `offset`, counted the slow, obvious way. */
function pointOf(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = 0; index < offset; index++) {
    const character = text[index]
    if (character === '\n' || (character === '\r' && text[index + 1] !== '\n')) {
      line++
      lineStart = index + 1
    }
  }

  return {line, column: offset - lineStart + 1}
}

/** Whether cutting `text` at `index` would split a surrogate pair. */
const splitsPair = (text: string, index: number) => {
  const before = text.charCodeAt(index - 1)
  const after = text.charCodeAt(index)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

// Arbitrary text too: any code point, lone surrogates, control characters, markup characters.
const noise = fc.string({unit: fc.oneof(fc.constantFrom('<', '>', '&', '*', '_', '`', '#', '[', ']', '(', ')', '\\', '\0', '\ud83d', '\udd25', '\u0301', '\r', '\n', '-', '|', '>'), fc.string({unit: 'binary', minLength: 1, maxLength: 1}), fc.string({unit: 'grapheme', minLength: 1, maxLength: 1})), maxLength: 200})
const anything = fc.oneof(prose, noise, fc.tuple(prose, noise, prose).map((parts) => parts.join('')))

describe('properties of linting generated prose', () => {
  it('never throws, and every range lies inside the text, on character boundaries, at the right line and column', () => {
    fc.assert(
      fc.property(anything, fc.constantFrom<Format>('text', 'markdown', 'html'), (text, format) => {
        const file = linter(new VFile({value: text}), {format})
        for (const range of ranges(file)) {
          expect(range.start).toBeGreaterThanOrEqual(0)
          expect(range.end).toBeLessThanOrEqual(text.length)
          expect(range.start).toBeLessThanOrEqual(range.end)
          expect(splitsPair(text, range.start) || splitsPair(text, range.end)).toBe(false)
          expect({line: range.line, column: range.column}).toEqual(pointOf(text, range.start))
        }
      }),
      {numRuns: runs}
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const first = linter(text).messages.map(String)
        const second = createLinter({})(text).messages.map(String)
        expect(second).toEqual(first)
      }),
      {numRuns: Math.ceil(runs / 2)}
    )
  })

  it('applying the safe fixes leaves nothing safe to fix, and fixing again changes nothing', () => {
    fc.assert(
      fc.property(prose, (text) => {
        const file = linter(text)
        const fixed = fixToFixedPoint(file, (value) => linter(value))
        expect(safeEdits(fixed.file)).toEqual([])
        const again = fixToFixedPoint(linter(fixed.text), (value) => linter(value))
        expect(again.text).toBe(fixed.text)
        expect(again.applied).toBe(0)
        // Fixes only replace what they flagged: the text keeps its other characters.
        if (fixed.applied === 0) expect(fixed.text).toBe(text)
      }),
      {numRuns: runs}
    )
  })

  it('maps Markdown and HTML positions back to the original source', () => {
    const wrapped = fc.tuple(prose, fc.constantFrom('markdown', 'html') as fc.Arbitrary<Format>).map(([body, format]) => {
      // A doubled word inside markup makes sure there is something to find.
      const text = body.replace(/[<>&*_`#\[\]]/g, '') + ' it was the the end.'
      const source =
        format === 'markdown'
          ? `# A *headline* here\n\n> quoted ${'`code`'} bit\n\n- ${text}\n\n**${text}**\n`
          : `<h1>A <em>headline</em></h1>\n<p>${text}</p>\n<ul><li><b>${text}</b></li></ul>`
      return {source, format}
    })
    fc.assert(
      fc.property(wrapped, ({source, format}) => {
        const file = linter(new VFile({value: source}), {format})
        const doubled = file.messages.filter((message) => message.ruleId === 'repeated-words')
        expect(doubled.length).toBeGreaterThan(0)
        for (const message of file.messages) {
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          const slice = source.slice(place.start.offset, place.end.offset)
          if (message.ruleId === 'repeated-words' || message.ruleId === 'terminology') expect(slice).toBe(message.actual)
          // No range starts or ends inside a tag or a Markdown marker run.
          expect(slice.includes('<') || slice.includes('>')).toBe(false)
        }
      }),
      {numRuns: Math.ceil(runs / 2)}
    )
  })
})
