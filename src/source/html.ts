/**
 * HTML → blocks, through hast (rehype-parse's parser). Script, style, code,
 * pre and friends are not prose; block elements start a new block.
 */
import type {Element, Nodes, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import type {Block, Segment} from '../types.js'
import {proseSegments} from './segments.js'

const skipped = new Set(['script', 'style', 'pre', 'template', 'svg', 'math', 'noscript', 'head', 'iframe', 'object', 'textarea', 'select'])
const source = new Set(['code', 'kbd', 'samp', 'var', 'tt'])
const blockElements = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'title'
])
const headings = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'title'])

/** Parse HTML (a fragment or a document) into hast with positions. */
export function parseHtml(text: string): Root {
  const fragment = !/^\s*(?:<!doctype|<html|<head|<body)/i.test(text)
  return fromHtml(text, {fragment})
}

/** Blocks of an HTML file; `tree` may come from a rehype pipeline. */
export function htmlBlocks(text: string, tree: Root = parseHtml(text)): Block[] {
  const blocks: Block[] = []
  let segments: Segment[] = []
  let hint: Block['hint'] = 'paragraph'

  walk(tree, 'paragraph')
  flush()
  return blocks

  function flush(): void {
    if (segments.some((segment) => !segment.source && /\S/.test(text.slice(segment.start, segment.end)))) {
      blocks.push({kind: 'other', start: segments[0]!.start, end: segments[segments.length - 1]!.end, segments, hint})
    }

    segments = []
  }

  function walk(node: Nodes, context: Block['hint']): void {
    if (node.type === 'text') {
      const position = node.position
      if (!position || position.start.offset === undefined || position.end.offset === undefined) return
      if (segments.length === 0) hint = context
      proseSegments(text, position.start.offset, position.end.offset, segments)
      return
    }

    if (node.type !== 'element' && node.type !== 'root') return
    if (node.type === 'element') {
      const element: Element = node
      const name = element.tagName
      if (skipped.has(name) || element.properties?.['dataNlcst'] === 'ignore') return
      if (source.has(name)) {
        const position = element.position
        if (position?.start.offset !== undefined && position.end.offset !== undefined) {
          if (segments.length === 0) hint = context
          segments.push({start: position.start.offset, end: position.end.offset, source: true})
        }

        return
      }

      if (blockElements.has(name)) {
        flush()
        const inner: Block['hint'] = headings.has(name)
          ? 'heading'
          : name === 'li' || name === 'dd' || name === 'dt'
            ? 'list-item'
            : name === 'figcaption' || name === 'caption'
              ? 'caption'
              : context === 'paragraph' || context === undefined
                ? 'paragraph'
                : context
        for (const child of element.children) walk(child as Nodes, inner)
        flush()
        return
      }
    }

    for (const child of node.children) walk(child as Nodes, context)
  }
}
