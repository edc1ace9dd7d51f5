import rehypeParse from 'rehype-parse'
import remarkParse from 'remark-parse'
import {retext} from 'retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {copydesk, createLinter, lint} from '../src/index.js'
import type {CopydeskData} from '../src/index.js'

describe('library API', () => {
  it('lint() returns a VFile with messages and the document model', () => {
    const file = lint('Storm hits\n\nThe the storm hit.')
    expect(file.messages.map(String)).toEqual(['3:1-3:8: Unexpected repeated `The`, remove one occurrence'])
    const data = file.data['copydesk'] as CopydeskData
    expect(data.model.blocks.map((block) => block.kind)).toEqual(['headline', 'body'])
  })

  it('copydesk() works as a plugin in retext, remark and rehype pipelines', async () => {
    const text = await retext().use(copydesk).process('It was the the end.')
    expect(text.messages.map((message) => message.actual)).toEqual(['the the'])
    const markdown = unified().use(remarkParse).use(copydesk)
    const mdFile = new VFile('`the the` and a a thing.')
    await markdown.run(markdown.parse(mdFile), mdFile)
    expect(mdFile.messages.map((message) => message.actual)).toEqual(['a a'])
    const html = unified().use(rehypeParse, {fragment: true}).use(copydesk)
    const htmlFile = new VFile('<p><code>the the</code> and a a thing.</p>')
    await html.run(html.parse(htmlFile), htmlFile)
    expect(htmlFile.messages.map((message) => message.actual)).toEqual(['a a'])
  })

  it('createLinter() validates options once and throws one clear error', () => {
    expect(() => createLinter({rules: {nope: 'off'}})).toThrow('options: unknown rule `nope`')
    expect(() => createLinter({dialect: 'scots' as never})).toThrow('`dialect` must be us, uk or auto')
  })

  it('is deterministic', () => {
    const text = 'The the a a in the in the. '.repeat(50)
    const first = lint(text).messages.map(String)
    for (let run = 0; run < 5; run++) expect(lint(text).messages.map(String)).toEqual(first)
  })
})
