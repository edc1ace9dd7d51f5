/**
 * The language server's lint worker, started before the rest of the server's
 * bundle is evaluated: language-server.ts imports this module first, and an
 * import runs before the body of the module that imports it. The worker then
 * loads its data and tagger while the server loads its own code and the
 * client's handshake runs; the server's first pool adopts it.
 */
import {prestartWorker} from '../pool/pool.js'
import {serverRequest} from './args.js'

if (serverRequest(process.argv.slice(2)).kind === 'serve') prestartWorker()
