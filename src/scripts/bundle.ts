/**
 * Build step: bundle the two bins (`dist/cli.js`, `dist/language-server.js`)
 * into one file each with esbuild, over tsc's output of the same name. Loading
 * one file instead of ~300 ES modules saves about 110 ms of every cold start
 * (measured: 0.43 s -> 0.32 s for a 1,000-word story). The library entry
 * (`dist/index.js`) and the pool's worker stay tsc's modules.
 */
import {build} from 'esbuild'

await build({
  entryPoints: ['src/cli.ts', 'src/language-server.ts'],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  allowOverwrite: true,
  logLevel: 'warning',
  // Loaded at run time with createRequire (CommonJS, and only when needed).
  external: ['wink-nlp', 'wink-eng-lite-web-model', 'safe-regex2'],
  // CommonJS dependencies inside an ES module bundle need a `require`.
  banner: {js: "import {createRequire as copydeskCreateRequire} from 'node:module'; const require = copydeskCreateRequire(import.meta.url);"}
})
