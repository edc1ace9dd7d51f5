/**
 * article-before-verb: an article before a verb form used as a noun ("It's
 * not a lecturing, it's a reminder"). The -ing word must be one the
 * dictionary knows but never as a count noun (no "lecturings"; "a meeting",
 * "a building" are nouns), and the phrase must end there: at a sentence's
 * end, or at a comma before a new clause ("it's", "he", "but"). Before a
 * noun or after a comma and more description, the -ing word is an adjective
 * ("a sprawling, ugly metropolis"). The fix offered drops the article; the
 * noun ("a lecture") is the writer's to choose.
 */
import {dictionary} from '../data/dictionary.js'
import {eachSentence} from '../model/words.js'
import type {Check, RuleModule} from '../types.js'

// What may follow the comma: the start of a new clause, not more description.
const clauseAfterComma = /^,\s+(?:it|it['’]s|he|she|they|we|i|this|that|there|but|and|or|so|yet)\b/i
const phraseEnd = /^\s*[.!?;:]/

export const articleBeforeVerb: RuleModule<Record<string, never>> = {
  id: 'article-before-verb',
  create(): Check {
    return (model, report) => {
      const words = dictionary()
      eachSentence(model, (tokens, block) => {
        if (block.kind !== 'body' && block.kind !== 'list-item') return
        for (let index = 0; index + 1 < tokens.length; index++) {
          const article = tokens[index]!
          const verb = tokens[index + 1]!
          if ((article.lower !== 'a' && article.lower !== 'an') || !/^[a-z]+ing$/.test(verb.value)) continue
          const after = model.text.slice(verb.end, verb.end + 12)
          if (!phraseEnd.test(after) && !clauseAfterComma.test(after)) continue
          if (!words.known(verb.value) || words.known(`${verb.value}s`)) continue
          report({
            start: article.start,
            end: verb.end,
            actual: model.text.slice(article.start, verb.end),
            // The dictionary cannot tell a noun ("lecture") from a verb ("remind"): the noun is the writer's to choose.
            expected: [verb.value],
            reason: `Unexpected article before the verb form \`${verb.value}\`: drop the article, or use a noun ("a lecture" for "a lecturing")`
          })
        }
      })
    }
  }
}
