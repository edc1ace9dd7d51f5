// spelling and space-before-punctuation (and name-consistency for misspelled names) beyond their rule-file examples:
// Markdown code, the house word list, the seed story, Brown and published news.
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLinter} from '../src/index.js'
import {compileDictionary, dictionaryFrom} from '../src/data/dictionary.js'
import {alone, brown, cli, perThousandWords, root, rows, seed, shared} from './helpers.js'

const spelling = (options: Record<string, unknown> = {}) => createLinter({rules: alone('spelling', ['warning', options])})

describe('spelling', () => {
  it('reads no code, and the prose beside it', () => {
    const file = createLinter({format: 'markdown', rules: alone('spelling')})('Run `git comit --amend` to fix the goverment message.\n\n```\nusrname = teh\n```\n')
    expect(rows(file)).toEqual(['1:36-1:45 spelling Possible typo `goverment`, expected `government`: no dictionary knows `goverment`'])
  })

  it('keeps the house word list: inline, in a text file and in a YAML file', () => {
    const text = 'The ferry left Tobermory at dawn, past the lighthuose.'
    expect(spelling()(text).messages.map((message) => message.actual)).toEqual(['lighthuose'])
    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-words-'))
    writeFileSync(path.join(folder, 'words.txt'), '# house words\nlighthuose\n')
    writeFileSync(path.join(folder, 'words.yaml'), 'words: [lighthuose]\n')
    expect(spelling({words: ['lighthuose']})(text).messages).toEqual([])
    // A house list adds to the foreign words the rule knows; it does not replace them.
    expect(spelling({words: ['lighthuose']})('The avant garde gallery opened on Friday in the town.').messages).toEqual([])
    expect(spelling({files: [path.join(folder, 'words.txt')]})(text).messages).toEqual([])
    expect(spelling({files: [path.join(folder, 'words.yaml')]})(text).messages).toEqual([])
  })

  it('names a word list it cannot use in one line', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'copydesk-words-'))
    const bad = path.join(folder, 'bad.yaml')
    writeFileSync(bad, 'words: 12\n')
    writeFileSync(path.join(folder, 'story.txt'), 'The siutuation is calm.\n')
    writeFileSync(path.join(folder, '.copydeskrc.json'), JSON.stringify({rules: {spelling: {files: ['bad.yaml']}}}))
    const run = cli(['story.txt'], {cwd: folder})
    expect(run.code).toBe(2)
    // The file named relative to the config is read from the config's folder, and named in full.
    expect(run.stderr.trim()).toBe(`copydesk: ${path.join(folder, 'bad.yaml')}: field \`words\` must be a list of strings`)
    expect(() => spelling({files: [path.join(folder, 'missing.txt')]})('x')).toThrow(/missing\.txt: cannot read spelling file/)
  })

  it('raises nothing on the seed story, whose names are all real', () => {
    expect(createLinter({rules: alone('spelling')})(seed).messages).toEqual([])
  })
})

describe('space-before-punctuation', () => {
  it('leaves French spacing alone under `french: true`, and fixes the rest', () => {
    const text = 'Il a dit : « non » ; puis ? Enfin , rien.'
    const french = createLinter({rules: alone('space-before-punctuation', ['warning', {french: true}])})(text)
    expect(rows(french)).toEqual(['1:34-1:36 space-before-punctuation Unexpected space before `,`, remove it'])
    const plain = createLinter({rules: alone('space-before-punctuation')})(text)
    expect(plain.messages.map((message) => message.actual)).toEqual([' :', ' ?', ' ,'])
    const debris = createLinter({rules: alone('space-before-punctuation')})('One , two , three.\nFour , five ; six.\n')
    expect(rows(debris)).toEqual(['1:4-1:6 space-before-punctuation Unexpected space before punctuation, 4 times in this story: here and at lines 1, 2'])
  })

  it('reads no code or table in Markdown', () => {
    const text = 'Use `a , b` here.\n\n| a , b | c |\n| --- | --- |\n| 1 , 2 | 3 |\n\nDone , then.\n'
    expect(rows(createLinter({format: 'markdown', rules: alone('space-before-punctuation')})(text))).toEqual([
      '7:5-7:7 space-before-punctuation Unexpected space before `,`, remove it'
    ])
  })
})

describe('typos on edited and published copy', () => {
  const both = createLinter({rules: {...alone('spelling'), 'space-before-punctuation': 'warning', 'name-consistency': 'warning'}})

  it('stays at or under 0.1 messages per 1,000 words together on the Brown press sections', () => {
    const press = brown(/^c[abc]\d\d/)
    expect(perThousandWords('spelling', press) + perThousandWords('space-before-punctuation', press)).toBeLessThanOrEqual(0.1)
  })

  it('catches the typos of published news copy with the right fix', () => {
    const article = (name: string) => readFileSync(path.join(shared, 'corpus/news/articles', name), 'utf8')
    const found = (name: string) => both(article(name)).messages.map((message) => `${message.actual} -> ${message.expected!.join(' | ')}`)
    expect(found('cnn-085.txt')).toContain('entrepeneur -> entrepreneur')
    expect(found('reuters-056.txt')).toEqual(expect.arrayContaining(['siutuation -> situation', 'Usingprices -> Using prices']))
    expect(found('reuters-108.txt')).toContain('persaude -> persuade')
    // The misspelled name is name-consistency's: the story writes Stonecipher twice.
    expect(found('reuters-115.txt')).toEqual(expect.arrayContaining(['Stoneciphjer -> Stonecipher', 'saiod -> said']))
    expect(found('cnn-139.txt')).toContain('tothe -> to the')
    expect(found('cnn-146.txt')).toContain(' . -> .')
  })
})

describe('the spelling dictionary', () => {
  // The speed path: the build's dist/spelling-words.bin, read as bytes and searched in place. It must
  // answer as the reviewed JSON does, laid out the same way in memory (the web page's path).
  it('answers from the compiled file exactly as from the JSON it was compiled from', () => {
    const json = readFileSync(path.join(root, 'rules/data/spelling-words.json'), 'latin1')
    const compiled = readFileSync(path.join(root, 'dist/spelling-words.bin'))
    expect(Buffer.from(compileDictionary(json)).equals(compiled)).toBe(true)
    const fromFile = dictionaryFrom(compiled)
    const fromJson = dictionaryFrom(compileDictionary(json))
    const words = new Set([...(seed + brown(/^c[a-e]0\d\./).texts.join(' ')).toLowerCase().matchAll(/[a-z]+/g)].map((match) => match[0]))
    const typos = ['recieve', 'goverment', 'teh', 'harbuor', 'comittee', 'acheive', 'seperate']
    for (const word of [...words, ...typos, 'xyzzy', 'naïve', "o'clock", '']) {
      expect([word, fromFile.known(word), fromFile.frequent(word), fromFile.name(word)]).toEqual([word, fromJson.known(word), fromJson.frequent(word), fromJson.name(word)])
    }

    for (const word of typos) expect(fromFile.oneEdit(word).concat(fromFile.twoEdits(word))).toEqual(fromJson.oneEdit(word).concat(fromJson.twoEdits(word)))
    expect(fromFile.oneEdit('recieve')).toEqual(['receive', 'relieve'])
    expect(fromFile.known('abbé') && fromFile.known('agaçant')).toBe(true)
    expect(fromFile.known('harbour') && fromFile.known('harbor') && !fromFile.known('harbuor')).toBe(true)
    expect(words.size).toBeGreaterThan(5000)
  })
})
