/**
 * retext plugins wired in as copydesk rules (see `fromRetext`), each given
 * only the text that could make it fire.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import type {Paragraph, Sentence} from 'nlcst'
import retextIndefiniteArticle from 'retext-indefinite-article'
import retextRedundantAcronyms from 'retext-redundant-acronyms'
import retextSentenceSpacing from 'retext-sentence-spacing'
import {sentenceWords} from '../model/words.js'
import {fromRetext, sentencesWith} from './from-retext.js'

// "a a thing" is a doubled word (repeated-words), not a wrong article.
export const indefiniteArticle = fromRetext('indefinite-article', retextIndefiniteArticle, {
  skip: (model, _start, end) => /^\s+an?\b/i.test(model.text.slice(end, end + 8)),
  select: articleWindows
})

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

export const redundantAcronyms = fromRetext('redundant-acronyms', retextRedundantAcronyms, {
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

export const sentenceSpacing = fromRetext<{preferred: number}>('sentence-spacing', retextSentenceSpacing, {
  // The plugin only looks at white space between sentences that is not the preferred run of spaces.
  select: (paragraph: Paragraph, options) => {
    const preferred = options.preferred ?? 1
    return paragraph.children.some((child) => child.type === 'WhiteSpaceNode' && /^ +$/.test(child.value) && child.value.length !== preferred) ? paragraph : undefined
  }
})

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
      const entry = createRequire(import.meta.url).resolve('retext-redundant-acronyms')
      const source = readFileSync(path.join(path.dirname(entry), 'lib/schema.js'), 'utf8')
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
