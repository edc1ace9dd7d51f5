/**
 * Build step: wink's English core model, prepared once instead of at every
 * start. The stock loader parses a 3 MB JSON file, copies it whole through
 * JSON.stringify/JSON.parse and decodes two base64 arrays (about 175 ms of a
 * cold start); here the decoded arrays are written as raw binary and the rest
 * as JSON without the lookup tables, which the reader rebuilds from their
 * lists (about 90 ms). The largest, the lexeme table (87,593 words, 100 ms to
 * rebuild), is not rebuilt: `lexeme-order.bin` lists the lexemes' indexes in
 * the sorted order of their words, and the reader looks a word up by binary
 * search; the words themselves are UTF-8 bytes (`lexemes.txt`) cut at the
 * byte offsets in `lexeme-offsets.bin`, so 87,593 strings are not made at
 * start, nor is the whole decoded (its 721 non-ASCII characters made that a
 * 10 ms two-byte decode): a word is decoded when read, and a look-up compares
 * bytes, in the bytes' order.
 * Written to dist/tagger/, with the model's version, so a
 * different installed model is never read through a stale copy.
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)
const loadCore = require('wink-eng-lite-web-model/dist/load-core-model.js') as () => Record<string, unknown>
const {version} = require('wink-eng-lite-web-model/package.json') as {version: string}
const core = loadCore()
const {lexicon, xpansions, features, ...rest} = core as {lexicon: Uint32Array; xpansions: Uint32Array; features: Record<string, {hash?: unknown}>}
// The lookup tables (`hash`) are rebuilt from `list` on reading; a Set is written as {set: [...]}.
// The lexemes' list is written apart, as one string and its offsets, and read a word at a time.
const lists = Object.fromEntries(
  Object.entries(features).map(([name, feature]) => [name, {...feature, hash: undefined, hashed: feature.hash !== undefined, ...(name === 'lexeme' ? {list: []} : {})}])
)
const json = JSON.stringify({version, core: {...rest, features: lists}}, (_key, value: unknown) => (value instanceof Set ? {set: [...value]} : value))
mkdirSync('dist/tagger', {recursive: true})
writeFileSync('dist/tagger/core.json', json)
writeFileSync('dist/tagger/lexicon.bin', Buffer.from(lexicon.buffer, lexicon.byteOffset, lexicon.byteLength))
// Every key of the stock lexeme table, as the index of its word in the list, in the order of the words'
// UTF-8 bytes (what the reader compares).
const lexeme = features['lexeme'] as {hash: Record<string, number>; list: string[]}
const order = Uint32Array.from(
  Object.keys(lexeme.hash)
    .map((word) => ({word, bytes: Buffer.from(word, 'utf8')}))
    .sort((a, b) => Buffer.compare(a.bytes, b.bytes))
    .map(({word}) => word)
    .map((word) => {
      const index = lexeme.hash[word]!
      if (lexeme.list[index] !== word) throw new Error(`wink's lexeme table maps \`${word}\` to \`${lexeme.list[index]}\``)
      return index
    })
)
const lexemes = lexeme.list.join('')
if (Buffer.from(lexemes, 'utf8').toString('utf8') !== lexemes) throw new Error("wink's lexemes do not survive UTF-8")
const offsets = new Uint32Array(lexeme.list.length + 1)
for (const [index, word] of lexeme.list.entries()) offsets[index + 1] = offsets[index]! + Buffer.byteLength(word, 'utf8')
writeFileSync('dist/tagger/lexemes.txt', lexemes)
writeFileSync('dist/tagger/lexeme-offsets.bin', Buffer.from(offsets.buffer, offsets.byteOffset, offsets.byteLength))
writeFileSync('dist/tagger/lexeme-order.bin', Buffer.from(order.buffer, order.byteOffset, order.byteLength))
writeFileSync('dist/tagger/xpansions.bin', Buffer.from(xpansions.buffer, xpansions.byteOffset, xpansions.byteLength))
console.error(`prepared wink-eng-lite-web-model ${version} in dist/tagger/ (${Math.round(json.length / 1024)} kB JSON, ${Math.round((lexicon.byteLength + xpansions.byteLength) / 1024)} kB binary)`)
