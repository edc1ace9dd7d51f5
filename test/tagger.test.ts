/**
 * The tagger's speed path: wink's core prepared at build (dist/tagger/) and
 * the POS-only pipe must tag exactly as the stock package with every part run,
 * on the seed story and every paragraph of the Brown corpus.
 */
import {cpSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {preparedModel} from '../src/model/tagger-model.js'
import {brown, root, seed} from './helpers.js'

const require = createRequire(import.meta.url)
type Nlp = {readDoc(text: string): {tokens(): {out(what?: unknown): string[]}}; its: {pos: unknown; value: unknown}}
const winkNlp = require('wink-nlp') as (model: unknown, pipe?: string[]) => Nlp
const prepared = path.join(root, 'dist/tagger')

function tags(nlp: Nlp, texts: string[]): string[] {
  return texts.map((text) => {
    const tokens = nlp.readDoc(text).tokens()
    const pos = tokens.out(nlp.its.pos)
    return tokens.out(nlp.its.value).map((value, index) => `${value}/${pos[index]}`).join(' ')
  })
}

describe('tagger speed path', () => {
  it('tags the seed story and every Brown paragraph exactly as the stock model with its full pipe', () => {
    const texts = [seed, ...brown(/./).texts.flatMap((text) => text.split(/\n\s*\n/).filter(Boolean))]
    expect(texts.length).toBeGreaterThan(10_000)
    const stock = tags(winkNlp(require('wink-eng-lite-web-model')), texts)
    const fast = tags(winkNlp(preparedModel(prepared), ['pos']), texts)
    const differ = fast.flatMap((line, index) => (line === stock[index] ? [] : [texts[index]!.slice(0, 80)]))
    expect(differ).toEqual([])
  })

  it('is not used when missing or built from another version of the model', () => {
    expect(preparedModel(path.join(tmpdir(), 'copydesk-no-such-dir'))).toBeUndefined()
    const stale = mkdtempSync(path.join(tmpdir(), 'copydesk-tagger-'))
    cpSync(prepared, stale, {recursive: true})
    const core = JSON.parse(readFileSync(path.join(stale, 'core.json'), 'utf8')) as {version: string}
    writeFileSync(path.join(stale, 'core.json'), JSON.stringify({...core, version: '0.0.0'}))
    expect(preparedModel(stale)).toBeUndefined()
    expect(preparedModel(prepared)).toBeDefined()
  })
})
