// A minimal VS Code client for copydesk-language-server (stdio).
// Install: npm install here, then copy or symlink this folder into
// ~/.vscode/extensions/copydesk-vscode, with `copydesk` installed on PATH.
const {LanguageClient, TransportKind} = require('vscode-languageclient/node')

let client

exports.activate = function activate() {
  client = new LanguageClient(
    'copydesk',
    'copydesk',
    {command: 'copydesk-language-server', args: ['--stdio'], transport: TransportKind.stdio},
    {
      documentSelector: [{language: 'plaintext'}, {language: 'markdown'}, {language: 'html'}],
      synchronize: {configurationSection: 'copydesk'}
    }
  )
  return client.start()
}

exports.deactivate = function deactivate() {
  return client && client.stop()
}
