/**
 * What the processor needs from its host, in one place: the package's own
 * data files, a user's files named in config, and the CommonJS dependencies
 * loaded on first use. This is Node's; the web page's build swaps in
 * `web/platform.ts`, which has the same exports over files embedded at build.
 */
import {readdirSync, readFileSync, statSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {preparedModel} from './model/tagger-model.js'
import {bundledCommonJs} from './bundled-commonjs.js'
import {packageDir} from './paths.js'

/** A package file by its path from the package root (`rules/data/…`, `dist/rules.json`). */
export function packageFile(relative: string, encoding: 'utf8' | 'latin1' = 'utf8'): string {
  return readFileSync(path.join(packageDir, relative), encoding)
}

/** A package file's bytes (`dist/spelling-words.bin`). */
export function packageBytes(relative: string): Uint8Array | undefined {
  return readFileSync(path.join(packageDir, relative))
}

/** When a compiled file exists and is not older than its source. */
export function compiledIsFresh(compiled: string, source: string): boolean {
  try {
    return statSync(path.join(packageDir, compiled)).mtimeMs >= statSync(path.join(packageDir, source)).mtimeMs
  } catch {
    return false
  }
}

/** A file inside an installed dependency (`retext-redundant-acronyms`, `lib/schema.js`). */
export function dependencyFile(name: string, relative: string): string {
  return readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve(name)), relative), 'utf8')
}

/** A user's file, named in config. */
export function userFile(file: string): string {
  return readFileSync(file, 'utf8')
}

type CommonJsName = 'wink-nlp' | 'wink-eng-lite-web-model' | 'safe-regex2' | 'yaml'

/** A CommonJS dependency, loaded when first needed (kept off the start-up path). */
export function commonJs(name: CommonJsName): unknown {
  // yaml and the stock model by a name esbuild cannot follow: kept out of the bins' bundles.
  return name === 'yaml' || name === 'wink-eng-lite-web-model' ? createRequire(import.meta.url)(name) : bundledCommonJs(name)
}

/** wink's English model for the tagger: the core prepared at build (dist/tagger/), else the stock package. */
export function taggerModel(): unknown {
  return preparedModel(path.join(packageDir, 'dist/tagger')) ?? commonJs('wink-eng-lite-web-model')
}

/** The rule files (`*.yml`, `*.yaml`) in a folder, by name, sorted. */
export function ruleFiles(directory: string): Array<{file: string; text: string}> {
  return readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => ({file: path.join(directory, name), text: readFileSync(path.join(directory, name), 'utf8')}))
}
