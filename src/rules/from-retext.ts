/**
 * Run a proven retext plugin as a copydesk rule: its transformer walks the
 * document's shared nlcst tree (already in original-file positions), and
 * each message it leaves becomes a finding under copydesk's id, severity
 * and config. Messages outside prose cannot happen: the tree holds prose only.
 *
 * Speed: unist-util-visit costs about 1 µs per node (it names a closure per
 * node for stack traces), so a plugin walking every node of every sentence
 * cost 1-2.5 s per million words. `select` hands the plugin only the
 * paragraphs or sentences that could make it fire (a superset, decided from
 * the shared word tokens), in a tree of the same shape.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import {VFile} from 'vfile'
import {sentenceWords, type Token} from '../model/words.js'
import type {Check, DocumentModel, RuleModule} from '../types.js'

type Transformer = (tree: Root, file: VFile) => void
// Any plugin's own option type: copydesk has already checked them against the rule file.
type Plugin = (options?: never) => Transformer

export interface RetextRuleOptions<Options> {
  /** Drop messages another rule owns (return true to drop). */
  skip?: (model: DocumentModel, start: number, end: number) => boolean
  /** Keep a paragraph for the plugin: the whole of it, some of its sentences, or nothing. */
  select?: (paragraph: Paragraph, options: Options) => Paragraph | undefined
}

/** A `select` that keeps the sentences whose words pass `test`. */
export function sentencesWith(test: (tokens: Token[]) => boolean): (paragraph: Paragraph) => Paragraph | undefined {
  return (paragraph) => {
    const kept = paragraph.children.filter((child) => child.type === 'SentenceNode' && test(sentenceWords(child as Sentence)))
    if (kept.length === 0) return undefined
    return kept.length === paragraph.children.length ? paragraph : {...paragraph, children: kept}
  }
}

export function fromRetext<Options>(id: string, plugin: Plugin, rule: RetextRuleOptions<Options> = {}): RuleModule<Options> {
  const skip = rule.skip ?? (() => false)
  return {
    id,
    create({options}): Check {
      const transform = plugin(options as never)
      return (model, report) => {
        const tree = rule.select ? selected(model, (paragraph) => rule.select!(paragraph, options)) : model.tree
        if (tree.children.length === 0) return
        const scratch = new VFile({value: model.text})
        transform(tree, scratch)
        // Selected pieces may overlap (windows around neighbouring words): report each place once.
        const seen = new Set<string>()
        for (const message of scratch.messages) {
          const place = message.place
          const start = place && 'start' in place ? place.start.offset : place?.offset
          const end = place && 'end' in place ? place.end.offset : start
          if (start === undefined || end === undefined || model.inQuote(start) || skip(model, start, end)) continue
          const key = `${start}:${end}:${message.reason}`
          if (seen.has(key)) continue
          seen.add(key)
          report({
            start,
            end,
            reason: message.reason,
            ...(message.actual === undefined ? {} : {actual: message.actual}),
            ...(message.expected === undefined ? {} : {expected: message.expected})
          })
        }
      }
    }
  }
}

function selected(model: DocumentModel, select: (paragraph: Paragraph) => Paragraph | undefined): Root {
  const children: Paragraph[] = []
  for (const block of model.blocks) {
    if (!block.node) continue
    const kept = select(block.node)
    if (kept) children.push(kept)
  }

  return {type: 'RootNode', children}
}
