/**
 * relative-clause-comma: a "who" clause after a name, without commas. After
 * a name the clause can only add information (non-restrictive), so it takes
 * commas: "Blinken who was in Israel on October 12 returned..." → "Blinken,
 * who was in Israel on October 12, returned...". Only subjects are checked,
 * and only when the main verb after the clause can be found, so the fix puts
 * both commas in the right place.
 */
import {bodySentences, isClauseBoundary, mainWords, verbGroups} from '../model/clauses.js'
import type {Tagged} from '../model/tagger.js'
import type {Check, Finding, RuleModule} from '../types.js'

const maybe = /\p{Lu}[\p{L}.'’-]*\s+who\s/u

export const relativeClauseComma: RuleModule<Record<string, never>> = {
  id: 'relative-clause-comma',
  create(): Check {
    return (model, report) => {
      for (const {sentence, block, text, start} of bodySentences(model)) {
        if (!maybe.test(text)) continue
        const words = mainWords(model, sentence, block, text, start)
        const at = words.findIndex((word, index) => word.lower === 'who' && index > 0 && words[index - 1]!.pos === 'PROPN')
        if (at < 0) continue
        const finding = check(words, at)
        if (finding) report(finding)
      }

      function check(words: Tagged[], at: number): Finding | undefined {
        // The name: the run of capitalized proper nouns before "who".
        let first = at - 1
        while (first > 0 && words[first - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(words[first - 1]!.value)) first--
        const name = words.slice(first, at)
        if (!name.every((word) => /^\p{Lu}/u.test(word.value))) return undefined
        // "the Americans who", "those Smiths who": a class, so restrictive.
        const before = words[first - 1]
        if (before && (before.pos === 'DET' || before.pos === 'PRON' || before.pos === 'ADJ')) return undefined
        // Subjects only: no verb before the name ("It was Blinken who..."; "asked Blinken who...").
        if (words.slice(0, first).some((word) => word.pos === 'VERB' || word.pos === 'AUX' || word.value === ',')) return undefined
        // A lone plural-looking name is usually a group ("Democrats who").
        if (name.length === 1 && /s$/.test(name[0]!.value)) return undefined
        // The clause's verb comes right after "who" (the tagger may call a
        // past form such as "retired" an adjective); the main verb is the
        // next verb group, with no boundary word between.
        const verb = words[at + 1]
        if (!verb || !(verb.pos === 'VERB' || verb.pos === 'AUX' || /^\p{Ll}+ed$/u.test(verb.value))) return undefined
        let clauseVerbEnd = at + 1
        while (words[clauseVerbEnd + 1] && (words[clauseVerbEnd + 1]!.pos === 'VERB' || words[clauseVerbEnd + 1]!.pos === 'AUX')) clauseVerbEnd++
        const main = verbGroups(words, clauseVerbEnd + 1)[0]
        if (!main) return undefined
        const [mainStart] = main
        const between = words.slice(clauseVerbEnd + 1, mainStart)
        if (between.length === 0 || between.some(isClauseBoundary) || between.some((word) => word.pos === 'PRON')) return undefined
        let close = mainStart
        while (close - 1 > clauseVerbEnd && words[close - 1]!.pos === 'ADV') close--
        const last = words[close - 1]!
        const head = words[first]!
        const lastName = words[at - 1]!
        const clause = model.text.slice(words[at]!.start, last.end)
        const actual = model.text.slice(head.start, last.end)
        return {
          start: head.start,
          end: last.end,
          actual,
          expected: [`${model.text.slice(head.start, lastName.end)}, ${clause},`],
          reason: `Set off the clause \`${clause}\` with commas: after a name it adds information and does not restrict`
        }
      }
    }
  }
}
