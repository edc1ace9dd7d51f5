/**
 * Build step: wink's English core model, prepared once instead of at every
 * start. The stock loader parses a 3 MB JSON file, copies it whole through
 * JSON.stringify/JSON.parse and decodes two base64 arrays (about 175 ms of a
 * cold start); here the decoded arrays are written as raw binary and the rest
 * as JSON without the lookup tables, which the reader rebuilds from their
 * lists (about 90 ms). Written to dist/tagger/, with the model's version, so a
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
const lists = Object.fromEntries(Object.entries(features).map(([name, feature]) => [name, {...feature, hash: undefined, hashed: feature.hash !== undefined}]))
const json = JSON.stringify({version, core: {...rest, features: lists}}, (_key, value: unknown) => (value instanceof Set ? {set: [...value]} : value))
mkdirSync('dist/tagger', {recursive: true})
writeFileSync('dist/tagger/core.json', json)
writeFileSync('dist/tagger/lexicon.bin', Buffer.from(lexicon.buffer, lexicon.byteOffset, lexicon.byteLength))
writeFileSync('dist/tagger/xpansions.bin', Buffer.from(xpansions.buffer, xpansions.byteOffset, xpansions.byteLength))
console.error(`prepared wink-eng-lite-web-model ${version} in dist/tagger/ (${Math.round(json.length / 1024)} kB JSON, ${Math.round((lexicon.byteLength + xpansions.byteLength) / 1024)} kB binary)`)
