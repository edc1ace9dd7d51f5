/**
 * The copydesk language server (LSP 3.17): diagnostics on open and change,
 * cleared on close; quick fixes from each message's `expected`; the CLI's
 * config and ignore files; settings from the client (section `copydesk`).
 *
 * Lints run in worker threads, so the protocol thread always answers; each
 * result carries the document version it was computed for and is published
 * only if that is still the document's version, so a slow lint of an old
 * text never overwrites a newer one.
 */
import {statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult
} from 'vscode-languageserver/node'
import {ConfigFinder, configNames} from '../config.js'
import {isIgnored, type IgnoreFilter} from '../cli/files.js'
import {CopydeskError} from '../errors.js'
import {formatFromPath} from '../lint.js'
import type {PlainMessage} from '../pool/plain.js'
import {LintPool, TaskTimeout} from '../pool/pool.js'
import type {Format, Options, RuleSetting} from '../types.js'
import {specFor} from '../rule-set.js'
import {codeActions, fixAllKind, hoverAt, toDiagnostic} from './convert.js'

/** Client settings, section `copydesk`. */
export interface Settings {
  rules?: Record<string, RuleSetting>
  dialect?: Options['dialect']
  date?: string
  /** Milliseconds to wait after a change before linting (changes inside it are coalesced). */
  debounce?: number
  /** Per-document time limit in milliseconds. */
  timeout?: number
}

interface State {
  messages: PlainMessage[]
  messagesVersion: number | undefined
  timer: NodeJS.Timeout | undefined
  inFlight: boolean
  again: boolean
  /** Code-action requests waiting for the lint of the current version. */
  waiting: Array<() => void>
}

// How long a code action or hover waits for the lint already running (a request right after an edit);
// a lint longer than that (a 5 MB document) gets an answer from nothing rather than a stalled client.
const codeActionWait = 1000
// Config and ignore files, by name, in each folder up from a document.
const controlFiles = [...configNames, '.copydeskignore', 'package.json']

const languageFormats: Record<string, Format> = {markdown: 'markdown', html: 'html', plaintext: 'text', text: 'text'}

