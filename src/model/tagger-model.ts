/**
 * wink's English model as the tagger uses it, for Node: the core prepared at
 * build (dist/tagger/, see scripts/tagger-model.ts) instead of the stock
 * loader's 3 MB parse, copy and base64 decoding, and only the parts the POS
 * pipe runs. wink-nlp loads every part of a model whatever its pipe, so the
 * named-entity and sentiment parts (the larger files) are stand-ins that the
 * pipe never runs. Undefined when the prepared core is missing or was built
 * from another version of the model: the caller then uses the stock package.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {bundledCommonJs} from '../bundled-commonjs.js'

interface Feature {
  list: unknown[]
  hash?: Record<string, number>
  hashed?: boolean
}

function words(file: string): Uint32Array {
  const bytes = readFileSync(file)
  // A typed array needs an aligned offset; a file read whole has one, but a pooled buffer might not.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes)
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4)
}

interface Lexemes {
  list: string[]
  /** The build's word at `index` against `query` (UTF-8 bytes): negative when the word sorts first. */
  compare: (index: number, query: Buffer) => number
}

/**
 * wink's list of lexemes, read as `list[index]`, `list.length` and `list.push(word)`: the build's words
 * decoded from their UTF-8 bytes on demand, and words added at run time after them.
 */
function lexemeList(bytes: Buffer, offsets: Uint32Array): Lexemes {
  const base = offsets.length - 1
  const added: string[] = []
  const word = (index: number): string => bytes.toString('utf8', offsets[index], offsets[index + 1])
  const compare = (index: number, query: Buffer): number => bytes.compare(query, 0, query.length, offsets[index], offsets[index + 1])
  const list = new Proxy([] as string[], {
    get(target, key) {
      if (typeof key === 'string') {
        const index = Number(key)
        if (Number.isInteger(index) && index >= 0 && key !== '') return index < base ? word(index) : added[index - base]
        if (key === 'length') return base + added.length
        if (key === 'push') return (...items: string[]) => base + added.push(...items)
      }

      return Reflect.get(target, key) as unknown
    }
  })
  return {list, compare}
}

/**
 * wink's word -> index table, read as `table[word]` and added to as `table[word] = index`: here a
 * binary search of the list in the order the build sorted it (`order`), with words added at run time
 * kept beside it. Building the table as an object costs 100 ms of every cold start; a lookup costs
 * about 17 byte comparisons, paid only for the sentences the sentence checks tag.
 */
function sortedLookup(list: Lexemes, order: Uint32Array): Record<string, number> {
  const added = new Map<string, number>()
  // A story's words repeat, and the language server tags the same sentences again on every edit.
  const answers = new Map<string, number | undefined>()
  const find = (word: string): number | undefined => {
    if (answers.has(word)) return answers.get(word) ?? added.get(word)
    const index = search(word)
    if (answers.size > 100_000) answers.clear()
    answers.set(word, index)
    return index ?? added.get(word)
  }

  const search = (word: string): number | undefined => {
    const query = Buffer.from(word, 'utf8')
    let low = 0
    let high = order.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const index = order[middle]!
      const sign = list.compare(index, query)
      if (sign === 0) return index
      if (sign < 0) low = middle + 1
      else high = middle - 1
    }

    return undefined
  }

  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => (typeof key === 'string' ? find(key) : undefined),
    has: (_target, key) => typeof key === 'string' && find(key) !== undefined,
    set(_target, key, value: number) {
      if (typeof key === 'string') added.set(key, value)
      return true
    }
  })
}

function preparedCore(directory: string): Record<string, unknown> | undefined {
  const prepared = JSON.parse(readFileSync(path.join(directory, 'core.json'), 'utf8')) as {
    version: string
    core: Record<string, unknown> & {features: Record<string, Feature>}
  }
  if (prepared.version !== (bundledCommonJs('wink-eng-lite-web-model/package.json') as {version: string}).version) return undefined
  const {core} = prepared
  core['lexicon'] = words(path.join(directory, 'lexicon.bin'))
  core['xpansions'] = words(path.join(directory, 'xpansions.bin'))
  for (const [name, feature] of Object.entries(core.features)) {
    if (!feature.hashed) continue
    delete feature.hashed
    if (name === 'lexeme') {
      const lexemes = lexemeList(readFileSync(path.join(directory, 'lexemes.txt')), words(path.join(directory, 'lexeme-offsets.bin')))
      feature.list = lexemes.list
      feature.hash = sortedLookup(lexemes, words(path.join(directory, 'lexeme-order.bin')))
      continue
    }

    const hash: Record<string, number> = Object.create(null) as Record<string, number>
    for (let index = 0; index < feature.list.length; index++) hash[feature.list[index] as string] = index
    feature.hash = hash
  }

  // The only Sets in the model (written as {set: [...]}).
  const clusters = core.features['posClusters']!
  clusters.list = clusters.list.map((item) => new Set((item as {set: number[]}).set))
  return core
}

export function preparedModel(directory: string): unknown {
  let core: Record<string, unknown> | undefined
  try {
    core = preparedCore(directory)
  } catch {
    // Missing or unreadable: the stock package serves.
    return undefined
  }

  if (!core) return undefined
  const negation = bundledCommonJs('wink-eng-lite-web-model/dist/load-negation-model.js') as () => {machines: unknown[]}
  const model = Object.create(null) as Record<string, unknown>
  model['core'] = () => core
  model['sbd'] = bundledCommonJs('wink-eng-lite-web-model/dist/load-sbd-model.js')
  model['pos'] = bundledCommonJs('wink-eng-lite-web-model/dist/load-pos-model.js')
  model['negation'] = negation
  model['metaCER'] = bundledCommonJs('wink-eng-lite-web-model/dist/load-cer-meta-model.js')
  model['featureFn'] = bundledCommonJs('wink-eng-lite-web-model/dist/feature.js')
  // Stand-ins: loaded by wink-nlp, never run by the POS pipe.
  model['ner'] = () => ({machines: [], transformers: []})
  model['sa'] = () => ({machines: negation().machines, setter() {}})
  model['addons'] = Object.create(null)
  return model
}
