/**
 * Compile SCOWL's word lists (Debian package `scowl`, /usr/share/dict/scowl)
 * into `rules/data/spelling-words.json` for the spelling rule:
 *
 * - `common`: the commonest words of four letters or more (size 10), looked up
 *   first from a small set: most words of a story are among them;
 * - `frequent`: lower-case words of SCOWL size 50 or less, the common words a
 *   typo is corrected to;
 * - `rare`: the other lower-case words up to size 80 (known, so never flagged,
 *   but never offered as a fix);
 * - `names`: proper names and capitalized words up to size 80, lower-cased
 *   (Johnston is a name, not a typo for Johnson);
 * - `other`: known forms with an apostrophe or a letter outside a-z.
 *
 * Every dialect's list goes in (American, British, -ize British, Canadian,
 * Australian and their variants): which dialect a story uses is the
 * spelling-consistency rule's business, not this one's. Sizes 95 and up are
 * left out: they hold misspellings ("entrepeneur") kept for completeness.
 *
 * The a-z words are stored by length, sorted, each length as one string of
 * equal-width entries, so the rule finds a word by binary search in place,
 * without splitting 300,000 strings at start-up.
 *
 * Usage: node dist/scripts/spelling-words.js [/usr/share/dict/scowl] [out.json]
 */
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

const [folder = '/usr/share/dict/scowl', output = 'rules/data/spelling-words.json'] = process.argv.slice(2)

const frequentSize = 50
const knownSize = 80
const lists = readdirSync(folder)
  .map((name) => /^(.+)-(words|contractions|proper-names|upper|abbreviations)\.(\d+)$/.exec(name))
  .filter((match): match is RegExpExecArray => match !== null)
  .filter((match) => Number(match[3]) <= knownSize)

const common = new Set<string>()
const frequent = new Set<string>()
const rare = new Set<string>()
const names = new Set<string>()
const other = new Set<string>()

for (const [name, , kind, size] of lists) {
  for (const word of readFileSync(path.join(folder, name!), 'utf8').split('\n')) {
    if (!word || /['’]s$/.test(word)) continue
    if (kind === 'proper-names' || kind === 'upper' || kind === 'abbreviations' || /\p{Lu}/u.test(word)) {
      const lower = word.toLowerCase()
      if (/^[a-z]+$/.test(lower)) names.add(lower)
      continue
    }

    // `cliche` for `cliché`, `naive` for `naïve`: American copy drops the accents.
    const plain = word.normalize('NFD').replace(/\p{M}/gu, '')
    if (plain !== word && /^[a-z]+$/.test(plain)) rare.add(plain)
    if (!/^[a-z]+$/.test(word)) other.add(word)
    else if (Number(size) <= frequentSize) frequent.add(word)
    if (Number(size) <= 10 && /^(?:english|american|british)$/.test(name!.replace(/-(?:words|contractions)\.\d+$/, '')) && /^[a-z]{4,}$/.test(word)) common.add(word)
    else rare.add(word)
  }
}

for (const word of frequent) rare.delete(word)

/** Words grouped by length, each group one sorted string of equal-width entries. */
function byLength(words: Set<string>): Record<string, string> {
  const groups: Record<string, string[]> = {}
  for (const word of words) (groups[word.length] ??= []).push(word)
  return Object.fromEntries(Object.entries(groups).map(([length, group]) => [length, group.sort().join('')]))
}

const readme = readFileSync('/usr/share/doc/scowl/copyright', 'utf8')
const licence = readme.slice(readme.indexOf('The collective work'), readme.indexOf('Alan Beale')).trim()
// Written as ASCII (other letters as \u escapes), so the rule reads it as latin1 without
// validating 2.7 MB of UTF-8: 2 ms instead of 8 at start-up.
writeFileSync(
  output,
  JSON.stringify({
    source: `SCOWL word lists (Debian package scowl, ${folder}), sizes up to ${knownSize}; frequent = size ${frequentSize} or less`,
    licence,
    common: [...common].sort().join(' '),
    frequent: byLength(frequent),
    rare: byLength(rare),
    names: byLength(names),
    other: [...other].sort().join(' ')
  }).replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n'
)
console.error(`wrote ${common.size} common, ${frequent.size} frequent, ${rare.size} rare, ${names.size} names, ${other.size} other words to ${output}`)
