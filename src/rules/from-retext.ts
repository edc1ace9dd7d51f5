/**
 * Run a proven retext plugin as a copydesk rule: its transformer walks the
 * document's shared nlcst tree (already in original-file positions), and
 * each message it leaves becomes a finding under copydesk's id, severity
 * and config. Messages outside prose cannot happen: the tree holds prose only.
 */
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import type {Check, DocumentModel, RuleModule} from '../types.js'

type Transformer = (tree: Root, file: VFile) => void
// Any plugin's own option type: copydesk has already checked them against the rule file.
type Plugin = (options?: never) => Transformer

/** `skip` drops messages another rule owns (returns true to drop). */
export function fromRetext<Options>(
  id: string,
  plugin: Plugin,
  skip: (model: DocumentModel, start: number, end: number) => boolean = () => false
): RuleModule<Options> {
  return {
    id,
    create({options}): Check {
      const transform = plugin(options as never)
      return (model, report) => {
        const scratch = new VFile({value: model.text})
        transform(model.tree, scratch)
        for (const message of scratch.messages) {
          const place = message.place
          const start = place && 'start' in place ? place.start.offset : place?.offset
          const end = place && 'end' in place ? place.end.offset : start
          if (start === undefined || end === undefined || model.inQuote(start) || skip(model, start, end)) continue
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
