#!/usr/bin/env node
/**
 * Entry point of the `copydesk` command. Everything but process wiring is in
 * `cli/main.ts`; unexpected failures print one line (set COPYDESK_DEBUG for
 * the stack) and exit 2.
 */
import {main} from './cli/main.js'

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const {decode} = await import('./cli/read.js')
  return decode(Buffer.concat(chunks), '<stdin>')
}

// `copydesk story.txt | head`: a reader that stops early closes the pipe. That is
// no error of copydesk's, and a stack trace is no answer: stop quietly, as cat does.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    process.exit(process.exitCode ?? 0)
  })
}

// No top-level await: the bundled bin is CommonJS (see scripts/bundle.ts).
main(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  stdinIsTty: Boolean(process.stdin.isTTY),
  stdoutIsTty: Boolean(process.stdout.isTTY),
  stderrIsTty: Boolean(process.stderr.isTTY)
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`copydesk: ${(error as Error).message ?? String(error)}\n`)
    if (process.env['COPYDESK_DEBUG']) process.stderr.write(String((error as Error).stack) + '\n')
    process.exitCode = 2
  }
)
