/**
 * duplicate-text: a line, caption or paragraph printed twice (a CMS paste
 * artifact), reported at the copy. When the two copies stand next to each
 * other with only white space between, the fix removes the copy and the line
 * break before it, and nothing else; a copy further on is reported without a fix.
 */
import type {Block, Check, DocumentModel, Finding, RuleModule} from '../types.js'

interface Options {
  /** Fewest words a block needs: a repeated one-word line ("Ha!") is a refrain. */
  minWords: number
  /** Fewest words a copy needs when other blocks stand between it and the original. */
  minWordsApart: number
  /** How many blocks back a copy is looked for. */
  window: number
  /** Above this many copies in one file the copies are one message: an export that doubles every caption. */
  maxReports: number
}

export const duplicateText: RuleModule<Options> = {
  id: 'duplicate-text',
  create({options}): Check {
    return (model, report) => {
      const found = copies(model, options)
      if (found.length <= options.maxReports) {
        for (const finding of found) report(finding)
        return
      }

      // Systematic doubling (a gallery widget that prints each caption twice) is one problem, told once.
      const lines = found.slice(1).map((finding) => model.lines.point(finding.end).line)
      report({
        ...found[0]!,
        expected: [],
        reason: `Unexpected repeated text: ${found.length} blocks are printed twice, the first copy here, the others at lines ${lines.slice(0, 5).join(', ')}${lines.length > 5 ? ', …' : ''}`,
        note: 'So many copies in one file usually come from an export or a widget that doubles each caption or paragraph.'
      })
    }
  }
}

/** Every copy of an earlier block, with its fix where the copies are adjacent. */
function copies(model: DocumentModel, options: Options): Finding[] {
  const found: Finding[] = []
  const {text, blocks} = model
  const keys = blocks.map((block) => key(text, block, options.minWords))
  for (const [index, block] of blocks.entries()) {
    const value = keys[index]
    if (!value) continue
    let earlier = -1
    for (let back = index - 1; back >= Math.max(0, index - options.window); back--) {
      if (keys[back] === value) {
        earlier = back
        break
      }
    }

    if (earlier === -1) continue
    const original = blocks[earlier]!
    const adjacent = earlier === index - 1 && /^\s*$/.test(text.slice(original.end, block.start))
    // Apart, only a paragraph of prose counts: a line that recurs a few blocks on is structure
    // ("To the editor:" over each letter, a video title over its player), not a paste.
    if (!adjacent && (block.kind !== 'body' || value.split(' ').length < options.minWordsApart)) continue
    // Adjacent: remove the break before the copy and the copy, so three copies in a row are two edits that do not overlap.
    const start = adjacent ? original.end : block.start
    const end = block.end
    const where = model.lines.point(original.start).line
    const what = block.kind === 'caption' ? 'caption' : block.kind === 'body' ? 'paragraph' : 'line'
    found.push({
      start,
      end,
      actual: text.slice(start, end),
      expected: adjacent && model.plain(block.start, block.end) ? [''] : [],
      reason: `Unexpected repeated ${what}: the same text stands at line ${where}${adjacent ? ', remove the copy' : ''}`
    })
  }

  return found
}

/** The block's words, white space folded; undefined for lists, short refrains and lines without letters. */
function key(text: string, block: Block, minWords: number): string | undefined {
  if (block.kind === 'list-item' || !block.node) return undefined
  const value = text.slice(block.start, block.end).replace(/\s+/gu, ' ').trim()
  if (!/\p{L}/u.test(value)) return undefined
  if (value.split(' ').length < minWords) return undefined
  return value
}
