/**
 * Blocks → one nlcst tree. Each block is tokenized on its own (parse-english's
 * parse time grows faster than linear with input size) and its positions are
 * shifted into the original file, so every reported place is a place in it.
 *
 * The sentence/paragraph assembly follows `mdast-util-to-nlcst` (MIT, wooorm),
 * which we cannot use directly: it tokenizes a whole document as one sentence
 * and rebuilds a `vfile-location` index on every call.
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {toString} from 'nlcst-to-string'
import type {Block} from '../types.js'
import type {LineIndex} from './line-index.js'

const terminalMarker = /^([!.?\u2026\u203D]+)$/
// A block longer than this is cut at sentence ends before tokenizing, to keep
// parse-english's cost linear on single huge lines.
const maxChunk = 20_000

const parser = new ParseEnglish()

type Node = {type: string; position?: {start: Point; end: Point} | undefined; children?: Node[]; value?: string}

export function toNlcst(text: string, blocks: Block[], lines: LineIndex): Root {
  const root: Root = {type: 'RootNode', children: []}

  for (const block of blocks) {
    const tokens: SentenceContent[] = []
    for (const segment of block.segments) {
      if (segment.source) {
        tokens.push({
          type: 'SourceNode',
          value: text.slice(segment.start, segment.end),
          position: {start: lines.point(segment.start), end: lines.point(segment.end)}
        })
        continue
      }

      for (const [from, to] of chunks(text, segment.start, segment.end)) {
        const base = lines.point(from)
        const found = parser.tokenize(text.slice(from, to))
        for (const token of found) shift(token as Node, base)
        tokens.push(...found)
      }
    }

    if (tokens.length === 0) continue
    const paragraph = toParagraph(tokens)
    block.node = paragraph
    if (root.children.length > 0) {
      root.children.push({type: 'WhiteSpaceNode', value: '\n\n'})
    }

    root.children.push(paragraph)
  }

  if (root.children.length > 0) {
    const first = root.children[0]!
    const last = root.children[root.children.length - 1]!
    if (first.position && last.position) root.position = {start: first.position.start, end: last.position.end}
  }

  return root
}

/** Cut `start..end` into runs of at most `maxChunk`, at a space after a full stop where possible. */
function chunks(text: string, start: number, end: number): Array<[number, number]> {
  if (end - start <= maxChunk) return [[start, end]]
  const result: Array<[number, number]> = []
  let from = start
  while (end - from > maxChunk) {
    let cut = from + maxChunk
    const window = text.slice(from + maxChunk / 2, from + maxChunk)
    const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '))
    if (stop >= 0) {
      cut = from + maxChunk / 2 + stop + 2
    } else {
      const space = window.lastIndexOf(' ')
      if (space >= 0) cut = from + maxChunk / 2 + space + 1
    }

    result.push([from, cut])
    from = cut
  }

  result.push([from, end])
  return result
}

/** Move a token (relative to its run) to its place in the file; `base` is where the run starts. */
function shift(node: Node, base: Point): void {
  if (node.children) for (const child of node.children) shift(child, base)
  if (node.position) {
    node.position = {start: move(node.position.start, base), end: move(node.position.end, base)}
  }
}

function move(point: Point, base: Point): Point {
  return {
    line: point.line + base.line - 1,
    column: point.line === 1 ? point.column + base.column - 1 : point.column,
    offset: (point.offset ?? 0) + (base.offset ?? 0)
  }
}

function toParagraph(tokens: SentenceContent[]): Paragraph {
  const sentence: Sentence = {type: 'SentenceNode', children: tokens}
  setPosition(sentence as Node)
  for (const plugin of parser.tokenizeSentencePlugins) plugin(sentence)
  const paragraph: Paragraph = {type: 'ParagraphNode', children: split(sentence)}
  setPosition(paragraph as Node)
  for (const plugin of parser.tokenizeParagraphPlugins) plugin(paragraph)
  return paragraph
}

function setPosition(node: Node): void {
  const children = node.children!
  const first = children[0]
  const last = children[children.length - 1]
  if (first?.position && last?.position) node.position = {start: first.position.start, end: last.position.end}
}

/** Split a sentence at terminal punctuation into sentences (parse-latin's `splitNode`). */
function split(sentence: Sentence): Sentence[] {
  const result: Sentence[] = []
  const children = sentence.children
  let start = 0
  for (let index = 0; index < children.length; index++) {
    const token = children[index]!
    if (
      index === children.length - 1 ||
      (token.type === 'PunctuationNode' && terminalMarker.test(toString(token)))
    ) {
      const part: Sentence = {type: 'SentenceNode', children: children.slice(start, index + 1)}
      setPosition(part as Node)
      result.push(part)
      start = index + 1
    }
  }

  return result
}
