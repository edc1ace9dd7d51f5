#!/usr/bin/env node
/**
 * `copydesk-language-server`: the language server over stdio (`--stdio` is
 * accepted and is the default).
 */
import {createConnection, ProposedFeatures} from 'vscode-languageserver/node'
import {startServer} from './lsp/server.js'
import {version} from './paths.js'

const args = process.argv.slice(2)
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(version + '\n')
} else if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: copydesk-language-server [--stdio]\n\nThe copydesk language server (LSP 3.17) over stdin/stdout.\n')
} else {
  const unknown = args.filter((arg) => arg !== '--stdio' && !arg.startsWith('--clientProcessId'))
  if (unknown.length > 0) {
    process.stderr.write(`copydesk-language-server: unknown option \`${unknown[0]}\` (only --stdio is supported)\n`)
    process.exitCode = 2
  } else {
    startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout))
  }
}
