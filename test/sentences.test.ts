// Sentence checks (issue 4): missing-verb, missing-end-punctuation,
// relative-clause-comma and the retext plugins, on the seed story, in every
// context they must skip, and against the Brown corpus's gold tags.
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {createLinter, lint, ruleSpecs} from '../src/index.js'
import {alone, brown, perThousandWords, seed, shared} from './helpers.js'

const sentenceRules = ['missing-verb', 'missing-end-punctuation', 'relative-clause-comma']
const missingVerb = createLinter({rules: alone('missing-verb')})
const flagged = (text: string, format?: 'markdown' | 'html') =>
  missingVerb(text, format ? {format} : {}).messages.map((message) => message.actual)

describe('sentence checks on the seed story', () => {
  it('flag the dropped "said", the unterminated paragraph and the "Blinken who" clause, and nothing else', () => {
    const found = lint(seed)
      .messages.filter((message) => sentenceRules.includes(message.ruleId!))
      .map((message) => [`${message.line}:${message.column}-${message.place && 'end' in message.place ? `${message.place.end.line}:${message.place.end.column}` : ''}`, message.ruleId, message.actual, message.expected])
    expect(found).toEqual([
      ['11:160-11:168', 'missing-end-punctuation', 'official', ['official.']],
      ['15:1-15:40', 'relative-clause-comma', 'Blinken who was in Israel on October 12', ['Blinken, who was in Israel on October 12,']],
      ['27:12-27:16', 'missing-verb', 'that', ['said that']]
    ])
  })

  it('say what is missing', () => {
    const message = lint(seed).messages.find((item) => item.ruleId === 'missing-verb')!
    expect(message.reason).toBe(
      'The sentence has no main verb: `John Kirby` is followed by `that`; a reporting verb such as `said` seems to be missing'
    )
    expect(message.fatal).toBe(false)
  })

  it('leave the headline, byline, captions, dateline and quotations alone', () => {
    const lines = new Set(lint(seed).messages.filter((message) => sentenceRules.includes(message.ruleId!)).map((message) => message.line))
    for (const line of [1, 3, 4, 5, 9, 23, 25]) expect(lines.has(line)).toBe(false)
  })
})

it('missing-verb has at least 30 invalid and 60 valid examples in its rule file', () => {
  const spec = ruleSpecs().find((item) => item.id === 'missing-verb')!
  expect(spec.examples!.invalid!.length).toBeGreaterThanOrEqual(30)
  expect(spec.examples!.valid!.length).toBeGreaterThanOrEqual(60)
})

describe('missing-verb skips verbless contexts', () => {
  const body = 'The council met on Tuesday and approved the budget after a long debate.'
  it('headlines, captions, bylines and datelines', () => {
    expect(flagged(`Kirby that aid is coming soon\n\n${body}`)).toEqual([])
    expect(flagged(`# The committee, which met for six hours on Tuesday.\n\n${body}`, 'markdown')).toEqual([])
    expect(flagged(`${body}\n\nPhoto: The committee, which met for six hours on Tuesday.`)).toEqual([])
    expect(flagged(`<figure><img src="a.jpg"><figcaption>John Kirby that aid is coming.</figcaption></figure><p>${body}</p>`, 'html')).toEqual([])
    expect(flagged(`By John Kirby that desk\n\n${body}`)).toEqual([])
  })

  it('list items', () => {
    expect(flagged(`${body}\n\n- The committee, which met for six hours on Tuesday.\n- Police that the suspect fled.\n`, 'markdown')).toEqual([])
    expect(flagged(`${body}\n\n* Police that the suspect fled.`)).toEqual([])
  })

  it('quotations, bracketed asides, code and the dateline', () => {
    expect(flagged(`${body}\n\n"Police that the suspect fled," he said, repeating the rumour.`)).toEqual([])
    expect(flagged(`${body}\n\nHe said: “The committee, which met for six hours on Tuesday.”`)).toEqual([])
    expect(flagged(`${body}\n\n\`Police that the suspect fled.\` is a test string.`, 'markdown')).toEqual([])
    expect(flagged(`LONDON, March 14 (Reuters) - Police said that the suspect fled.`)).toEqual([])
  })

  it('but still finds the construction after a dateline and inside Markdown and HTML paragraphs', () => {
    expect(flagged(`${body}\n\nLONDON, March 14 (Reuters) - Police that the suspect had fled the scene.`)).toEqual(['that'])
    expect(flagged(`${body}\n\nThe *minister*, speaking on Monday, that aid was coming.`, 'markdown')).toEqual(['that'])
    expect(flagged(`<p>${body}</p><p>The committee, which met for six hours on <b>Tuesday</b>.</p>`, 'html')).toEqual(['The committee'])
  })

  it('finds sentences it was not tuned on (recall on a held-out set)', () => {
    // Written apart from the examples in rules/missing-verb.yml.
    const heldOut = [
      'Defence Minister Yoav Gallant that the offensive would continue for months.',
      'The foreign ministry in Beijing that China opposes any unilateral sanctions.',
      'A police spokeswoman that two men had been arrested at the airport.',
      'Kyiv Mayor Vitali Klitschko that power had been restored to most homes.',
      'The governor, visiting the flooded town on Sunday, that federal help was on the way.',
      'Union leaders that the strike would go ahead unless the offer improved.',
      'The central bank, which raised rates four times last year.',
      'Former President Donald Trump, who was indicted on Thursday.',
      'The prime minister, flanked by cabinet ministers at a news conference in London.',
      'The two leaders, who last met in Geneva in 2021.',
      'The airline, whose planes were grounded for a week in March.',
      'Investigators, working through the night at the crash site.',
      'The World Health Organization that cases had fallen for a third week.',
      'European Commission President Ursula von der Leyen that the bloc would act.',
      'The judge, in a written ruling, that the evidence had been obtained lawfully.',
      'Officials, speaking on condition of anonymity, that the talks had stalled.',
      'The school board, which voted 5-2 on Monday night to close two schools.',
      'Firefighters, battling the blaze for more than 12 hours.',
      'The ministry of health that 40 people had died in the attack.',
      'Egyptian President Abdel Fattah el-Sisi that Egypt would keep the crossing open.'
    ]
    const caught = heldOut.filter((text) => flagged(text).length === 1)
    expect(caught).toEqual(heldOut)
  })
})

