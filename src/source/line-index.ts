/**
 * Offset ↔ line/column for one file. Columns count UTF-16 code units, as
 * unified, vfile and LSP do; lines break at CRLF, CR or LF.
 */
import type {Point} from 'unist'

export class LineIndex {
  /** Offset at which each line starts. */
  readonly starts: number[] = [0]
  private last = 0

  constructor(readonly text: string) {
    const lineBreak = /\r\n|\r|\n/g
    let match: RegExpExecArray | null
    while ((match = lineBreak.exec(text))) this.starts.push(match.index + match[0].length)
  }

  /** The point at `offset`; lookups that move forward are O(1) amortized. */
  point(offset: number): Point & {offset: number} {
    const starts = this.starts
    let line = this.last
    if (starts[line]! > offset) line = 0
    if (line + 1 < starts.length && starts[line + 1]! <= offset) {
      // Jump by binary search when far away, step when near.
      if (line + 8 < starts.length && starts[line + 8]! <= offset) {
        let low = line
        let high = starts.length - 1
        while (low < high) {
          const mid = (low + high + 1) >> 1
          if (starts[mid]! <= offset) low = mid
          else high = mid - 1
        }

        line = low
      } else {
        while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
      }
    }

    this.last = line
    return {line: line + 1, column: offset - starts[line]! + 1, offset}
  }

  /** The offset of a 1-based `line` and `column`. */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.text.length) + column - 1
  }
}
