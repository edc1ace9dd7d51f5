/**
 * The language server over JSON-RPC, as a client speaks to it: diagnostics,
 * quick fixes, versions, close, settings, config files and protocol errors.
 */
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterEach, describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {brown, seed} from './helpers.js'
import {LspClient} from './lsp-client.mjs'

let client: LspClient
afterEach(async () => {
  await client?.close()
})

const folder = () => mkdtempSync(path.join(tmpdir(), 'copydesk-lsp-'))

function open(uri: string, text: string, languageId = 'plaintext', version = 1): void {
  client.notify('textDocument/didOpen', {textDocument: {uri, languageId, version, text}})
}

function change(uri: string, version: number, range: unknown, text: string): void {
  client.notify('textDocument/didChange', {textDocument: {uri, version}, contentChanges: [{range, text}]})
}

describe('copydesk-language-server', () => {
  it('publishes the seed story’s diagnostics with LSP severities, codes and rule links', async () => {
    client = new LspClient()
    const init = await client.initialize()
    expect(init.result.capabilities).toMatchObject({textDocumentSync: {openClose: true, change: 2}, codeActionProvider: {codeActionKinds: ['quickfix', 'source.fixAll.copydesk']}})
    const uri = pathToFileURL(path.join(folder(), 'article.txt')).href
    const published = client.diagnostics(uri, 1)
    open(uri, seed)
    const {params} = await published
    expect(params.diagnostics).toHaveLength(lint(seed).messages.length)
    expect(params.diagnostics[0]).toEqual({
      range: {start: {line: 0, character: 5}, end: {line: 0, character: 20}},
      severity: 1,
      code: 'official-title',
      codeDescription: {href: 'https://github.com/copydesk/copydesk/blob/main/docs/rules.md#official-title'},
      source: 'copydesk',
      message: 'The U.S. office is `Secretary of State`, not `State Secretary`: Antony Blinken held it',
      data: {expected: ['Secretary of State'], actual: 'State Secretary'}
    })
    const doubled = params.diagnostics.find((diagnostic: any) => diagnostic.code === 'repeated-words')
    expect(doubled).toMatchObject({range: {start: {line: 26, character: 244}, end: {line: 26, character: 257}}, severity: 2})
    expect(params.diagnostics.find((diagnostic: any) => diagnostic.code === 'relative-clause-comma').severity).toBe(3)
  })

  it('offers the fix at the doubled phrase as the preferred quick fix, and a fix-all action', async () => {
    client = new LspClient()
    await client.initialize()
    const uri = pathToFileURL(path.join(folder(), 'article.txt')).href
    const published = client.diagnostics(uri, 1)
    open(uri, seed)
    await published
    const range = {start: {line: 26, character: 250}, end: {line: 26, character: 250}}
    const {result} = await client.request('textDocument/codeAction', {textDocument: {uri}, range, context: {diagnostics: []}})
    expect(result).toEqual([
      expect.objectContaining({
        title: 'Replace with “and to”',
        kind: 'quickfix',
        isPreferred: true,
        edit: {changes: {[uri]: [{range: {start: {line: 26, character: 244}, end: {line: 26, character: 257}}, newText: 'and to'}]}}
      }),
      expect.objectContaining({title: 'Fix all safe copydesk problems (5)', kind: 'source.fixAll.copydesk'})
    ])
    // Several choices: none preferred.
    const date = await client.request('textDocument/codeAction', {textDocument: {uri}, range: {start: {line: 2, character: 50}, end: {line: 2, character: 50}}, context: {diagnostics: [], only: ['quickfix']}})
    expect(date.result.map((action: any) => [action.title, action.isPreferred])).toEqual([
      ['Replace with “Nov. 1, 2023”', false],
      ['Replace with “Jan. 11, 2023”', false]
    ])
  })

  it('puts ranges on the right UTF-16 characters after emoji, NBSP and CRLF', async () => {
    client = new LspClient()
    await client.initialize()
    const uri = 'untitled:emoji'
    const text = 'Fire crews 🚒🚒 left.\r\nThe\u00a0mayor said the the fire was out.\r\n'
    const published = client.diagnostics(uri, 1)
    open(uri, text)
    const {params} = await published
    const doubled = params.diagnostics.find((diagnostic: any) => diagnostic.code === 'repeated-words')
    expect(doubled.range).toEqual({start: {line: 1, character: 15}, end: {line: 1, character: 22}})
    expect(text.split('\r\n')[1]!.slice(15, 22)).toBe('the the')
  })

  it('never publishes an old version over a newer one, and lints the latest text', async () => {
    client = new LspClient()
    await client.initialize()
    const uri = 'untitled:versions'
    open(uri, 'It was the the end.\n')
    // Three quick edits; only results for the text the client has may appear after them.
    change(uri, 2, {start: {line: 0, character: 7}, end: {line: 0, character: 11}}, '')
    change(uri, 3, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, 'And and ')
    const last = client.diagnostics(uri, 4)
    change(uri, 4, {start: {line: 0, character: 0}, end: {line: 0, character: 8}}, 'A a ')
    const {params} = await last
    expect(params.diagnostics.map((diagnostic: any) => diagnostic.message)).toEqual(['Unexpected repeated `A`, remove one occurrence'])
    await new Promise((resolve) => setTimeout(resolve, 300))
    const versions = client.received.filter((message) => message.method === 'textDocument/publishDiagnostics').map((message) => message.params.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(versions.at(-1)).toBe(4)
  })

  it('drops the result of a slow lint of an old version when a newer one has arrived', async () => {
    client = new LspClient()
    await client.initialize()
    const uri = 'untitled:slow'
    // About 180,000 words: linting version 1 takes seconds; version 2 arrives at once.
    const {texts} = brown(/^c[abc]\d\d/)
    open(uri, texts.join('\n\n'))
    // Let the lint of version 1 start (the worker is busy with it for seconds).
    await new Promise((resolve) => setTimeout(resolve, 300))
    const latest = client.diagnostics(uri, 2)
    client.notify('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: 'The the end.'}]})
    expect((await latest).params.diagnostics.map((diagnostic: any) => diagnostic.code)).toEqual(['repeated-words'])
    await new Promise((resolve) => setTimeout(resolve, 200))
    const versions = client.received.filter((message) => message.method === 'textDocument/publishDiagnostics').map((message) => message.params.version)
    expect(versions).toEqual([2])
  })

  it('clears diagnostics on close, and ignores changes to documents it never opened', async () => {
    client = new LspClient()
    await client.initialize()
    const uri = 'untitled:close'
    const first = client.diagnostics(uri, 1)
    open(uri, 'The the end.')
    expect((await first).params.diagnostics).toHaveLength(1)
    const cleared = client.diagnostics(uri)
    client.notify('textDocument/didClose', {textDocument: {uri}})
    expect((await cleared).params).toEqual({uri, diagnostics: []})
    change('untitled:never-opened', 2, {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, 'x')
    const alive = await client.request('textDocument/codeAction', {textDocument: {uri: 'untitled:never-opened'}, range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}, context: {diagnostics: []}})
    expect(alive.result).toEqual([])
  })

  it('applies client settings (section copydesk) and re-lints open documents', async () => {
    client = new LspClient()
    await client.initialize()
    const uri = 'untitled:settings'
    const first = client.diagnostics(uri, 1)
    open(uri, 'The the end.')
    expect((await first).params.diagnostics[0].severity).toBe(2)
    const relinted = client.diagnostics(uri, 1)
    client.notify('workspace/didChangeConfiguration', {settings: {copydesk: {rules: {'repeated-words': 'error'}}}})
    expect((await relinted).params.diagnostics[0].severity).toBe(1)
    const off = client.diagnostics(uri, 1)
    client.notify('workspace/didChangeConfiguration', {settings: {copydesk: {rules: {'repeated-words': 'off'}}}})
    expect((await off).params.diagnostics).toEqual([])
    // A time limit too short for the lint of a long story: it gets one diagnostic saying so, and the server
    // lives on. (A three-word document may be linted within 1 ms on a warm worker, so a long one is used.)
    const long = 'untitled:long'
    const opened = client.diagnostics(long, 1)
    open(long, 'The council met on Tuesday and the the mayor spoke.\n\n'.repeat(2000))
    await opened
    const limited = client.diagnostics(long, 1)
    client.notify('workspace/didChangeConfiguration', {settings: {copydesk: {timeout: 1}}})
    expect((await limited).params.diagnostics).toEqual([
      expect.objectContaining({severity: 2, code: 'copydesk', message: 'copydesk stopped checking this document after 1 ms (raise the setting copydesk.timeout)'})
    ])
    const restored = client.diagnostics(uri, 1)
    client.notify('workspace/didChangeConfiguration', {settings: {copydesk: {timeout: 30000}}})
    expect((await restored).params.diagnostics.map((diagnostic: any) => diagnostic.code)).toEqual(['repeated-words'])
  })

  it('answers a code action sent right after an edit from the lint of the new text, and hovers with the note', async () => {
    client = new LspClient()
    await client.initialize()
    const uri = 'untitled:fresh'
    const first = client.diagnostics(uri, 1)
    open(uri, 'It was fine.')
    await first
    // Type a doubled word and ask for fixes at once, before any diagnostics for version 2 arrive.
    change(uri, 2, {start: {line: 0, character: 0}, end: {line: 0, character: 12}}, 'He crossed the the road.')
    const {result} = await client.request('textDocument/codeAction', {
      textDocument: {uri},
      range: {start: {line: 0, character: 12}, end: {line: 0, character: 12}},
      context: {diagnostics: [], only: ['quickfix']}
    })
    expect(result.map((action: any) => action.title)).toEqual(['Replace with “the”'])

    const dated = 'untitled:dated'
    const published = client.diagnostics(dated, 1)
    open(dated, 'March 14, 2024\n\nPrime Minister Theresa May spoke.\n')
    await published
    const hover = await client.request('textDocument/hover', {textDocument: {uri: dated}, position: {line: 2, character: 20}})
    expect(hover.result.contents.kind).toBe('markdown')
    expect(hover.result.contents.value).toMatch(/^\*\*officeholder\*\*: Theresa May left office as Prime Minister on 2019-07-24/)
    expect(hover.result.contents.value).toContain('Institute for Government')
    expect(hover.result.contents.value).toContain('[officeholder in the copydesk docs](https://github.com/copydesk/copydesk/blob/main/docs/rules.md#officeholder)')
  })

  it('registers one watcher per config name, and re-reads a changed config on open or save for clients that cannot watch', async () => {
    client = new LspClient()
    await client.initialize({workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}})
    const registration = await client.waitFor((message) => message.method === 'client/registerCapability')
    expect(registration.params.registrations[0].registerOptions.watchers.map((watcher: any) => watcher.globPattern)).toEqual([
      '**/.copydeskrc',
      '**/.copydeskrc.json',
      '**/.copydeskrc.yml',
      '**/.copydeskrc.yaml',
      '**/.copydeskignore',
      '**/package.json'
    ])
    await client.close()

    // Vim's ALE: no watchers. The config changes on disk; the story is saved; the next lint uses it.
    const dir = folder()
    writeFileSync(path.join(dir, '.copydeskrc'), 'rules:\n  repeated-words: error\n')
    client = new LspClient()
    await client.initialize()
    const uri = pathToFileURL(path.join(dir, 'story.txt')).href
    const first = client.diagnostics(uri, 1)
    open(uri, 'The the end.')
    expect((await first).params.diagnostics[0].severity).toBe(1)
    writeFileSync(path.join(dir, '.copydeskrc'), 'rules:\n  repeated-words: info\n')
    const saved = client.diagnostics(uri, 1)
    client.notify('textDocument/didSave', {textDocument: {uri}})
    expect((await saved).params.diagnostics[0].severity).toBe(3)
  })

  it('reads files a .copydeskrc names relative to that config file, not the server’s folder', async () => {
    const dir = folder()
    mkdirSync(path.join(dir, 'stories'))
    writeFileSync(path.join(dir, 'stories', 'terms.yaml'), 'terms:\n  - use: gadget\n    replace: [widget]\n')
    writeFileSync(path.join(dir, 'stories', '.copydeskrc'), 'rules:\n  terminology:\n    files: [terms.yaml]\n')
    client = new LspClient()
    await client.initialize()
    const uri = pathToFileURL(path.join(dir, 'stories', 'a.txt')).href
    const published = client.diagnostics(uri, 1)
    open(uri, 'The widget broke.')
    expect((await published).params.diagnostics.map((diagnostic: any) => [diagnostic.code, diagnostic.message])).toEqual([
      ['terminology', 'Unexpected `widget`, expected `gadget`']
    ])
  })

  it('reads .copydeskrc and .copydeskignore from the document’s folder up, and reloads them', async () => {
    const dir = folder()
    writeFileSync(path.join(dir, '.copydeskrc'), 'rules:\n  repeated-words: error\n')
    writeFileSync(path.join(dir, '.copydeskignore'), 'skip.txt\n')
    client = new LspClient()
    await client.initialize({workspace: {didChangeWatchedFiles: {dynamicRegistration: true}}})
    const registration = await client.waitFor((message) => message.method === 'client/registerCapability')
    expect(registration.params.registrations[0].method).toBe('workspace/didChangeWatchedFiles')
    const uri = pathToFileURL(path.join(dir, 'story.txt')).href
    const first = client.diagnostics(uri, 1)
    open(uri, 'The the end.')
    expect((await first).params.diagnostics[0].severity).toBe(1)
    const skipped = pathToFileURL(path.join(dir, 'skip.txt')).href
    const none = client.diagnostics(skipped, 1)
    open(skipped, 'The the end.')
    expect((await none).params.diagnostics).toEqual([])

    writeFileSync(path.join(dir, '.copydeskrc'), 'rules:\n  repeated-words: info\n')
    const reloaded = client.diagnostics(uri, 1)
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(path.join(dir, '.copydeskrc')).href, type: 2}]})
    expect((await reloaded).params.diagnostics[0].severity).toBe(3)

    writeFileSync(path.join(dir, '.copydeskrc'), 'rules:\n  repeated-wrds: info\n')
    const broken = client.diagnostics(uri, 1)
    client.notify('workspace/didChangeWatchedFiles', {changes: [{uri: pathToFileURL(path.join(dir, '.copydeskrc')).href, type: 2}]})
    const [diagnostic] = (await broken).params.diagnostics
    expect(diagnostic).toMatchObject({severity: 1, code: 'config', range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}}})
    expect(diagnostic.message).toMatch(/unknown rule `repeated-wrds`; did you mean `repeated-words`\?/)
  })

  it('answers a malformed request with an error and keeps running', async () => {
    client = new LspClient()
    await client.initialize()
    // Unknown method: MethodNotFound.
    const unknown = await client.request('copydesk/nonsense', {})
    expect(unknown.error?.code).toBe(-32601)
    // Missing params: an error response, not a crash.
    const broken = await client.request('textDocument/codeAction', {})
    expect(broken.error).toBeDefined()
    // Not JSON at all.
    client.sendRaw('{"jsonrpc": "2.0", "id": 99, "method": ')
    const uri = 'untitled:after'
    const after = client.diagnostics(uri, 1)
    open(uri, 'The the end.')
    expect((await after).params.diagnostics).toHaveLength(1)
    expect(client.process.exitCode).toBeNull()
  })
})
