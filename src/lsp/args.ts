/** What `copydesk-language-server`'s arguments ask for; only `--stdio` (the default) and a client's process id start a server. */
export function serverRequest(args: string[]): {kind: 'version' | 'help' | 'serve'} | {kind: 'unknown'; option: string} {
  if (args.includes('--version') || args.includes('-v')) return {kind: 'version'}
  if (args.includes('--help') || args.includes('-h')) return {kind: 'help'}
  const unknown = args.find((arg) => arg !== '--stdio' && !arg.startsWith('--clientProcessId'))
  return unknown === undefined ? {kind: 'serve'} : {kind: 'unknown', option: unknown}
}
