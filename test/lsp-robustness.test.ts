/**
 * The language server under abuse: garbage on the wire, unknown methods,
 * edits for documents never opened, a 5 MB document, and 1,000 edits in a
 * second. It must stay up, keep memory bounded, and converge on the final text.
 */
import {afterEach, describe, expect, it} from 'vitest'
import {LspClient} from './lsp-client.mjs'

let client: LspClient
afterEach(async () => {
  await client?.close()
})

const size = Number(process.env['LSP_DOC_MB'] ?? 5)
const edits = Number(process.env['LSP_EDITS'] ?? 1000)

describe('language server robustness', () => {
  it('survives garbage and unknown methods, and ignores edits to unopened documents', async () => {
    client = new LspClient()
    await client.initialize()
    client.sendRaw('this is not json')
    client.sendRaw('{"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":null}')
    client.process.stdin.write('Content-Length: 5\r\n\r\n{"a":')
    client.process.stdin.write('Content-Length: 2\r\n\r\n{}')
    client.notify('copydesk/unknownNotification', {x: 1})
    const unknown = await client.request('workspace/unknownRequest', {})
    expect(unknown.error?.code).toBe(-32601)
    client.notify('textDocument/didChange', {textDocument: {uri: 'untitled:ghost', version: 3}, contentChanges: [{text: 'x'}]})
    client.notify('textDocument/didClose', {textDocument: {uri: 'untitled:ghost'}})
    const uri = 'untitled:alive'
    const published = client.diagnostics(uri, 1)
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: 'The the end.'}})
    expect((await published).params.diagnostics).toHaveLength(1)
    expect(client.process.exitCode).toBeNull()
  })

  it(`checks a ${size} MB document without blocking other documents`, async () => {
    client = new LspClient()
    await client.initialize()
    const paragraph = 'The council met on Tuesday and voted on the budget for the coming year. '
    const big = (paragraph.repeat(12) + '\n\n').repeat(Math.ceil((size * 1e6) / (paragraph.length * 12 + 2)))
    const bigUri = 'untitled:big'
    const bigDone = client.diagnostics(bigUri, 1, 300_000)
    client.notify('textDocument/didOpen', {textDocument: {uri: bigUri, languageId: 'plaintext', version: 1, text: big + 'It was the the end.'}})
    // Protocol requests are answered while the big document is being linted (a code action waits a second
    // at most for the lint in flight, then answers from nothing).
    const started = Date.now()
    const answer = await client.request('textDocument/codeAction', {textDocument: {uri: bigUri}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})
    expect(answer.result).toEqual([])
    expect(Date.now() - started).toBeLessThan(2_000)
    const {params} = await bigDone
    expect(params.diagnostics.map((diagnostic: any) => diagnostic.code)).toContain('repeated-words')
  }, 300_000)

  it(`converges on the final text after ${edits} edits in about a second, with memory bounded`, async () => {
    client = new LspClient()
    await client.initialize()
    const uri = 'untitled:rapid'
    const base = 'The council met on Tuesday. '.repeat(200)
    client.notify('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: base}})
    for (let version = 2; version <= edits + 1; version++) {
      // Type a character at the end, one notification each, about a millisecond apart.
      client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range: {start: {line: 0, character: base.length + version - 2}, end: {line: 0, character: base.length + version - 2}}, text: 'x'}]})
      if (version % 50 === 0) await new Promise((resolve) => setTimeout(resolve, 50))
    }

    const final = edits + 1
    const settled = client.diagnostics(uri, final + 1, 60_000)
    client.notify('textDocument/didChange', {textDocument: {uri, version: final + 1}, contentChanges: [{range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, text: 'It was the the end. '}]})
    const {params} = await settled
    expect(params.version).toBe(final + 1)
    expect(params.diagnostics.map((diagnostic: any) => diagnostic.code)).toContain('repeated-words')
    const published = client.received.filter((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri).map((message) => message.params.version)
    // Coalesced: far fewer lints than edits, in increasing version order.
    expect(published.length).toBeLessThan(edits / 2)
    expect(published).toEqual([...published].sort((a, b) => a - b))
    const rss = Number(/VmRSS:\s+(\d+)/.exec(await import('node:fs').then((fs) => fs.readFileSync(`/proc/${client.process.pid}/status`, 'utf8')))?.[1]) / 1024
    expect(rss).toBeLessThan(600)
  }, 120_000)
})
