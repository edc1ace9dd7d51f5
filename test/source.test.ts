import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {spans} from './helpers.js'

const only = {rules: {}}

describe('positions in plain text', () => {
  it('maps non-breaking spaces, curly quotes and emoji to original offsets', () => {
    const text = '\u00a0“Fine,” she said 🙂 and the\u00a0the deal was done.'
    const file = lint(text, only)
    expect(spans(file)).toEqual(['the\u00a0the'])
    const place = file.messages[0]!.place as {start: {line: number; column: number; offset: number}}
    expect(place.start.offset).toBe(text.indexOf('the\u00a0the'))
    // Columns count UTF-16 code units, as unified and LSP do: the emoji is two.
    expect(place.start.column).toBe(text.indexOf('the\u00a0the') + 1)
  })

  it('keeps positions right across CRLF line ends', () => {
    const text = 'Headline here\r\n\r\nHe said it was in the\r\nthe end, and left.\r\n'
    const file = lint(text, only)
    expect(file.messages.map(String)).toEqual(['3:19-4:4: Unexpected repeated `the`, remove one occurrence'])
    expect(spans(file)).toEqual(['the\r\nthe'])
  })

  it('keeps the byte-order mark out of the text but in the offsets', () => {
    const text = '\ufeffThe the vote passed.'
    const file = lint(text, only)
    expect(file.messages.map(String)).toEqual(['1:2-1:9: Unexpected repeated `The`, remove one occurrence'])
    expect(spans(file)).toEqual(['The the'])
  })

  it('does not lint inside URLs or e-mail addresses', () => {
    const file = lint('See https://example.com/the/the/page and write to the.the@example.com now.', only)
    expect(file.messages).toEqual([])
  })

  it('lints an empty file without messages', () => {
    expect(lint('', only).messages).toEqual([])
    expect(lint('\n\n \u00a0\n', only).messages).toEqual([])
  })
})

describe('positions in Markdown', () => {
  it('skips code, inline code, HTML comments, front matter and link URLs', () => {
    const text = [
      '---',
      'title: the the',
      '---',
      '',
      'Text with `the the` code and [a link](https://x.org/the-the) here.',
      '',
      '<!-- the the -->',
      '',
      '```',
      'the the',
      '```',
      '',
      'A *real* error: the **the** end.'
    ].join('\n')
    const file = lint(text, {format: 'markdown'})
    expect(file.messages.map(String)).toEqual(['13:17-13:26: Unexpected repeated `the`, remove one occurrence'])
    expect(spans(file)).toEqual(['the **the'])
    // Markup sits inside the range: no automatic fix, which would break it.
    expect(file.messages[0]!.expected).toEqual([])
  })

  it('maps list items and headings', () => {
    const file = lint('# The the title\n\n- item with a a typo\n', {format: 'markdown'})
    expect(spans(file)).toEqual(['The the', 'a a'])
    expect(file.messages.map((message) => message.line)).toEqual([1, 3])
  })
})

describe('positions in HTML', () => {
  it('skips script, style, code and pre, and maps text through entities', () => {
    const text = [
      '<style>.the the {}</style>',
      '<p>Caf&eacute; owners said the the rent rose.</p>',
      '<pre>the the</pre><script>var a = "the the"</script>',
      '<p>Use <code>the the</code> here.</p>'
    ].join('\n')
    const file = lint(text, {format: 'html'})
    expect(file.messages.map(String)).toEqual(['2:28-2:35: Unexpected repeated `the`, remove one occurrence'])
    expect(spans(file)).toEqual(['the the'])
  })

  it('does not join words across block elements', () => {
    const file = lint('<h1>Storm on the</h1><p>the coast</p>', {format: 'html'})
    expect(file.messages).toEqual([])
  })
})