describe('missing-verb against the gold tags of the whole Brown corpus', () => {
  // Brown tags for finite verbs: past, 3rd-person present, modals, and the
  // finite forms of be/have/do; a bare base form counts unless "to", a modal
  // or "do" governs it.
  const finiteTags = new Set(['vbd', 'vbz', 'md', 'bed', 'bedz', 'bez', 'bem', 'ber', 'hvd', 'hvz', 'dod', 'doz'])
  const directory = path.join(shared, 'corpus/brown/tagged')

  it('fires on at most 1 in 6,000 sentences that have a finite verb', () => {
    let withVerb = 0
    let falseAlarms = 0
    for (const name of readdirSync(directory).filter((item) => /^c[a-r]\d\d$/.test(item))) {
      const sentences: Array<{text: string; finite: boolean}> = []
      for (const line of readFileSync(path.join(directory, name), 'utf8').split('\n')) {
        if (!line.trim()) continue
        const tokens = line.trim().split(/\s+/).map((item) => {
          const slash = item.lastIndexOf('/')
          return [item.slice(0, slash), item.slice(slash + 1)] as const
        })
        const finite = tokens.some(([, tag], index) =>
          tag.split('+').some((part) => {
            const bare = part.replace(/\*$/, '').replace(/-(?:tl|hl|nc)$/, '').replace(/\*$/, '')
            return finiteTags.has(bare) || (['vb', 'hv', 'do'].includes(bare) && !/^(?:to|md|do)/.test(tokens[index - 1]?.[1] ?? ''))
          })
        )
        const text = tokens
          .map(([word]) => word)
          .join(' ')
          .replace(/``/g, '“')
          .replace(/''/g, '”')
          .replace(/ ([.,;:?!)”])/g, '$1')
          .replace(/([(“]) /g, '$1')
        sentences.push({text, finite})
      }

      // One sentence a paragraph, so each finding maps back to its sentence.
      const starts: number[] = []
      let document = ''
      for (const sentence of sentences) {
        starts.push(document.length)
        document += sentence.text + '\n\n'
      }

      const hit = new Set<number>()
      for (const message of missingVerb(document).messages) {
        const offset = message.place && 'start' in message.place ? message.place.start.offset! : 0
        let index = 0
        while (index + 1 < starts.length && starts[index + 1]! <= offset) index++
        hit.add(index)
      }

      for (const [index, sentence] of sentences.entries()) {
        if (!sentence.finite) continue
        withVerb++
        if (hit.has(index)) falseAlarms++
      }
    }

    expect(withVerb).toBeGreaterThan(50_000)
    // Measured: 8 of 52,911 (1 in 6,600), five of them real fragments whose
    // only verb is inside a relative clause; unchanged by the longer-sentence
    // and participle-fragment shapes (issue 19).
    expect(falseAlarms / withVerb).toBeLessThanOrEqual(1 / 6000)
  })
})

describe('sentence rules on the Brown press sections', () => {
  const press = brown(/^c[abc]\d\d/)
  // Messages per 1,000 words; the closing note of issue 4 lists them.
  const bounds: Record<string, number> = {
    'indefinite-article': 0.01,
    'missing-end-punctuation': 0.05,
    'missing-verb': 0.01,
    'redundant-acronyms': 0.01,
    'relative-clause-comma': 0.01,
    'sentence-spacing': 0.01
  }

  it.each(Object.entries(bounds))('%s stays under %f per 1,000 words', (id, bound) => {
    expect(perThousandWords(id, press)).toBeLessThanOrEqual(bound)
  })
})
