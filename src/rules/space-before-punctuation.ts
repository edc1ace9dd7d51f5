/**
 * space-before-punctuation: a space left before a comma, full stop, colon,
 * semicolon, question or exclamation mark or closing bracket
 * ("Parliament . Then", "al-Assad , who"), in prose only (code, URLs and
 * tables are not prose). Not a decimal or a file name (" .5", " .com"), not
 * an ellipsis, not a point after an abbreviation's own ("U.S. ."), and under
 * `french: true` not the space French typography puts before ; : ? and !.
 *
 * A few slips are reported one by one; more than `maxEach` in one story is
 * debris from a paste or a scrape (link text lost), reported once, at the
 * first, with the lines of the others.
 */
import {eachProse} from '../model/words.js'
import type {Check, Finding, RuleModule} from '../types.js'

interface Options {
  /** French spacing: a space before ; : ? ! is right. */
  french: boolean
  /** Report up to this many one by one; more are one message. */
  maxEach: number
}

// A word, number or closing bracket; the spaces; the mark; what follows. Not a quote mark:
// Brown prints `."  )` as typesetting, and a straight quote may open as well as close.
const pattern = /([\p{L}\p{N})\]%])([ \t\u00a0\u202f]+)([,.;:?!)\]])(.?)/gu

export const spaceBeforePunctuation: RuleModule<Options> = {
  id: 'space-before-punctuation',
  create({options}): Check {
    return (model, report) => {
      const found: Finding[] = []
      eachProse(model, (value, offset) => {
        pattern.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = pattern.exec(value))) {
          const [, before, space, mark, after] = match as unknown as [string, string, string, string, string]
          pattern.lastIndex = match.index + before.length + space.length + mark.length
          if (ignored(mark, after, options)) continue
          const start = offset + match.index + before.length
          const end = start + space.length + mark.length
          found.push({
            start,
            end,
            actual: space + mark,
            expected: [mark],
            reason: `Unexpected space before \`${mark}\`, remove it`
          })
        }
      })

      if (found.length <= options.maxEach) {
        for (const finding of found) report(finding)
        return
      }

      const [first, ...rest] = found as [Finding, ...Finding[]]
      const lines = [...new Set(rest.map((finding) => model.lines.point(finding.start).line))]
      report({
        ...first,
        reason: `Unexpected space before punctuation, ${found.length} times in this story: here and at ${lines.length === 1 ? 'line' : 'lines'} ${lines.slice(0, 6).join(', ')}${lines.length > 6 ? ', …' : ''}`
      })
    }
  }
}

function ignored(mark: string, after: string, options: Options): boolean {
  // " .5", " .com", " ...", " .)" after a sentence-final abbreviation.
  if (mark === '.' && /[\p{L}\p{N}.]/u.test(after)) return true
  // A time or ratio written spaced (" :30"), an emoticon (" :)", " :-)", " ;-)").
  if ((mark === ':' || mark === ';') && /[\p{N}()\-]/u.test(after)) return true
  return options.french && /[;:?!]/.test(mark)
}
