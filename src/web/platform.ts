/**
 * The web page's host: `platform.ts`'s exports over the package files that
 * the build embeds (`copydesk:files`), and the CommonJS dependencies bundled
 * in. A page has no files of its own, so a config that names one is refused
 * with the same one-line error a missing file gets on the command line.
 */
import files from 'copydesk:files'
import safeRegex from 'safe-regex2'
import winkNlp from 'wink-nlp'
import winkModel from 'wink-eng-lite-web-model'
import * as yaml from 'yaml'

function embedded(relative: string): string {
  const value = files[relative]
  if (value === undefined) throw new Error(`copydesk: ${relative} is not embedded in the web build`)
  return value
}

export function packageFile(relative: string, _encoding: 'utf8' | 'latin1' = 'utf8'): string {
  return embedded(relative)
}

/** The page embeds text only: binary data is rebuilt from its JSON source. */
export function packageBytes(_relative: string): Uint8Array | undefined {
  return undefined
}

export function compiledIsFresh(compiled: string, _source: string): boolean {
  return files[compiled] !== undefined
}

export function dependencyFile(name: string, relative: string): string {
  return embedded(`node_modules/${name}/${relative}`)
}

export function userFile(file: string): string {
  throw new Error(`${file}: files named in config cannot be read by the web page`)
}

const modules = {'wink-nlp': winkNlp, 'wink-eng-lite-web-model': winkModel, 'safe-regex2': safeRegex, yaml}

export function commonJs(name: keyof typeof modules): unknown {
  return modules[name]
}

/** The page bundles the stock model (no files to prepare it from). */
export function taggerModel(): unknown {
  return winkModel
}

export function ruleFiles(directory: string): Array<{file: string; text: string}> {
  throw new Error(`${directory}: rule folders cannot be read by the web page`)
}
