/**
 * Compile VarCon (../shared/data/varcon/varcon.txt) into `rules/data/spelling-variants.json`:
 * US/UK pairs of common words that are a spelling choice and nothing else.
 *
 * Usage: node dist/scripts/varcon.js <varcon.txt> [out.json]
 *
 * Kept: clusters at SCOWL level ≤ 60, lowercase words without apostrophes,
 * the preferred American (`A`) and British (`B`, plus Oxford `Z`) forms.
 * Dropped: archaic `(-)` lines, variant-only tags, pairs where one dialect also
 * commonly uses the other's form (`Av`/`Bv`: catalogue, flier), and any word that is the
 * preferred form in both dialects in some sense (program, check, meter, tire):
 * such a word is no evidence of dialect and must never be flagged.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

const [input = '../shared/data/varcon/varcon.txt', output = 'rules/data/spelling-variants.json'] = process.argv.slice(2)
const maxLevel = 60
const text = readFileSync(input, 'utf8')
const readme = readFileSync(path.join(path.dirname(input), 'README'), 'utf8')

interface Pair {
  us: string
  uk: string
  oxford: string | undefined
}

const pairs = new Map<string, Pair>()
const usForms = new Set<string>()
const ukForms = new Set<string>()
const shared = new Set<string>()
let level = 100

for (const raw of text.split('\n')) {
  if (raw.startsWith('#')) {
    const match = /\(level (\d+)\)/.exec(raw)
    level = match ? Number(match[1]) : 100
    continue
  }

  const line = raw.replace(/\s+#.*$/, '')
  if (!line.trim()) continue
  const [body = '', ...notes] = line.split(' | ')
  const archaic = notes.some((note) => note.includes('(-)'))
  const forms = body.split(' / ').map((part) => {
    const [tags = '', word = ''] = part.split(': ')
    return {tags: tags.trim().split(/\s+/), word: word.trim()}
  })

  const pick = (category: string) => forms.find((form) => form.tags.some((tag) => tag === category || tag === category + '.'))?.word
  const us = pick('A')
  const uk = pick('B')
  // Without a Z tag on the line, B implies Z (VarCon README).
  const oxford = pick('Z') ?? uk
  // Any word preferred in both dialects here is not a dialect marker, at any level.
  if (us && us === uk) shared.add(us)
  // A British form that is also a common American variant (catalogue: `Av`), or
  // the reverse (flier: `Bv`), is no evidence of dialect.
  const tagsOf = (word: string) => forms.filter((form) => form.word === word).flatMap((form) => form.tags)
  const weak = Boolean(us && uk) && (tagsOf(uk!).some((tag) => tag === 'Av' || tag === 'A.') || tagsOf(us!).some((tag) => tag === 'Bv' || tag === 'B.'))
  if (level > maxLevel || archaic || weak || !us || !uk || us === uk) continue
  if (!/^[a-z]+$/.test(us) || !/^[a-z]+$/.test(uk)) continue
  usForms.add(us)
  ukForms.add(uk)
  pairs.set(us + '/' + uk, {us, uk, oxford: oxford !== uk ? oxford : undefined})
}

const kept: Array<[string, string, string?, string?]> = []
for (const pair of pairs.values()) {
  // A form that is also the other dialect's spelling elsewhere is ambiguous.
  if (ukForms.has(pair.us) || usForms.has(pair.uk)) continue
  // A form both dialects use in some sense (program, check, meter, tire) is kept
  // only as the fix for its partner: flag `u` (US form shared) or `k` (UK form shared).
  const flags = (shared.has(pair.us) ? 'u' : '') + (shared.has(pair.uk) ? 'k' : '')
  if (flags === 'uk') continue
  kept.push(flags ? [pair.us, pair.uk, pair.oxford ?? '', flags] : pair.oxford ? [pair.us, pair.uk, pair.oxford] : [pair.us, pair.uk])
}

kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
const version = /Version ([\d.]+)/.exec(readme)?.[1] ?? 'unknown'
const copyright = readme.slice(readme.indexOf('\nCopyright\n=========') + 1).trim()

writeFileSync(
  output,
  JSON.stringify(
    {
      source: `VarCon ${version} (http://wordlist.aspell.net/), compiled by src/scripts/varcon.ts: SCOWL level <= ${maxLevel}, preferred A/B/Z forms only`,
      license: copyright,
      columns: ['us', 'uk', 'oxford (only where it differs from uk)', 'flags: u = the US form is also British in another sense (never flagged), k = the reverse'],
      pairs: kept
    },
    null,
    0
  ).replace(/\],\[/g, '],\n[') + '\n'
)
console.log(`wrote ${kept.length} pairs to ${output}`)
