#!/usr/bin/env node
/**
 * `copydesk-language-server`: the language server over stdio (`--stdio` is
 * accepted and is the default).
 */
// First: starts the lint worker before the modules below are evaluated (see lsp/prestart.ts).
import './lsp/prestart.js'
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {serverRequest} from './lsp/args.js'
import {startServer} from './lsp/server.js'
import {version} from './paths.js'

const request = serverRequest(process.argv.slice(2))
if (request.kind === 'version') {
  process.stdout.write(version + '\n')
} else if (request.kind === 'help') {
  process.stdout.write('Usage: copydesk-language-server [--stdio]\n\nThe copydesk language server (LSP 3.17) over stdin/stdout.\n')
} else if (request.kind === 'unknown') {
  process.stderr.write(`copydesk-language-server: unknown option \`${request.option}\` (only --stdio is supported)\n`)
  process.exitCode = 2
} else {
  startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout))
}
