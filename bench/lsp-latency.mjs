/**
 * Language-server latency: time from a one-character edit to the published
 * diagnostics for that version, on a 1,500-word story, over 100 edits (after
 * 10 to warm up). Edits alternate insert and delete at spread positions.
 * `openAfterMs` opens the story that long after the handshake.
 */
import {LspClient} from '../test/lsp-client.mjs'
import {story} from './texts.mjs'

export async function lspLatency({words = 1500, edits = 100, warmup = 10, openAfterMs = 0} = {}) {
  const text = story(words)
  const client = new LspClient()
  await client.initialize()
  // An editor that starts the server before the user opens a story: the document comes later.
  if (openAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, openAfterMs))
  const uri = 'untitled:bench'
  const first = client.diagnostics(uri, 1, 60_000)
  const opened = process.hrtime.bigint()
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  await first
  const firstMs = Number(process.hrtime.bigint() - opened) / 1e6
  const lines = text.split('\n')
  const times = []
  let version = 1
  for (let index = 0; index < warmup + edits; index++) {
    version++
    const line = (index * 7) % lines.length
    const character = Math.min(lines[line].length, (index * 37) % 80)
    // Odd edits undo the previous insertion, so the text stays the story.
    const change =
      index % 2 === 0
        ? {range: {start: {line, character}, end: {line, character}}, text: 'x'}
        : {range: {start: {line: times.lastLine, character: times.lastCharacter}, end: {line: times.lastLine, character: times.lastCharacter + 1}}, text: ''}
    if (index % 2 === 0) Object.assign(times, {lastLine: line, lastCharacter: character})
    const published = client.diagnostics(uri, version, 60_000)
    const start = process.hrtime.bigint()
    client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [change]})
    await published
    const milliseconds = Number(process.hrtime.bigint() - start) / 1e6
    if (index >= warmup) times.push(milliseconds)
  }

  await client.close()
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  return {words: text.split(/\s+/).filter(Boolean).length, edits: times.length, median: at(0.5), p95: at(0.95), max: sorted.at(-1), firstMs}
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await lspLatency()
  console.log(JSON.stringify(result))
}
