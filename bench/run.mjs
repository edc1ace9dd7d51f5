/**
 * `npm run bench`: copydesk's speed against the floor (retext-english's own
 * parse), measured in this run on the same texts, since absolute times drift
 * on shared machines. Not part of `npm test`.
 *
 * BENCH_QUICK=1 skips the per-rule rows and the 50 MB file.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir} from 'node:os'
import path from 'node:path'
import {lspLatency} from './lsp-latency.mjs'
import {webSize, webTimes} from './web.mjs'
import {brownFiles, countWords, root, shared, story} from './texts.mjs'

const quick = Boolean(process.env.BENCH_QUICK)
const node = process.execPath
const here = (file) => path.join(root, 'bench', file)
const measure = (kind, where, runs = 2) => JSON.parse(execFileSync(node, [here('measure.mjs'), kind, where, String(runs)], {encoding: 'utf8', maxBuffer: 1e8}))
const wall = (args, options = {}) => {
  const start = performance.now()
  const result = spawnSync(node, args, {encoding: 'utf8', maxBuffer: 1e9, ...options})
  return {ms: performance.now() - start, status: result.status, stdout: result.stdout, stderr: result.stderr}
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const format = (value, digits = 0) => value.toLocaleString('en-US', {maximumFractionDigits: digits, minimumFractionDigits: digits})
const rows = []
const row = (what, words, ms, floorMs, rssMb, note = '', target = '', met = undefined) =>
  rows.push([what, words ? format(words / (ms / 1000)) : '', typeof ms === 'number' ? format(ms) : ms, floorMs ? format(floorMs / ms, 2) : '', rssMb ? format(rssMb) : '', target, met === undefined ? '' : met ? 'met' : 'MISSED', note])

const ruleIds = JSON.parse(execFileSync(node, ['-e', "import('./dist/index.js').then(m => console.log(JSON.stringify(m.ruleSpecs().map(s => s.id))))"], {cwd: root, encoding: 'utf8'}))
console.error(`copydesk bench: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`)

// (a), (b), (c): in-process throughput, story by story.
for (const where of ['corpus', 'seed']) {
  const floor = measure('parse', where, 3)
  row(`${where}: retext-english parse (a)`, floor.words, floor.ms, floor.ms, floor.rssMb)
  const model = measure('none', where, 3)
  row(`${where}: document model, no rules`, model.words, model.ms, floor.ms, model.rssMb)
  const all = measure('all', where, 3)
  row(`${where}: copydesk, all default rules (b)`, all.words, all.ms, floor.ms, all.rssMb, '', '≥ 0.30 × parse', floor.ms / all.ms >= 0.3)
  if (where === 'corpus' && !quick) {
    for (const id of ruleIds) {
      const one = measure(`rule:${id}`, where, 2)
      row(`${where}: ${id} alone (c)`, one.words, one.ms, floor.ms, one.rssMb)
    }
  }
}

// The CLI over the whole corpus (all cores, start-up included) against a process that reads and parses every file.
const files = brownFiles()
const corpusWords = files.reduce((sum, file) => sum + countWords(readFileSync(file, 'utf8')), 0)
const parseAll = Math.min(...[0, 1].map(() => wall([here('parse-files.mjs')]).ms))
row('CLI: parse-only process, 1 core', corpusWords, parseAll, parseAll)
const cliAll = Math.min(...[0, 1].map(() => wall([path.join(root, 'dist/cli.cjs'), '--reporter', 'json', ...files]).ms))
row(`CLI: copydesk, ${cpus().length} workers`, corpusWords, cliAll, parseAll, undefined, '', '≥ 0.30 × parse', parseAll / cliAll >= 0.3)

// Cold start on one 1,000-word story.
const dir = mkdtempSync(path.join(tmpdir(), 'copydesk-bench-'))
const one = path.join(dir, 'story.txt')
writeFileSync(one, story(1000))
const starts = Array.from({length: 10}, () => wall([path.join(root, 'dist/cli.cjs'), one]).ms)
const bare = median(Array.from({length: 10}, () => wall([here('parse-files.mjs'), one]).ms))
row('  bare node process: parse the same story with retext-english (median of 10)', undefined, bare)
const cold = median(starts)
// The target has two halves, judged apart so that the table says which one holds.
row('CLI cold start, 1,000-word story (median of 10)', undefined, cold, undefined, undefined, `${format(cold / bare, 1)} × the bare process`, '< 200 ms', cold < 200)
row('CLI cold start against the bare process', undefined, '', undefined, undefined, `${format(cold / bare, 2)} ×`, '< 2 × bare', cold < 2 * bare)
// Of which: the capitalization dictionary, read on first use (a fresh process each time).
const dictionary = Array.from({length: 5}, () =>
  Number(execFileSync(node, ['--input-type=module', '-e', `const {lowercaseWord} = await import(${JSON.stringify(path.join(root, 'dist/rules/capitalization.js'))}); const t = performance.now(); lowercaseWord('press'); console.log(performance.now() - t)`], {encoding: 'utf8'}))
)
row('  of which: capitalization dictionary load (median of 5)', undefined, median(dictionary), undefined, undefined, '37,264 stems, 358 kB')
// And the spelling dictionary (SCOWL to size 80), also read on first use; nspell takes about 1.2 s for en_US.
const spellingLoad = Array.from({length: 5}, () =>
  Number(execFileSync(node, ['--input-type=module', '-e', `const {dictionary} = await import(${JSON.stringify(path.join(root, 'dist/data/dictionary.js'))}); const t = performance.now(); dictionary().known('press'); console.log(performance.now() - t)`], {encoding: 'utf8'}))
)
row('  of which: spelling dictionary load (median of 5)', undefined, median(spellingLoad), undefined, undefined, '294,000 words, 2.7 MB')

// Size scaling: one 1 MB and one 50 MB file, linted whole.
if (!quick) {
  const corpus = files.map((file) => readFileSync(file, 'utf8')).join('\n\n')
  const sized = (bytes) => {
    let text = ''
    while (text.length < bytes) text += corpus
    return text.slice(0, text.lastIndexOf('\n\n', bytes))
  }

  const results = {}
  for (const mb of [1, 50]) {
    const file = path.join(dir, `${mb}mb.txt`)
    const text = sized(mb * 1e6)
    writeFileSync(file, text)
    results[mb] = JSON.parse(execFileSync(node, ['--max-old-space-size=8192', here('lint-file.mjs'), file], {encoding: 'utf8'}))
    const scale = mb === 50 ? results[50].ms / results[1].ms : undefined
    row(`one ${mb} MB file`, countWords(text), results[mb].ms, undefined, results[mb].rssMb, scale ? `${format(scale, 1)} × the 1 MB time` : '', scale ? '≤ 60 × 1 MB' : '', scale ? scale <= 60 : undefined)
  }
}

// Language server: one-character edits on a 1,500-word story.
const latency = await lspLatency()
row(`LSP re-lint after a keystroke, ${latency.words} words, ${latency.edits} edits`, undefined, `median ${format(latency.median, 1)}, p95 ${format(latency.p95, 1)}`, undefined, undefined, '', 'p95 < 15 ms', latency.p95 < 15)
row(`LSP first diagnostics after didOpen, ${latency.words} words`, undefined, latency.firstMs, undefined, undefined, 'server already started', '< 300 ms', latency.firstMs < 300)
const later = await lspLatency({edits: 0, warmup: 0, openAfterMs: 1000})
row(`LSP first diagnostics after didOpen, ${later.words} words, opened 1 s after the handshake`, undefined, later.firstMs, undefined, undefined, 'the worker warms up meanwhile', '< 300 ms', later.firstMs < 300)

// The desk's web page, in headless chromium.
const size = webSize()
row('web page: size (index.html, scripts, styles)', undefined, '', undefined, undefined, `${format(size.raw / 1e6, 1)} MB, ${format(size.gzip / 1e6, 2)} MB gzipped (data 1.3, tagger model ~0.9)`)
const page = await webTimes()
row('web page: paste the seed story to findings drawn', undefined, page.firstPaste, undefined, undefined, 'worker warmed on load')
row(`web page: re-lint after a keystroke, 1,500 words, ${page.edits} edits`, undefined, `median ${format(page.median)}, p95 ${format(page.p95)}`, undefined, undefined, 'round trip, after the 200 ms typing pause')

const header = ['measurement', 'words/s', 'ms', '× parse (a)', 'peak RSS MB', 'target', 'met?', 'note']
const widths = header.map((title, index) => Math.max(title.length, ...rows.map((cells) => String(cells[index]).length)))
const line = (cells) => '| ' + cells.map((cell, index) => String(cell).padEnd(widths[index])).join(' | ') + ' |'
console.log(line(header))
console.log('| ' + widths.map((width) => '-'.repeat(width)).join(' | ') + ' |')
for (const cells of rows) console.log(line(cells))
const judged = rows.filter((cells) => cells[6] !== '')
const missed = judged.filter((cells) => cells[6] === 'MISSED').map((cells) => cells[0].trim())
console.log(`\ntargets: ${judged.length - missed.length} of ${judged.length} met` + (missed.length > 0 ? `; missed: ${missed.join('; ')}` : ''))
