/**
 * Build step: bundle the two bins (`dist/cli.cjs`, `dist/language-server.cjs`)
 * and the pool's worker (`dist/pool/worker.cjs`) into one file each with
 * esbuild, beside tsc's modules of the same name (`dist/cli.js`, which run
 * the same code unbundled). Loading one file instead of ~300 ES modules saves
 * about 110 ms of every cold start (measured: 0.43 s -> 0.32 s for a
 * 1,000-word story). The library entry (`dist/index.js`) stays tsc's modules.
 *
 * The bundles are CommonJS: a process whose entry is CommonJS never starts
 * Node's ES module loader, and 20 alternated cold runs took 439 ms at the
 * quartile against 472 ms for the same bundle as an ES module.
 *
 * Each bundle is written without comments or indentation and in ASCII only
 * (see `asciiOnly`): Node decodes a module's source as UTF-8 and V8 scans a
 * one-byte string faster, so loading the CLI's bundle went from 65-86 ms to
 * 51-54 ms of a cold start (1.24 MB -> 0.90 MB; names are kept, so a
 * COPYDESK_DEBUG stack still reads).
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {build, type Plugin} from 'esbuild'

/**
 * The source with every non-ASCII UTF-16 unit written as `\uXXXX`. esbuild
 * already escapes strings; what is left sits in regular expressions, where
 * the escape means the same character (an astral one as its surrogate pair,
 * which a `u` expression reads as one code point).
 */
function asciiOnly(source: string): string {
  return source.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * What a plain-text story never needs, bundled apart (`dist/lazy/<name>.cjs`)
 * and required when first called: the HTML parser (parse5 and its entities,
 * 290 kB of the 1 MB bundle), the Markdown parser (micromark, 150 kB), diffs
 * (`--fix-dry-run`) and globs. V8 scans every function of a loaded file, used or
 * not. The bins import each package through a stand-in whose functions load
 * the real one on first call (only functions are named here).
 */
const lazy: Record<string, Record<string, string[]>> = {
  html: {'hast-util-from-html': ['fromHtml']},
  markdown: {
    'mdast-util-from-markdown': ['fromMarkdown'],
    'micromark-extension-frontmatter': ['frontmatter'],
    'mdast-util-frontmatter': ['frontmatterFromMarkdown'],
    'mdast-util-gfm-table': ['gfmTableFromMarkdown'],
    'micromark-extension-gfm-table': ['gfmTable']
  },
  diff: {diff: ['createTwoFilesPatch']},
  glob: {tinyglobby: ['glob', 'isDynamicPattern']}
}

const groupOf = new Map(Object.entries(lazy).flatMap(([group, packages]) => Object.keys(packages).map((name) => [name, group] as const)))
const src = path.resolve('src')

const standIns: Plugin = {
  name: 'lazy-stand-ins',
  setup(builder) {
    builder.onResolve({filter: /^[@a-z]/}, (args) => (groupOf.has(args.path) ? {path: args.path, namespace: 'lazy'} : undefined))
    builder.onLoad({filter: /.*/, namespace: 'lazy'}, (args) => {
      const group = groupOf.get(args.path)!
      const names = lazy[group]![args.path]!
      return {
        resolveDir: src,
        loader: 'js',
        contents: [
          "import {distDir} from './paths.ts'",
          'let loaded',
          `const load = () => (loaded ??= require(distDir + 'lazy/${group}.cjs'))`,
          ...names.map((name) => `export function ${name}(...args) { return load().${name}(...args) }`)
        ].join('\n')
      }
    })
  }
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minifyWhitespace: true,
  write: false,
  logLevel: 'warning',
  // The sources' import.meta.url (paths.ts finds the package from it): the bundle's own file.
  define: {'import.meta.url': 'copydeskModuleUrl'},
  banner: {js: "const copydeskModuleUrl = require('node:url').pathToFileURL(__filename).href;"}
} as const

const groups = await Promise.all(
  Object.entries(lazy).map(([group, packages]) =>
    build({
      ...common,
      stdin: {contents: Object.entries(packages).map(([name, names]) => `export {${names.join(', ')}} from '${name}'`).join('\n'), resolveDir: src},
      outfile: `dist/lazy/${group}.cjs`
    })
  )
)

const result = await build({
  // The pool's worker too: each worker thread (the language server's, a batch's) loads one file
  // instead of the module graph (160-240 ms to import unbundled, measured).
  entryPoints: ['src/cli.ts', 'src/language-server.ts', 'src/pool/worker.ts'],
  outdir: 'dist',
  outbase: 'src',
  ...common,
  outExtension: {'.js': '.cjs'},
  // The CommonJS dependencies are bundled where named by a literal require (bundled-commonjs.ts);
  // yaml (config files) and the stock tagger model (3 MB, used only when dist/tagger/ is missing) are
  // required by a name esbuild cannot follow, and load from node_modules when needed.
  plugins: [standIns]
})

for (const file of [...result.outputFiles, ...groups.flatMap((group) => group.outputFiles)]) {
  mkdirSync(path.dirname(file.path), {recursive: true})
  writeFileSync(file.path, asciiOnly(file.text), file.text.startsWith('#!') ? {mode: 0o755} : {})
}
