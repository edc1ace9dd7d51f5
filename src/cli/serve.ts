/**
 * `copydesk --serve [[host:]port]`: the desk's page (dist/web) over HTTP for a
 * newsroom intranet. Loopback only unless a host is named; the page lints in
 * the browser, so the server only hands out its four files.
 */
import {readFile} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import path from 'node:path'
import {CopydeskError} from '../errors.js'
import {distDir} from '../paths.js'

const files: Record<string, string> = {
  '/': 'index.html',
  '/index.html': 'index.html',
  '/copydesk.js': 'copydesk.js',
  '/copydesk-worker.js': 'copydesk-worker.js',
  '/copydesk.css': 'copydesk.css'
}

const types: Record<string, string> = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8'}

export const defaultPort = 8484

/** `8484`, `0.0.0.0:8484` or `[::]:8484` into host and port. */
export function parseListen(value: string): {host: string; port: number} {
  const match = /^(?:(\[[^\]]+\]|[^:]+):)?(\d{1,5})$/.exec(value)
  const port = Number(match?.[2])
  if (!match || port > 65_535) throw new CopydeskError(`--serve takes a port or host:port (such as 8484 or 0.0.0.0:8484), not \`${value}\``)
  return {host: (match[1] ?? '127.0.0.1').replace(/^\[|\]$/g, ''), port}
}

export async function serve(listen: {host: string; port: number}): Promise<{server: Server; url: string}> {
  const folder = path.join(distDir, 'web')
  const server = createServer((request, response) => {
    const name = files[new URL(request.url ?? '/', 'http://localhost').pathname]
    if (!name || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('not found\n')
      return
    }

    readFile(path.join(folder, name)).then(
      (body) => {
        response.writeHead(200, {'content-type': types[path.extname(name)]!, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff'})
        response.end(request.method === 'HEAD' ? undefined : body)
      },
      () => response.writeHead(500, {'content-type': 'text/plain; charset=utf-8'}).end('the page is not built: run `npm run build`\n')
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new CopydeskError(error.code === 'EADDRINUSE' ? `--serve: port ${listen.port} is in use` : `--serve: cannot listen on ${listen.host}:${listen.port} (${error.code ?? error.message})`))
    )
    server.listen(listen.port, listen.host, resolve)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : listen.port
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host
  return {server, url: `http://${host}:${port}/`}
}
