/**
 * missing-verb: a body sentence whose main clause has no finite verb. Two
 * shapes, both built for precision over recall:
 * - a dropped reporting verb: "<speaker> that <clause>" ("John Kirby that
 *   Netanyahu brings up...") → "<speaker> said that";
 * - a subject followed only by a relative or participial clause ("The
 *   committee, which met for six hours on Tuesday.").
 * Quotations, brackets and datelines are not the main clause; headlines,
 * captions, bylines and list items are never checked (see `bodySentences`).
 */
import {
  bodySentences,
  commaParts,
  isClauseBoundary,
  isParticiple,
  isSubjectPhrase,
  irregularParticiples,
  isVerb,
  pastOrParticiple,
  mainWords,
  verbGroups
} from '../model/clauses.js'
import type {Tagged} from '../model/tagger.js'
import type {Check, Finding, RuleModule} from '../types.js'

interface Options {
  /** Common nouns that speak in news copy ("the minister that..."). */
  speakers: string[]
  /** Nouns after which "that" is a determiner ("that day"), not a conjunction. */
  timeNouns: string[]
  /** Adverbs that open a sentence before its subject ("Meanwhile, ..."). */
  openers: string[]
}

// Openers of a deliberate verbless sentence: a greeting or a thanks.
const greetings = /^(?:congrats|congratulations|thanks|kudos|cheers|welcome|farewell|goodbye|hats|bravo|shout-?out)$/
// Cheap tests on the raw sentence, so only likely candidates are tagged.
const maybeThat = /\bthat\b/
// A sentence cut at an abbreviation ("Question No. 1") or not ended at all is not judged.
const ending = /(?<![\s(](?:No|Nos|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|St|Co|Corp|Inc|Ltd|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Sgt|Mt|Ft|Ave|vs|\p{Lu}))[.!]["”’')]*\s*$/u
// Words the tagger always calls a pronoun or a finite verb: a part holding one is not a subject.
const notInSubject = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'who', 'whom', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'said', 'says', 'told', 'would', 'could', 'should', 'did'])
// Words that may stand before the participle of a fragment ("The two reports, both published last year.").
const leadIns = 'both|all|each|now|once|originally|recently|newly|since'
const leadIn = new RegExp(`^(?:${leadIns})$`)
const maybeRelative = new RegExp(
  String.raw`,\s*(?:(?:${leadIns})\s+)?(?:which|who|whose|\p{Ll}+(?:ing|ed|en)|${[...irregularParticiples, ...pastOrParticiple].join('|')})\b`,
  'u'
)

/** Words as the text writes them: a space only where the text has one ("the town's", not "the town 's"). */
function spoken(words: Tagged[]): string {
  return words.map((word, index) => (index > 0 && word.start > words[index - 1]!.end ? ' ' : '') + word.value).join('')
}

