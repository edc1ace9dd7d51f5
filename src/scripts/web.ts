/**
 * Build step: the desk's web page in `dist/web/` (index.html, copydesk.js,
 * copydesk.css). The worker is the processor bundled for the browser with the
 * package's data embedded (the same files the CLI reads) and `platform.ts`
 * swapped for `web/platform.ts` (copydesk-worker.js); the page script starts
 * it from a Blob URL, so the page also works from file://.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {build, type Plugin} from 'esbuild'
import {style as reportStyle} from '../reporters/html.js'
import {packageDir} from '../paths.js'

const root = packageDir
const out = path.join(root, 'dist/web')
const src = path.join(root, 'src')

/** Files the processor reads at run time (see platform.ts), embedded by path from the package root. */
const embedded = [
  'dist/rules.json',
  'dist/titles.json',
  'dist/packs.json',
  'rules/data/officeholders.json',
  'rules/data/congress.json',
  'rules/data/spelling-variants.json',
  'rules/data/spelling-words.json',
  'rules/data/lowercase-words.json',
  'node_modules/retext-redundant-acronyms/lib/schema.js'
]

const read = (relative: string) => readFileSync(path.join(root, relative), 'utf8')

function virtual(modules: Record<string, () => string>): Plugin {
  return {
    name: 'copydesk-virtual',
    setup(build) {
      build.onResolve({filter: /^copydesk:/}, (args) => ({path: args.path, namespace: 'copydesk'}))
      build.onLoad({filter: /.*/, namespace: 'copydesk'}, (args) => {
        const make = modules[args.path]
        if (!make) return {errors: [{text: `unknown module ${args.path}`}]}
        return {contents: `export default ${make()}`, loader: 'js'}
      })
    }
  }
}

/** The browser's platform.ts in place of Node's, and no Node built-in anywhere. */
const browserHost: Plugin = {
  name: 'copydesk-browser-host',
  setup(build) {
    build.onResolve({filter: /[/\\]platform\.js$/}, (args) =>
      args.importer.startsWith(path.join(src, 'web')) ? undefined : {path: path.join(src, 'web/platform.ts')}
    )
    // Reading rules from YAML is for development; the page has them compiled.
    build.onResolve({filter: /[/\\]build-rules\.js$/}, () => ({path: 'build-rules', namespace: 'copydesk-stub'}))
    build.onLoad({filter: /.*/, namespace: 'copydesk-stub'}, () => ({contents: 'export function readSpecs() { throw new Error("rules are compiled into the page") }', loader: 'js'}))
    build.onResolve({filter: /^node:/}, (args) => ({errors: [{text: `${args.path} imported by ${path.relative(root, args.importer)}: not available in the browser`}]}))
  }
}

const common = {bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, write: false, logLevel: 'warning', legalComments: 'none'} as const

// The worker is wrapped in a named function: the page starts it from a Blob of
// the function's own source (workers cannot load from file://), and runs it on
// the main thread where workers are refused. Embedding it as a string instead
// would escape every quote of the embedded data (2.5 MB gzipped against 2.2).
const worker = await build({
  ...common,
  entryPoints: [path.join(src, 'web/worker.ts')],
  // A worker has no `document`: packages with a DOM build have a worker build too.
  conditions: ['worker'],
  banner: {js: 'function copydeskWorker(copydeskScope){'},
  footer: {js: '}'},
  plugins: [browserHost, virtual({'copydesk:files': () => JSON.stringify(Object.fromEntries(embedded.map((file) => [file, read(file)])))})]
})

const rules = (JSON.parse(read('dist/rules.json')) as Array<{id: string; category: string; description: string}>).map(({id, category, description}) => ({id, category, description}))
const page = await build({
  ...common,
  entryPoints: [path.join(src, 'web/page.ts')],
  plugins: [
    browserHost,
    virtual({
      'copydesk:sample': () => JSON.stringify(read('fixtures/drafts/harbour-fire.txt')),
      'copydesk:rules': () => JSON.stringify(rules)
    })
  ]
})

mkdirSync(out, {recursive: true})
writeFileSync(path.join(out, 'copydesk-worker.js'), worker.outputFiles[0]!.text)
writeFileSync(path.join(out, 'copydesk.js'), page.outputFiles[0]!.text)
writeFileSync(path.join(out, 'copydesk.css'), reportStyle.trim() + '\n' + read('src/web/page.css'))
writeFileSync(path.join(out, 'index.html'), read('src/web/index.html'))
