/**
 * A minimal LSP client for tests: spawns the built server, frames JSON-RPC
 * over stdio, and lets a test await responses and notifications.
 */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** @typedef {{jsonrpc: '2.0', id?: number | string | null, method?: string, params?: any, result?: any, error?: {code: number, message: string}}} RpcMessage */

export class LspClient {
  /** @type {RpcMessage[]} */
  received = []
  buffer = Buffer.alloc(0)
  nextId = 1
  /** @type {Array<{test: (message: RpcMessage) => boolean, resolve: (message: RpcMessage) => void}>} */
  waiters = []
  stderr = ''
  /** @type {unknown} what the client answers to workspace/configuration */
  configuration = null

  constructor(args = ['--stdio'], env = {}) {
    this.process = spawn(process.execPath, [path.join(root, 'dist/language-server.cjs'), ...args], {env: {...process.env, ...env}})
    this.process.stdout.on('data', (chunk) => this.onData(chunk))
    this.process.stderr.on('data', (chunk) => (this.stderr += chunk.toString()))
  }

  onData(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk])
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())[1])
      if (this.buffer.length < headerEnd + 4 + length) return
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')
      this.buffer = this.buffer.subarray(headerEnd + 4 + length)
      const message = JSON.parse(body)
      // Answer the server's own requests (configuration, registration) as a client would.
      if (message.method && message.id !== undefined) this.answer(message)
      this.received.push(message)
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(message)) return true
        waiter.resolve(message)
        return false
      })
    }
  }

  answer(message) {
    const result = message.method === 'workspace/configuration' ? message.params.items.map(() => this.configuration) : null
    this.sendRaw(JSON.stringify({jsonrpc: '2.0', id: message.id, result}))
  }

  sendRaw(body) {
    this.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }

  notify(method, params) {
    this.sendRaw(JSON.stringify({jsonrpc: '2.0', method, params}))
  }

  request(method, params) {
    const id = this.nextId++
    const answer = this.waitFor((message) => message.id === id && message.method === undefined)
    this.sendRaw(JSON.stringify({jsonrpc: '2.0', id, method, params}))
    return answer
  }

  waitFor(test, timeoutMs = 20_000) {
    const seen = this.received.find(test)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting; stderr: ${this.stderr}`)), timeoutMs)
      this.waiters.push({test, resolve: (message) => (clearTimeout(timer), resolve(message))})
    })
  }

  /** The next diagnostics for `uri` published after this call (optionally for `version`). */
  diagnostics(uri, version, timeoutMs = 20_000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}; stderr: ${this.stderr}`)), timeoutMs)
      this.waiters.push({
        test: (message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && (version === undefined || message.params.version === version),
        resolve: (message) => (clearTimeout(timer), resolve(message))
      })
    })
  }

  async initialize(capabilities = {}, initializationOptions) {
    const result = await this.request('initialize', {processId: process.pid, rootUri: null, capabilities, ...(initializationOptions ? {initializationOptions} : {})})
    this.notify('initialized', {})
    return result
  }

  async close() {
    if (this.process.exitCode !== null) return
    await this.request('shutdown', null).catch(() => undefined)
    this.notify('exit', null)
    await new Promise((resolve) => this.process.once('exit', resolve))
  }
}
