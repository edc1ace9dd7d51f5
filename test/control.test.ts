import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'

const actuals = (text: string, format: 'text' | 'markdown' | 'html' = 'text') => lint(text, {format}).messages.map((message) => message.actual)

describe('inline control comments', () => {
  it('disables a rule for a region in Markdown', () => {
    const text = 'The the one.\n\n<!-- copydesk-disable repeated-words -->\n\nA a two.\n\n<!-- copydesk-enable -->\n\nIt it three.\n'
    expect(actuals(text, 'markdown')).toEqual(['The the', 'It it'])
  })

  it('ignores the next block only', () => {
    const text = '<!-- copydesk-ignore-next -->\nThe the one.\n\nA a two.\n'
    expect(actuals(text, 'markdown')).toEqual(['A a'])
  })

  it('works in HTML and, as a line of its own, in plain text', () => {
    expect(actuals('<p>The the one.</p><!-- copydesk-disable --><p>A a two.</p>', 'html')).toEqual(['The the'])
    expect(actuals('The the one.\n<!-- copydesk-disable repeated-words -->\nA a two.\n')).toEqual(['The the'])
  })

  it('counts no marker shown inside Markdown code, fenced or inline, nor one inside a line of plain text', () => {
    const fenced = 'To switch a rule off, write:\n\n```\n<!-- copydesk-disable -->\n```\n\nHe crossed the the road.\n'
    expect(actuals(fenced, 'markdown')).toEqual(['the the'])
    const inline = 'Write `<!-- copydesk-disable -->` to switch rules off.\n\nHe crossed the the road.\n'
    expect(actuals(inline, 'markdown')).toEqual(['the the'])
    expect(actuals('The manual says <!-- copydesk-disable --> works.\n\nHe crossed the the road.\n')).toEqual(['the the'])
  })

  it('leaves other rules and other ids alone', () => {
    expect(actuals('<!-- copydesk-disable some-other-rule -->\n\nThe the one.\n')).toEqual(['The the'])
  })
})