export function startServer(connection: Connection, options: {workers?: number} = {}): void {
  const documents = new TextDocuments(TextDocument)
  const states = new Map<string, State>()
  let settings: Settings = {}
  let finder = new ConfigFinder()
  // .copydeskignore filters by folder, read once (not on every keystroke) until a config file changes.
  let ignores = new Map<string, IgnoreFilter | undefined>()
  let generation = 0
  let pool: LintPool | undefined
  let canPullConfig = false
  let canWatch = false

  let poolTimeout = 0
  const getPool = () => {
    const timeout = typeof settings.timeout === 'number' && settings.timeout > 0 ? settings.timeout : 30_000
    // A new time limit takes a new pool; lints already running finish in the old one.
    if (pool && poolTimeout !== timeout) {
      void pool.closeWhenIdle()
      pool = undefined
    }

    poolTimeout = timeout
    return (pool ??= new LintPool(options.workers ?? 1, timeout))
  }

  connection.onInitialize((params): InitializeResult => {
    canPullConfig = Boolean(params.capabilities.workspace?.configuration)
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
    const initial = (params.initializationOptions as {copydesk?: Settings} | undefined)?.copydesk
    if (initial && typeof initial === 'object') settings = initial
    // Start the lint worker now: it loads the rules' data and the tagger while the client finishes the
    // handshake and opens its first document, so that document's diagnostics do not wait for it.
    getPool()
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: true},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix, fixAllKind]},
        hoverProvider: true
      },
      serverInfo: {name: 'copydesk-language-server'}
    }
  })

  connection.onInitialized(async () => {
    if (canWatch) {
      await connection.client.register(DidChangeWatchedFilesNotification.type, {
        // One pattern a name: a client's `*` may need one character or more (eglot's does), so
        // `.copydeskrc*` would miss `.copydeskrc` itself.
        watchers: controlFiles.map((name) => ({globPattern: `**/${name}`}))
      })
    }

    if (canPullConfig) {
      await connection.client.register(DidChangeConfigurationNotification.type, {section: 'copydesk'}).catch(() => undefined)
      await pullSettings()
    }
  })

  async function pullSettings(): Promise<void> {
    const pulled = (await connection.workspace.getConfiguration('copydesk').catch(() => undefined)) as Settings | null | undefined
    if (pulled && typeof pulled === 'object') settings = pulled
  }

  connection.onDidChangeConfiguration(async (change) => {
    const pushed = (change.settings as {copydesk?: Settings} | null | undefined)?.copydesk
    if (pushed && typeof pushed === 'object') settings = pushed
    else if (canPullConfig) await pullSettings()
    relintAll()
  })

  connection.onDidChangeWatchedFiles(() => {
    reloadConfig()
  })

  /** Config or ignore files changed: read them again and re-lint everything open. */
  function reloadConfig(): void {
    finder = new ConfigFinder()
    ignores = new Map()
    generation++
    relintAll()
  }

  function relintAll(): void {
    for (const document of documents.all()) schedule(document.uri)
  }

  function state(uri: string): State {
    let value = states.get(uri)
    if (!value) {
      value = {messages: [], messagesVersion: undefined, timer: undefined, inFlight: false, again: false, waiting: []}
      states.set(uri, value)
    }

    return value
  }

  // A client that cannot watch files (Vim's ALE) still gets a changed .copydeskrc: on open and on save,
  // the config files up from the document are compared with what was read (by modification time).
  const seen = new Map<string, number>()
  function configChanged(uri: string): boolean {
    if (canWatch || !uri.startsWith('file:')) return false
    let changed = false
    for (let directory = path.dirname(fileURLToPath(uri)); ; directory = path.dirname(directory)) {
      for (const name of controlFiles) {
        const file = path.join(directory, name)
        let time = -1
        try {
          time = statSync(file).mtimeMs
        } catch {}
        if (seen.has(file) && seen.get(file) !== time) changed = true
        seen.set(file, time)
      }

      if (path.dirname(directory) === directory) return changed
    }
  }

  documents.onDidOpen(({document}) => {
    if (configChanged(document.uri)) reloadConfig()
    else schedule(document.uri)
  })
  documents.onDidSave(({document}) => {
    if (configChanged(document.uri)) reloadConfig()
  })
  documents.onDidChangeContent(({document}) => {
    schedule(document.uri)
    // Saving a config file through the editor counts as a change to it too.
    if (/(^|\/)(\.copydeskrc(\.json|\.ya?ml)?|\.copydeskignore)$/.test(document.uri)) reloadConfig()
  })
  documents.onDidClose(({document}) => {
    const current = states.get(document.uri)
    if (current?.timer) clearTimeout(current.timer)
    states.delete(document.uri)
    void connection.sendDiagnostics({uri: document.uri, diagnostics: []})
  })

  function schedule(uri: string): void {
    const current = state(uri)
    if (current.timer) return
    current.timer = setTimeout(() => {
      current.timer = undefined
      void lintDocument(uri)
    }, Math.max(0, settings.debounce ?? 0))
  }

  async function lintDocument(uri: string): Promise<void> {
    const document = documents.get(uri)
    const current = states.get(uri)
    if (!document || !current) return
    if (current.inFlight) {
      // One lint per document at a time; the newest text goes next.
      current.again = true
      return
    }

    const version = document.version
    const text = document.getText()
    const filePath = uri.startsWith('file:') ? fileURLToPath(uri) : undefined
    current.inFlight = true
    let messages: PlainMessage[]
    try {
      messages = await lintText(text, filePath, languageFormats[document.languageId] ?? (filePath ? formatFromPath(filePath) : 'text'))
    } catch (error) {
      messages = [
        problem(
          error instanceof TaskTimeout
            ? `copydesk stopped checking this document after ${error.milliseconds} ms (raise the setting copydesk.timeout)`
            : `copydesk could not check this document: ${(error as Error).message}`
        )
      ]
    } finally {
      current.inFlight = false
    }

    // Closed meanwhile, or edited: a newer lint is (or will be) on its way.
    if (states.get(uri) !== current || documents.get(uri)?.version !== version) {
      if (current.again && states.get(uri) === current) {
        current.again = false
        schedule(uri)
      }

      return
    }

    current.messages = messages
    current.messagesVersion = version
    for (const resolve of current.waiting.splice(0)) resolve()
    void connection.sendDiagnostics({uri, version, diagnostics: messages.map((message) => toDiagnostic(document, message))})
    if (current.again) {
      current.again = false
      schedule(uri)
    }
  }

  async function lintText(text: string, filePath: string | undefined, format: Format): Promise<PlainMessage[]> {
    const directory = filePath ? path.dirname(filePath) : process.cwd()
    if (filePath && isIgnored(filePath, ignores)) return []
    let config
    try {
      config = finder.forDirectory(directory)
    } catch (error) {
      if (error instanceof CopydeskError) return [problem(error.message, true)]
      throw error
    }

    const outcome = await getPool().run({
      text,
      path: filePath,
      format,
      options: withSettings(config.options, settings),
      where: config.path ?? 'editor settings',
      generation
    })
    return outcome.error ? [problem(outcome.error, true)] : outcome.messages
  }

  connection.onCodeAction(async (params) => {
    const current = await settled(params.textDocument.uri)
    const document = documents.get(params.textDocument.uri)
    // Offer fixes only from results computed for the text the client has now.
    if (!document || !current || current.messagesVersion !== document.version) return []
    return codeActions(document, current.messages, params.range, params.context.only)
  })

  connection.onHover(async (params) => {
    const current = await settled(params.textDocument.uri)
    const document = documents.get(params.textDocument.uri)
    if (!document || !current || current.messagesVersion !== document.version) return null
    return hoverAt(document, current.messages, params.position, (ruleId) => specFor(ruleId)?.description.replace(/\s+/g, ' ').trim())
  })

  /**
   * The document's state once the lint of its current version is in (a request sent right after an
   * edit waits for the lint already running, up to a second, instead of answering from nothing).
   */
  async function settled(uri: string): Promise<State | undefined> {
    const deadline = Date.now() + codeActionWait
    for (;;) {
      const document = documents.get(uri)
      const current = states.get(uri)
      if (!document || !current || current.messagesVersion === document.version || Date.now() >= deadline) return current
      await new Promise<void>((resolve) => {
        current.waiting.push(resolve)
        setTimeout(resolve, Math.max(0, deadline - Date.now()))
      })
    }
  }

  documents.listen(connection)
  connection.onShutdown(async () => {
    await pool?.close()
    pool = undefined
  })
  connection.listen()
}

/** A message about the whole document (a config error, a failed lint). */
function problem(reason: string, fatal = false): PlainMessage {
  return {reason, ruleId: fatal ? 'config' : 'copydesk', source: 'copydesk', fatal, url: undefined, actual: undefined, expected: [], note: undefined, start: undefined, end: undefined}
}

/** Client settings over the config file, as CLI flags are. */
function withSettings(options: Options, settings: Settings): Options {
  return {
    ...options,
    rules: {...options.rules, ...(settings.rules && typeof settings.rules === 'object' ? settings.rules : {})},
    ...(settings.dialect ? {dialect: settings.dialect} : {}),
    ...(settings.date ? {date: settings.date} : {})
  }
}
