/**
 * Markdown → blocks, through remark-parse (mdast). Code, inline code, HTML,
 * front matter and tables are not prose; link text is, link URLs are not.
 */
import type {Nodes, Parents, Root} from 'mdast'
import {fromMarkdown} from 'mdast-util-from-markdown'
import {frontmatter} from 'micromark-extension-frontmatter'
import {frontmatterFromMarkdown} from 'mdast-util-frontmatter'
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table'
import {gfmTable} from 'micromark-extension-gfm-table'
import type {Block, Segment} from '../types.js'
import {proseSegments} from './segments.js'

export interface MarkdownResult {
  blocks: Block[]
  /** Raw front matter (YAML or TOML), if any. */
  frontMatter: string | undefined
  /** Code blocks and inline code, as [start, end) offsets: text shown, never a control comment. */
  code: Array<[number, number]>
}

const skipped = new Set(['code', 'html', 'yaml', 'toml', 'table', 'definition', 'footnoteDefinition', 'thematicBreak'])

/** Parse Markdown (with front matter and GFM tables, which are not prose) into mdast. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, {
    extensions: [frontmatter(['yaml', 'toml']), gfmTable()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmTableFromMarkdown()]
  })
}

/** Blocks of a Markdown file; `tree` may come from a remark pipeline. */
export function markdownBlocks(text: string, tree: Root = parseMarkdown(text)): MarkdownResult {
  const blocks: Block[] = []
  const code: Array<[number, number]> = []
  let frontMatter: string | undefined

  // Depth-first with an explicit stack: blockquotes and lists nested
  // thousands deep must not overflow the call stack.
  const stack: Array<[Nodes, boolean]> = [[tree, false]]
  while (stack.length > 0) {
    const [node, inList] = stack.pop()!
    visitBlock(node, inList)
  }

  return {blocks, frontMatter, code}

  function visitBlock(node: Nodes, inList: boolean): void {
    if (node.type === 'yaml' || (node.type as string) === 'toml') {
      frontMatter ??= (node as {value: string}).value
      return
    }

    if (node.type === 'code' && node.position) code.push([node.position.start.offset!, node.position.end.offset!])
    if (skipped.has(node.type)) return

    if (node.type === 'paragraph' || node.type === 'heading') {
      const segments: Segment[] = []
      inline(node, segments)
      if (segments.length === 0) return
      blocks.push({
        kind: 'other',
        // The block is its prose, without `#` markers or trailing markup.
        start: segments[0]!.start,
        end: segments[segments.length - 1]!.end,
        segments,
        hint: node.type === 'heading' ? 'heading' : inList ? 'list-item' : 'paragraph'
      })
      return
    }

    if ('children' in node) {
      const list = inList || node.type === 'listItem'
      for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index] as Nodes, list])
    }
  }

  function inline(node: Parents, into: Segment[]): void {
    for (const child of node.children) {
      const position = child.position
      if (!position) continue
      const start = position.start.offset!
      const end = position.end.offset!
      switch (child.type) {
        case 'text': {
          proseSegments(text, start, end, into)
          break
        }

        case 'inlineCode': {
          into.push({start, end, source: true})
          code.push([start, end])
          break
        }

        case 'html':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
        case 'break': {
          break
        }

        default: {
          if ('children' in child) inline(child as Parents, into)
        }
      }
    }
  }
}