export const missingVerb: RuleModule<Options> = {
  id: 'missing-verb',
  create({options}): Check {
    const speakers = new Set(options.speakers)
    const timeNouns = new Set(options.timeNouns)
    const openers = new Set(options.openers)

    return (model, report) => {
      for (const {sentence, block, text, start} of bodySentences(model)) {
        if (model.inQuote(start) || !ending.test(text)) continue
        const that = maybeThat.test(text) && mayHaveSpeaker(text)
        const relative = maybeRelative.test(text) && mayBeSubjectOnly(text)
        if (!that && !relative) continue
        const words = mainWords(model, sentence, block, text, start)
        if (words.length < 4) continue
        const finding = (that ? droppedVerb(words) : undefined) ?? (relative ? subjectOnly(words) : undefined)
        if (finding) report(finding)
      }
    }

    /**
     * Before tagging (the costly step), what `speaks` needs in the words
     * before "that": a speaking noun, or a capitalized word after the first.
     */
    function mayHaveSpeaker(text: string): boolean {
      // The subject is one comma-separated part before "that": at most 12
      // words, none a pronoun or an unambiguous finite verb, headed by a
      // speaking noun or a name of two words or more.
      for (const part of text.slice(0, text.search(maybeThat)).split(',')) {
        const words = part.match(/[\p{L}\p{N}’'.-]+/gu) ?? []
        if (words.length === 0 || words.length > 12 || words.some((word) => notInSubject.has(word.toLowerCase()))) continue
        if (words.some((word, index) => speakers.has(word.toLowerCase()) || (/^\p{Lu}/u.test(word) && (index > 0 || /\p{L}['’.-]\p{L}/u.test(word))))) return true
      }

      return false
    }

    /**
     * Before tagging, what `subjectOnly` needs of the main clause: one
     * comma, a subject of at most 8 words before it, no semicolon or colon.
     */
    function mayBeSubjectOnly(text: string): boolean {
      // Quotations and brackets are not the main clause: drop the balanced ones;
      // anything still open, a dash or a single-quoted quotation is left to the tagged check.
      text = text.replace(/"[^"]*"|“[^”]*”|\([^()]*\)|\[[^[\]]*\]/g, ' ')
      if (/["“”‘()[\]—–]|\s[-'’]|^'/.test(text)) return true
      // Thousands separators ("2,000") are not clause commas.
      const commas = [...text.matchAll(/,(?!\d{3})/g)]
      return commas.length === 1 && !/[;:]/.test(text) && (text.slice(0, commas[0]!.index).match(/\S+/g)?.length ?? 0) <= 8
    }

    /** "<speaker> [, aside,] that <clause>" with no verb before "that". */
    function droppedVerb(words: Tagged[]): Finding | undefined {
      const at = words.findIndex((word, index) => index > 0 && word.value === 'that')
      if (at < 0) return undefined
      const parts = commaParts(words.slice(0, at))
      // "..., that": the comma closes an aside ("The minister, speaking on
      // Monday, that..."); without an aside the comma makes "that" a pronoun.
      const afterComma = parts.length > 1 && parts.at(-1)![0] === at
      if (afterComma) parts.pop()
      // An opening adverbial ("On Monday, ..."; "Meanwhile, ...") is not the subject.
      let first = 0
      while (first < parts.length - 1 && opensAdverbial(words[parts[first]![0]])) first++
      const asides = parts.slice(first + 1)
      if (afterComma !== asides.length > 0) return undefined
      const [subjectStart, subjectEnd] = parts[first]!
      if (!isSubjectPhrase(words, subjectStart, subjectEnd) || !speaks(words.slice(subjectStart, subjectEnd))) return undefined
      // Asides may hold verbs only as participial or relative clauses.
      for (const [asideStart, asideEnd] of asides) {
        const opening = words[asideStart]!
        const aside = words.slice(asideStart, asideEnd)
        if (aside.some(isVerb) && !isParticiple(opening) && !/^(?:who|which|whose)$/.test(opening.lower)) return undefined
      }

      const next = words[at + 1]
      // An -ing word before a noun describes it ("that waiting times had risen"), whatever the tagger says.
      const describing = next && next.pos === 'VERB' && /ing$/.test(next.lower) && words[at + 2]?.pos === 'NOUN'
      if (!next || (!describing && (isVerb(next) || !['PROPN', 'PRON', 'DET', 'NOUN', 'ADJ', 'NUM'].includes(next.pos)))) return undefined
      if (timeNouns.has(next.lower)) return undefined
      const groups = verbGroups(words, at + 1)
      if (groups.length === 0) return undefined
      // Two verbs with no clause boundary between them: "that" opened a
      // relative clause and the second verb is the main one ("The Act that
      // Congress passed in 2010 requires...").
      for (let index = 1; index < groups.length; index++) {
        if (!newClause(words.slice(groups[index - 1]![1] + 1, groups[index]![0]))) return undefined
      }

      const subject = spoken(words.slice(subjectStart, subjectEnd))
      const word = words[at]!
      return {
        start: word.start,
        end: word.end,
        actual: word.value,
        expected: ['said that'],
        reason: `The sentence has no main verb: \`${subject}\` is followed by \`that\`; a reporting verb such as \`said\` seems to be missing`
      }
    }

    /**
     * Can this noun phrase be a speaker? Its head is a name or a speaking
     * noun ("the minister"); the head of "A spokesman for the ministry" is
     * "spokesman", of "Secretary of State Antony Blinken" the name. A lone
     * capitalized word opening the sentence is not taken for a name ("Note
     * that...", "Reports that...").
     */
    function speaks(phrase: Tagged[]): boolean {
      const preposition = phrase.findIndex((word) => word.pos === 'ADP')
      const titled = preposition > 0 && phrase.slice(0, preposition).every((word) => /^\p{Lu}/u.test(word.value))
      const head = preposition > 0 && !titled ? phrase[preposition - 1]! : phrase.at(-1)!
      if (speakers.has(head.lower)) return true
      return head.pos === 'PROPN' && /^\p{Lu}/u.test(head.value) && phrase.length > 1
    }

    /** "<subject>, which/who ..." or "<subject>, <participle> ..." to the end of the sentence. */
    function subjectOnly(words: Tagged[]): Finding | undefined {
      const parts = commaParts(words)
      // A third part after the clause almost always holds the main verb, even when the tagger misses it.
      if (parts.length !== 2) return undefined
      const [subjectStart, subjectEnd] = parts[0]!
      if (!isSubjectPhrase(words, subjectStart, subjectEnd, 8)) return undefined
      const [clauseStart, clauseEnd] = parts[1]!
      const opening = words[clauseStart]
      if (!opening) return undefined
      let kind: string
      if (/^(?:who|which|whose)$/.test(opening.lower)) kind = 'a relative clause'
      else if (participial(words, clauseStart) && onlyParticiples(words, clauseStart, clauseEnd)) kind = 'a participial phrase'
      else return undefined
      // A dash pair ("--" too) sets off an aside the main verb may follow ("Trump, who ... -- a trait ... -- also pounced").
      if (words.some((word) => /^(?:[;:—–]|--)$/.test(word.value))) return undefined
      const first = words[subjectStart]!
      // A greeting is a deliberate fragment ("Congrats to Gwyneth Paltrow, who ...").
      if (greetings.test(first.lower)) return undefined
      const last = words[subjectEnd - 1]!
      const subject = spoken(words.slice(subjectStart, subjectEnd))
      return {
        start: first.start,
        end: last.end,
        actual: subject,
        expected: [],
        reason: `The sentence has no main verb: \`${subject}\` is followed only by ${kind}`
      }
    }

    /**
     * Past the opening participle, the phrase holds no verb but participles joined to it by "and" or "or"
     * ("built across the river in the 1950s and repaired twice since").
     */
    function onlyParticiples(words: Tagged[], start: number, end: number): boolean {
      const opening = isParticiple(words[start]!, words[start + 1]) ? start : start + 1
      for (let index = opening + 1; index < end; index++) {
        const word = words[index]!
        if (!isVerb(word)) continue
        if (!isParticiple(word) || !/^(?:and|or)$/.test(words[index - 1]?.lower ?? '')) return false
      }

      return true
    }

    /**
     * A participle opens the phrase, perhaps after "both", "all" or an adverb ("both published last year");
     * the tagger calls some -ing forms nouns ("meeting for six hours").
     */
    function participial(words: Tagged[], index: number): boolean {
      const word = words[index]!
      if (isParticiple(word, words[index + 1])) return true
      if (leadIn.test(word.lower) && words[index + 1] && isParticiple(words[index + 1]!, words[index + 2])) return true
      const next = words[index + 1]
      return word.pos === 'NOUN' && /^\p{Ll}+ing$/u.test(word.value) && Boolean(next && ['ADP', 'DET', 'PRON', 'NUM'].includes(next.pos))
    }

    /**
     * Do the words between two verbs start a new clause? A boundary word
     * does ("had fled before officers arrived"), and so does a new subject
     * right after the first verb ("thinks Israel is making"); a phrase such
     * as "in 2010" does not ("passed in 2010 requires").
     */
    function newClause(between: Tagged[]): boolean {
      if (between.some(isClauseBoundary)) return true
      const first = between[0]
      if (!first) return false
      if (first.pos === 'PRON') return true
      return (first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN') && !timeNouns.has(between[1]?.lower ?? first.lower) && !/^(?:last|next|this)$/.test(first.lower)
    }

    function opensAdverbial(word: Tagged | undefined): boolean {
      return Boolean(word && (word.pos === 'ADP' || word.pos === 'SCONJ' || word.pos === 'ADV' || openers.has(word.lower)))
    }
  }
}
