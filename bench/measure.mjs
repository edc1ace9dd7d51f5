/**
 * One measurement in its own process, so its peak RSS is its own:
 * `node bench/measure.mjs parse|all|rule:<id>|none [corpus|seed]`.
 * Prints {words, ms, rssMb} as JSON: best of `runs` timed passes after a
 * warm-up pass over the first 20 files.
 */
import {readFileSync} from 'node:fs'
import {brownFiles, countWords, shared} from './texts.mjs'

const [kind = 'all', where = 'corpus', runsArg = '2'] = process.argv.slice(2)
const texts = where === 'seed' ? Array.from({length: 200}, () => readFileSync(`${shared}/seed/article.txt`, 'utf8')) : brownFiles().map((file) => readFileSync(file, 'utf8'))
const words = texts.reduce((sum, text) => sum + countWords(text), 0)

let run
if (kind === 'parse') {
  const {unified} = await import('unified')
  const {default: retextEnglish} = await import('retext-english')
  const processor = unified().use(retextEnglish)
  run = (text) => processor.parse(text)
} else {
  const {createLinter, ruleSpecs} = await import('../dist/index.js')
  const ids = ruleSpecs().map((spec) => spec.id)
  const rules =
    kind === 'all' ? {} : Object.fromEntries(ids.map((id) => [id, kind === `rule:${id}` ? (ruleSpecs().find((spec) => spec.id === id).severity === 'off' ? 'warning' : ruleSpecs().find((spec) => spec.id === id).severity) : 'off']))
  run = createLinter({rules})
}

for (const text of texts.slice(0, 20)) run(text)
let best = Infinity
for (let pass = 0; pass < Number(runsArg); pass++) {
  const start = performance.now()
  for (const text of texts) run(text)
  best = Math.min(best, performance.now() - start)
}

console.log(JSON.stringify({words, ms: best, rssMb: process.resourceUsage().maxRSS / 1024}))
