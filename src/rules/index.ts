/**
 * Registry of rule modules. Each has its settings in `rules/<id>.yml`.
 * Please keep this list sorted by id.
 */
import type {RuleModule} from '../types.js'
import {abbreviationConsistency} from './abbreviation-consistency.js'
import {articleBeforeVerb} from './article-before-verb.js'
import {capitalization} from './capitalization.js'
import {commaAfterConjunction} from './comma-after-conjunction.js'
import {duplicateText} from './duplicate-text.js'
import {ellipsisRule} from './ellipsis.js'
import {missingEndPunctuation} from './missing-end-punctuation.js'
import {missingVerb} from './missing-verb.js'
import {nameConsistency} from './name-consistency.js'
import {dateCheck} from './date-check.js'
import {indefiniteArticle, redundantAcronyms, sentenceSpacing} from './retext-plugins.js'
import {officeholder} from './officeholder.js'
import {officialTitle} from './official-title.js'
import {personName} from './person-name.js'
import {quoteBalance} from './quote-balance.js'
import {relativeClauseComma} from './relative-clause-comma.js'
import {repeatedQuote} from './repeated-quote.js'
import {repeatedWords} from './repeated-words.js'
import {spaceBeforePunctuation} from './space-before-punctuation.js'
import {spelling} from './spelling.js'
import {spellingConsistency} from './spelling-consistency.js'
import {terminology} from './terminology.js'
import {whitespace} from './whitespace.js'

export const modules: RuleModule[] = [
  abbreviationConsistency,
  articleBeforeVerb,
  capitalization,
  commaAfterConjunction,
  dateCheck,
  duplicateText,
  ellipsisRule,
  indefiniteArticle,
  missingEndPunctuation,
  missingVerb,
  nameConsistency,
  officeholder,
  officialTitle,
  personName,
  quoteBalance,
  redundantAcronyms,
  relativeClauseComma,
  repeatedQuote,
  repeatedWords,
  sentenceSpacing,
  spaceBeforePunctuation,
  spelling,
  spellingConsistency,
  terminology,
  whitespace
]
