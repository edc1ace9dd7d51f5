/**
 * retext plugins wired in as copydesk rules (see `fromRetext`).
 */
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextRedundantAcronyms from 'retext-redundant-acronyms'
import retextSentenceSpacing from 'retext-sentence-spacing'
import {fromRetext} from './from-retext.js'

// "a a thing" is a doubled word (repeated-words), not a wrong article.
export const indefiniteArticle = fromRetext('indefinite-article', retextIndefiniteArticle, (model, _start, end) =>
  /^\s+an?\b/i.test(model.text.slice(end, end + 8))
)
export const redundantAcronyms = fromRetext('redundant-acronyms', retextRedundantAcronyms)
export const sentenceSpacing = fromRetext<{preferred: number}>('sentence-spacing', retextSentenceSpacing)
