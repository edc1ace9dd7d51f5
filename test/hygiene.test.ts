// Copy hygiene on the seed story and in Markdown and HTML: duplicate-text,
// whitespace, ellipsis, comma-after-conjunction and the "rule of war" term.
import {describe, expect, it} from 'vitest'
import {createLinter} from '../src/index.js'
import {alone, applyFixes, brown, perThousandWords, rows, seed, spans} from './helpers.js'

const hygiene = ['duplicate-text', 'whitespace', 'ellipsis', 'comma-after-conjunction']

function only(ids: string[]) {
  const rules = alone(ids[0]!)
  for (const id of ids) rules[id] = 'warning'
  return rules
}

describe('copy hygiene on the seed story', () => {
  const file = createLinter({rules: {...only([...hygiene, 'terminology'])}})(seed)

  it('flags the duplicate caption, the byline spaces, the blank no-break lines once, "and ...We", "But, it’s" and "rule of war"', () => {
    expect(rows(file)).toEqual([
      '3:9-3:11 whitespace Unexpected 2 spaces (a space and a no-break space) between `by` and `ANI`, use one',
      '3:26-3:28 whitespace Unexpected 2 spaces (a space and a no-break space) between `by` and `Tripti`, use one',
      '4:39-5:39 duplicate-text Unexpected repeated caption: the same text stands at line 4, remove the copy',
      '7:1-7:2 whitespace Unexpected lines of nothing but white space (a no-break space): 14 of them, here and at lines 12, 14, 16, 18, 20, … 36',
      '21:321-21:343 terminology Unexpected `Israel Defence Force\'s`, expected `Israel Defense Forces\'`',
      '23:72-23:83 terminology Unexpected `rule of war`, expected `law of war`',
      '23:153-23:165 terminology Unexpected `in real-time`, expected `in real time`',
      '25:226-25:248 terminology Unexpected `Israeli Defence Forces`, expected `Israel Defense Forces`',
      '35:312-35:316 comma-after-conjunction Unexpected comma after `But` opening the sentence: a conjunction takes no comma unless an aside follows',
      '35:440-35:443 ellipsis Set the ellipsis off with a space on each side: `and ... We`, not `and ...We`'
    ])
    expect(spans(file)[2]).toBe('\nU.S. Secretary of State Antony Blinken')
    expect(file.messages.find((message) => message.ruleId === 'ellipsis')!.expected).toEqual(['... '])
    expect(file.messages.find((message) => message.ruleId === 'comma-after-conjunction')!.expected).toEqual(['But'])
  })

  it('fixes the duplicate caption and the doubled spaces, and nothing else', () => {
    const fixable = createLinter({rules: only(['duplicate-text', 'whitespace'])})(seed)
    const lines = seed.split('\n')
    const expected = [lines[0], lines[1], lines[2]!.replace(' \u00a0ANI', ' ANI').replace(' \u00a0Tripti', ' Tripti'), lines[3], ...lines.slice(5)].join('\n')
    expect(applyFixes(fixable)).toBe(expected)
  })
})

describe('whitespace in Markdown and HTML', () => {
  const markdown = createLinter({rules: alone('whitespace'), format: 'markdown'})
  const html = createLinter({rules: alone('whitespace'), format: 'html'})

  it('leaves Markdown hard breaks, code and tables alone', () => {
    const text = 'A line with a hard break  \nand more.\n\n```\ncode   with  spaces\t\there  \n```\n\n| a  | b |\n|----|---|\n| 1  | 2 |\n\nInline `a  b` code.\n'
    expect(rows(markdown(text))).toEqual([])
  })

  it('flags doubled spaces, trailing spaces at a paragraph end and no-break blank lines in Markdown prose', () => {
    const text = 'The council  met on Tuesday.  \n\n\u00a0\n\nThe vote was close.\n'
    expect(rows(markdown(text))).toEqual([
      '1:12-1:14 whitespace Unexpected 2 spaces between `council` and `met`, use one',
      '1:29-1:31 whitespace Unexpected white space at the end of the line, remove it',
      '3:1-3:2 whitespace Unexpected line of nothing but white space (a no-break space): empty it'
    ])
  })

  it('reads HTML as it renders: plain space runs collapse, a no-break space beside a space does not', () => {
    const text = '<p>The council   met on  Tuesday.</p>\n<p>Story by \u00a0ANI</p>\n<pre>a  \u00a0b</pre>\n'
    const file = html(text)
    expect(rows(file)).toEqual(['2:12-2:14 whitespace Unexpected 2 spaces (a space and a no-break space) between `by` and `ANI`, use one'])
    expect(applyFixes(file)).toBe(text.replace('by \u00a0ANI', 'by ANI'))
  })
})

describe('copy hygiene on edited prose', () => {
  it('stays under 0.1 messages per 1,000 words together on the Brown press sections', () => {
    const press = brown(/^c[abc]\d\d/)
    const total = hygiene.reduce((sum, id) => sum + perThousandWords(id, press), 0)
    expect(total).toBeLessThanOrEqual(0.1)
  })
})
