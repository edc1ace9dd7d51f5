/**
 * missing-end-punctuation: a body paragraph whose last sentence has no
 * terminal punctuation ("...The Times of Israel reported citing an Israeli
 * official"). Headlines, captions, bylines, datelines and list items are
 * left alone by design (see `classify`): they are written without it, and so
 * is what a web page appends to a paragraph (a promotion, a signature).
 */
import type {Check, RuleModule} from '../types.js'

// Ends a sentence, optionally followed by closing quotes or brackets.
const terminal = /[.!?…:;]["”’'»)\]]*$/
// Only a paragraph that stops on a word, a number or a closing mark is taken
// as cut short; one ending in a dash or an emoji was ended on purpose.
const endsOnWord = /[\p{L}\p{N}%]["”’'»)\]]*$/u
// What a web page appends to a paragraph: a promotion ("... Join us on Twitter and Facebook"), a
// reader's first name signing the reader's words ("... we lost our way. Gary").
const appended = /(?:Join us on Twitter and Facebook|[.!?]["”’]?\s+\p{Lu}\p{Ll}+)$/u

export const missingEndPunctuation: RuleModule<Record<string, never>> = {
  id: 'missing-end-punctuation',
  create(): Check {
    return (model, report) => {
      for (const block of model.blocks) {
        if (block.kind !== 'body') continue
        const last = block.segments.at(-1)
        if (!last || last.source) continue
        const text = model.text.slice(block.start, last.end).trimEnd()
        if (terminal.test(text) || !endsOnWord.test(text) || appended.test(text)) continue
        const end = block.start + text.length
        const word = /[^\s]+$/.exec(text)![0]
        report({
          start: end - word.length,
          end,
          actual: word,
          expected: [word + '.'],
          reason: `The paragraph ends without terminal punctuation after \`${word}\``
        })
      }
    }
  }
}
