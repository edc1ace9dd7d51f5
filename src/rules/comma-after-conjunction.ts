/**
 * comma-after-conjunction: a sentence that opens with a coordinating
 * conjunction and a comma straight after it ("But, it's because ...",
 * "And, the council ..."). The comma is right only where it opens an aside
 * that a second comma closes ("But, of course, ..."); so the rule speaks only
 * when the words after the comma start a clause (a pronoun, an article, a
 * determiner) and no second comma follows within a few words.
 */
import {eachSentence} from '../model/words.js'
import type {Check, RuleModule} from '../types.js'

interface Options {
  conjunctions: string[]
}

// Words that start a clause, not an aside ("of course", "in fact", "however").
const clauseStart = new Set(
  "i you he she it we they there this that these those the a an his her its our their my your it's he's she's we're they're there's that's i'm we've they've i've".split(' ')
)

export const commaAfterConjunction: RuleModule<Options> = {
  id: 'comma-after-conjunction',
  create({options}): Check {
    const conjunctions = new Set(options.conjunctions.map((item) => item.toLowerCase()))
    return (model, report) => {
      eachSentence(model, (tokens, block) => {
        const first = tokens[0]
        const next = tokens[1]
        if (!first || !next || !conjunctions.has(first.lower)) return
        if (block.kind === 'headline' || block.kind === 'caption') return
        const between = model.text.slice(first.end, next.start)
        if (!/^,\s+$/.test(between)) return
        if (!clauseStart.has(next.lower.replace('’', "'"))) return
        // "But, he said, the plan failed": a second comma within a few words closes an aside.
        const soon = tokens[Math.min(tokens.length - 1, 5)]!
        if (model.text.slice(next.end, soon.end).includes(',')) return
        report({
          start: first.start,
          end: first.end + 1,
          actual: model.text.slice(first.start, first.end + 1),
          expected: [first.value],
          reason: `Unexpected comma after \`${first.value}\` opening the sentence: a conjunction takes no comma unless an aside follows`,
          note: 'AP Stylebook and Chicago Manual of Style: no comma after a conjunction that begins a sentence, except before a parenthetical element.'
        })
      })
    }
  }
}
