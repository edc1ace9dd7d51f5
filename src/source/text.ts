/**
 * Plain text → blocks. Blocks are runs of non-blank lines; a run whose lines
 * carry no end punctuation at all (caption stacks, bylines over a dateline)
 * is one block per line.
 */
import type {Block} from '../types.js'
import {proseSegments} from './segments.js'

const blank = /^[\s\uFEFF]*$/
// A line that is only an inline-control comment is not prose.
const controlLine = /^\s*<!--[\s\S]*?-->\s*$/
const endsSentence = /[.!?…:;]["”’')\]]*\s*$/
const listMarker = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+/

interface Line {
  start: number
  end: number
  value: string
}

export function textBlocks(text: string): Block[] {
  const lines: Line[] = []
  const lineBreak = /\r\n|\r|\n/g
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0
  let match: RegExpExecArray | null
  while ((match = lineBreak.exec(text))) {
    lines.push({start: from, end: match.index, value: text.slice(from, match.index)})
    from = match.index + match[0].length
  }
  lines.push({start: from, end: text.length, value: text.slice(from)})

  const blocks: Block[] = []
  let group: Line[] = []

  for (const line of lines) {
    if (blank.test(line.value) || controlLine.test(line.value)) {
      flush()
    } else if (listMarker.test(line.value)) {
      // Every list item is a block of its own.
      flush()
      group.push(line)
      flush()
    } else {
      group.push(line)
    }
  }

  flush()
  return blocks

  function flush(): void {
    if (group.length === 0) return
    const perLine = group.length > 1 && !group.some((line) => endsSentence.test(line.value))
    if (perLine) {
      for (const line of group) blocks.push(block([line]))
    } else {
      blocks.push(block(group))
    }

    group = []
  }

  function block(run: Line[]): Block {
    const first = run[0]!
    const last = run[run.length - 1]!
    let start = first.start
    // Leading white space, including no-break spaces, is not part of the block.
    while (start < last.end && /\s/.test(text.charAt(start))) start++
    let end = last.end
    while (end > start && /\s/.test(text.charAt(end - 1))) end--
    const list = listMarker.exec(first.value)
    const segments: Block['segments'] = []
    // The list marker is structure, not prose.
    if (list) start = first.start + list[0].length

    proseSegments(text, start, end, segments)
    return {
      kind: 'other',
      start: list ? first.start + list.index : start,
      end,
      segments,
      hint: list ? 'list-item' : undefined
    }
  }
}
