/**
 * The CommonJS dependencies a lint loads on first use (wink-nlp, the small
 * parts of its English model, safe-regex2), each by a literal `require` so
 * that esbuild bundles them into the bins: evaluated on first use, with no
 * module resolution or file reads then (wink's took 27-38 ms of a cold start,
 * safe-regex2's 8). In tsc's ES modules (the library), where `require` is not
 * defined, Node's createRequire loads the same files.
 */
import {createRequire} from 'node:module'

const bundled = {
  'wink-nlp': () => require('wink-nlp') as unknown,
  'safe-regex2': () => require('safe-regex2') as unknown,
  'wink-eng-lite-web-model/package.json': () => require('wink-eng-lite-web-model/package.json') as unknown,
  'wink-eng-lite-web-model/dist/load-negation-model.js': () => require('wink-eng-lite-web-model/dist/load-negation-model.js') as unknown,
  'wink-eng-lite-web-model/dist/load-sbd-model.js': () => require('wink-eng-lite-web-model/dist/load-sbd-model.js') as unknown,
  'wink-eng-lite-web-model/dist/load-pos-model.js': () => require('wink-eng-lite-web-model/dist/load-pos-model.js') as unknown,
  'wink-eng-lite-web-model/dist/load-cer-meta-model.js': () => require('wink-eng-lite-web-model/dist/load-cer-meta-model.js') as unknown,
  'wink-eng-lite-web-model/dist/feature.js': () => require('wink-eng-lite-web-model/dist/feature.js') as unknown
}

const nodeRequire = typeof require === 'function' ? undefined : createRequire(import.meta.url)

export function bundledCommonJs(name: keyof typeof bundled): unknown {
  return nodeRequire ? nodeRequire(name) : bundled[name]()
}
