/**
 * Compile the Hunspell en_US dictionary of SCOWL (npm `dictionary-en`, a dev
 * dependency) into `rules/data/lowercase-words.json`: the stems the
 * dictionary knows only in lower case (press, briefing; not Senate, which it
 * also knows capitalized). The capitalization rule reads it: a word in this
 * list, capitalized mid-sentence outside any name, is a common noun with a
 * stray capital.
 *
 * Usage: node dist/scripts/lowercase-words.js [out.json]
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

const [output = 'rules/data/lowercase-words.json'] = process.argv.slice(2)
const require = createRequire(import.meta.url)
// The package exports only its entry; its files sit beside it.
const folder = path.dirname(require.resolve('dictionary-en'))
const version = (JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {version: string}).version
const stems = new Set(
  readFileSync(path.join(folder, 'index.dic'), 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!)
    .filter(Boolean)
)
const words = [...stems].filter((word) => /^[a-z]{2,}$/.test(word) && !stems.has(word.charAt(0).toUpperCase() + word.slice(1))).sort()
const licence = readFileSync(path.join(folder, 'license'), 'utf8')
writeFileSync(
  output,
  JSON.stringify(
    {
      source: `SCOWL en_US Hunspell dictionary (npm dictionary-en ${version}): stems known only in lower case`,
      licence,
      words: words.join(' ')
    },
    null,
    1
  ) + '\n'
)
console.error(`wrote ${words.length} words to ${output}`)
