/**
 * retext plugins wired in as copydesk rules (see `fromRetext`), each given
 * only the text that could make it fire.
 */
import type {Paragraph, Sentence} from 'nlcst'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextRedundantAcronyms from 'retext-redundant-acronyms'
import retextSentenceSpacing from 'retext-sentence-spacing'
import {eachProse, eachSentence, matchCase, sentenceWords} from '../model/words.js'
import {lowercaseWord} from './capitalization.js'
import {dependencyFile} from '../platform.js'
import type {Check, RuleModule} from '../types.js'
import {fromRetext, sentencesWith} from './from-retext.js'

// "a a thing" is a doubled word (repeated-words), not a wrong article.
const articleFromPlugin = fromRetext('indefinite-article', retextIndefiniteArticle, {
  // Letters spaced out ("b a s i c a l l y") are no article before a word.
  // And where copydesk reads the word as letters ("an mp3"), the plugin's sounding gives way.
  skip: (model, start, end) => {
    const after = model.text.slice(end, end + 24)
    if (/^\s+an?\b/i.test(after) || /^\s+\p{L}\s+\p{L}\b/u.test(after)) return true
    const word = /^\s+([\p{L}\p{N}'’-]+)/u.exec(after)?.[1]
    return word !== undefined && articleFor(word) === model.text.slice(start, end).toLowerCase()
  },
  select: articleWindows
})

// Letters whose names start with a vowel sound: an FBI agent, an LLM, an MP.
const vowelLetters = new Set('AEFHILMNORSX')
// Acronyms said as a word, whatever their letters: "a SQL query" (sequel).
const spoken = new Set(['SQL', 'GIF', 'JPEG', 'GIFs'])
const silentH = /^(?:hour|honest|honou?r|heir)/
const youU = /^(?:uni|use|usu|ure|uti|uk|ubiq|euro|eu|one|once)/

/** `a` or `an` for a word the plugin cannot classify: capitalized or all capitals, or lower case read as letters (mp3). */
function articleFor(value: string): 'a' | 'an' | undefined {
  const head = value.split(/['’-]/, 1)[0]!
  if (spoken.has(head)) return undefined
  // Read as letters: capitals with no vowel after the first letter (LLM, MP3, FBI), or a lower-case token with a digit and no vowel (mp3).
  if (/^\p{Lu}[\p{Lu}\d]{1,4}$/u.test(head) && !/^\p{Lu}[AEIOU]/u.test(head) ? true : /^[b-df-hj-np-tv-z]+\d+$/.test(head)) {
    return vowelLetters.has(head.charAt(0).toUpperCase()) ? 'an' : 'a'
  }

  // A capitalized common noun ("a Error"): sound it as the dictionary word.
  if (/^\p{Lu}\p{Ll}+$/u.test(head) && lowercaseWord(head.toLowerCase())) {
    const lower = head.toLowerCase()
    if (silentH.test(lower)) return 'an'
    if (youU.test(lower)) return 'a'
    return /^[aeiou]/.test(lower) ? 'an' : 'a'
  }

  return undefined
}

/**
 * indefinite-article: retext-indefinite-article for lower-case words, and
 * copydesk's own reading of those it leaves (capitals, acronyms, mp3).
 */
export const indefiniteArticle: RuleModule<Record<string, never>> = {
  id: 'indefinite-article',
  create(context): Check {
    const plugin = articleFromPlugin.create(context)
    return (model, report) => {
      const taken = new Set<number>()
      plugin(model, (finding) => {
        taken.add(finding.start)
        report(finding)
      })
      eachSentence(model, (tokens) => {
        for (let index = 0; index + 1 < tokens.length; index++) {
          const article = tokens[index]!
          if (article.lower !== 'a' && article.lower !== 'an') continue
          const next = tokens[index + 1]!
          if (!next.joined || taken.has(article.start) || model.inQuote(article.start)) continue
          // "the letter A", "Plan A and ...": an article needs a lower-case or capitalized word after it, not a lone letter.
          if (article.value === 'A' && !article.initial) continue
          const wanted = articleFor(next.value)
          if (!wanted || wanted === article.lower) continue
          const fixed = matchCase(article.value, wanted)
          report({
            start: article.start,
            end: article.end,
            actual: article.value,
            expected: [fixed],
            reason: `Unexpected article \`${article.value}\` before \`${next.value}\`, expected \`${fixed}\``
          })
        }
      })
    }
  }
}

/**
 * For indefinite-article: around each `a`/`an`, the nodes the plugin reads
 * (an earlier word, if any, for its sentence-start test; the article; the
 * three siblings that hold the next word), one small sentence each. The
 * plugin then visits a handful of nodes per article instead of every node.
 */
function articleWindows(paragraph: Paragraph): Paragraph | undefined {
  const windows: Sentence[] = []
  for (const sentence of paragraph.children) {
    if (sentence.type !== 'SentenceNode') continue
    const tokens = sentenceWords(sentence)
    if (!tokens.some((token) => token.lower === 'a' || token.lower === 'an')) continue
    const children = sentence.children
    let previousWord: Sentence['children'][number] | undefined
    let word = 0
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!
      if (child.type !== 'WordNode') continue
      // Word nodes and tokens come in the same order.
      const lower = tokens[word++]!.lower
      if (lower === 'a' || lower === 'an') windows.push({type: 'SentenceNode', children: [...(previousWord ? [previousWord] : []), ...children.slice(index, index + 4)]})
      previousWord = child
    }
  }

  return windows.length > 0 ? {type: 'ParagraphNode', children: windows} : undefined
}

const acronymsFromPlugin = fromRetext('redundant-acronyms', retextRedundantAcronyms, {
  // An acronym is written in capitals: "Pin Number Match" is a title, not PIN.
  skip: (model, start) => {
    const word = /^[\p{L}\d&]+/u.exec(model.text.slice(start, start + 12))?.[0] ?? ''
    return word !== word.toUpperCase()
  },
  // An acronym (matched case-insensitively, without apostrophes or dashes)
  // followed by a later word of one of its expansions, perhaps plural.
  select: sentencesWith((tokens) => {
    const table = acronyms()
    if (table === undefined) return true
    return tokens.some((token, index) => {
      const words = table.get(token.lower.replace(/['’-]/g, ''))
      const next = tokens[index + 1]?.lower.replace(/['’-]/g, '')
      return words !== undefined && next !== undefined && singulars(next).some((form) => words.has(form))
    })
  })
})

const spacingBetween = fromRetext<{preferred: number}>('sentence-spacing', retextSentenceSpacing, {
  // The plugin only looks at white space between sentences that is not the preferred run of spaces.
  select: (paragraph: Paragraph, options) => {
    const preferred = options.preferred ?? 1
    return paragraph.children.some((child) => child.type === 'WhiteSpaceNode' && /^ +$/.test(child.value) && child.value.length !== preferred) ? paragraph : undefined
  }
})

// A sentence's end glued to the next ("the table.The room", "you?I looked", "leave;however"): a lower-case
// word of two letters or more (so not U.S., e.g. or an initial), the mark, then a capitalized word or "I".
const glued = /(?<![\p{L}\p{N}.@/_-])(\p{Ll}[\p{Ll}'’]+)([.!?])(["”’)]?)(?=\p{Lu}\p{Ll}+\b|I\b|A\b)|(?<![\p{L}\p{N}.@/_-])(\p{L}[\p{Ll}'’]+)(;)(?=\p{L}{2,})/gu

/**
 * sentence-spacing: the plugin's check of the space between sentences (two
 * spaces where one is preferred), and copydesk's own for no space at all.
 * Abbreviations, initials, decimals and version numbers have no lower-case
 * word before the mark; URLs and addresses are not prose.
 */
export const sentenceSpacing: RuleModule<{preferred: number}> = {
  id: 'sentence-spacing',
  create(context): Check {
    const between = spacingBetween.create(context)
    return (model, report) => {
      between(model, report)
      eachProse(model, (value, offset) => {
        if (!/[.!?;]\p{L}|[.!?]["”’)]\p{L}/u.test(value)) return
        for (const match of value.matchAll(glued)) {
          const mark = (match[2] ?? match[5]!) + (match[3] ?? '')
          const start = offset + match.index + (match[1] ?? match[4]!).length
          const after = /^\p{L}+/u.exec(value.slice(start - offset + mark.length))![0]
          report({
            start,
            end: start + mark.length,
            actual: mark,
            expected: [mark + ' '],
            reason: `Missing space after \`${mark}\`: \`${match[1] ?? match[4]}${mark} ${after}\``
          })
        }
      })
    }
  }
}

/**
 * redundant-acronyms: the plugin's list, and the house's own (`extra` in the
 * rule file: acronyms of the tech and money pages, LLM model, PCB board).
 */
export const redundantAcronyms: RuleModule<{extra: Record<string, string[]>}> = {
  id: 'redundant-acronyms',
  create(context): Check {
    const plugin = acronymsFromPlugin.create(context)
    const extra = new Map(Object.entries(context.options.extra ?? {}).map(([acronym, words]) => [acronym, new Set(words)]))
    return (model, report) => {
      plugin(model, report)
      eachSentence(model, (tokens) => {
        for (let index = 0; index + 1 < tokens.length; index++) {
          const acronym = tokens[index]!
          const words = extra.get(acronym.value.replace(/['’]s$/, ''))
          const next = tokens[index + 1]!
          if (!words || !next.joined || !singulars(next.lower).some((form) => words.has(form))) continue
          report({
            start: acronym.start,
            end: next.end,
            actual: model.text.slice(acronym.start, next.end),
            expected: [acronym.value],
            reason: `Unexpected redundant \`${model.text.slice(acronym.start, next.end)}\`, expected \`${acronym.value}\``
          })
        }
      })
    }
  }
}

let acronymTable: Map<string, Set<string>> | undefined | null

/** A word and the singulars pluralize might give it. */
function singulars(word: string): string[] {
  return [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')]
}

/**
 * The plugin's acronyms and the words that may follow each (its expansions
 * after their first word), read from its schema module, which the package
 * does not export (`ABM: [['antiballistic', 'missile']],`). Undefined if
 * that ever fails: then every sentence is checked, slower but right.
 */
function acronyms(): Map<string, Set<string>> | undefined {
  if (acronymTable === undefined) {
    try {
      const source = dependencyFile('retext-redundant-acronyms', 'lib/schema.js')
      const table = new Map<string, Set<string>>()
      const keys = [...source.matchAll(/^ {2}(?:'([^']+)'|([A-Za-z0-9&]+)):/gm)]
      keys.forEach((match, index) => {
        const body = source.slice(match.index + match[0].length, keys[index + 1]?.index ?? source.length)
        const words = new Set<string>()
        for (const expansion of body.matchAll(/\[([^[\]]*)\]/g)) {
          for (const word of [...expansion[1]!.matchAll(/'([^']*)'/g)].slice(1)) words.add(word[1]!.toLowerCase())
        }

        table.set((match[1] ?? match[2]!).toLowerCase().replace(/['’-]/g, ''), words)
      })
      acronymTable = table.size > 50 && [...table.values()].every((words) => words.size > 0) ? table : null
    } catch {
      acronymTable = null
    }
  }

  return acronymTable ?? undefined
}
