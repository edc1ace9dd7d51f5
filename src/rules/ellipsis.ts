/**
 * ellipsis: spacing around an ellipsis, and one form of it per story. AP
 * treats an ellipsis as a three-letter word: a space on each side ("and ...
 * We"), none against a quote mark or bracket that opens or closes around it,
 * and a fourth point where it follows a full sentence ("the end. ... Next").
 * By default only an ellipsis glued to the word after it is reported ("and
 * ...We", "that...for"): "word... word" is house style in much published
 * copy, and `spacing: ap` reports it too.
 * A story that writes both `...` and `…` is told to keep the form it uses more.
 */
import {eachProse, times} from '../model/words.js'
import type {Check, RuleModule} from '../types.js'

interface Options {
  /** `ap`: a space on each side; `after`: only an ellipsis glued to the next word; `off`: not checked. */
  spacing: string
  /** Report the minority of `...` and `…` in a story. */
  consistent: boolean
}

// Three points (not four: "end...." is a full stop and an ellipsis), or the one character.
const ellipsis = /(?<![.\u2026])(?:\.\.\.|\u2026)(?![.\u2026])/g
const word = /[\p{L}\p{N}]/u

export const ellipsisRule: RuleModule<Options> = {
  id: 'ellipsis',
  create({options}): Check {
    return (model, report) => {
      const found: Array<{start: number; form: string}> = []
      eachProse(model, (value, offset) => {
        if (!value.includes('...') && !value.includes('\u2026')) return
        ellipsis.lastIndex = 0
        let match: RegExpExecArray | null
        while ((match = ellipsis.exec(value))) {
          const start = offset + match.index
          const end = start + match[0].length
          found.push({start, form: match[0]})
          if (options.spacing === 'off') continue
          const before = model.text.charAt(start - 1)
          const after = model.text.charAt(end)
          // Only an ellipsis set between two words is judged; at a quote mark, bracket or line end it is left alone.
          const wordBefore = word.test(before)
          const wordAfter = word.test(after)
          const spaceBefore = /\s/.test(before) && word.test(model.text.charAt(start - 2))
          const spaceAfter = /\s/.test(after) && word.test(model.text.charAt(end + 1))
          const closedAfter = wordAfter && (wordBefore || spaceBefore)
          if (!closedAfter && !(options.spacing === 'ap' && wordBefore && spaceAfter)) continue
          const fixed = (wordBefore ? ' ' : '') + match[0] + (wordAfter ? ' ' : '')
          const left = /(?:[\p{L}\p{N}'’-]+[ \u00a0]?)?$/u.exec(model.text.slice(Math.max(0, start - 30), start))![0]
          const right = /^(?:[ \u00a0]?[\p{L}\p{N}'’-]+)?/u.exec(model.text.slice(end, end + 30))![0]
          const shown = (s: string) => `${left}${s}${right}`.trim()
          report({
            start,
            end,
            actual: match[0],
            expected: [fixed],
            reason: `Set the ellipsis off with a space on each side: \`${shown(fixed)}\`, not \`${shown(match[0])}\``,
            note: 'AP Stylebook (ellipsis): treat it as a three-letter word, with a space on each side.'
          })
        }
      })

      if (!options.consistent) return
      const dots = found.filter((item) => item.form === '...').length
      const single = found.length - dots
      if (dots === 0 || single === 0 || dots === single) return
      const majority = dots > single ? '...' : '\u2026'
      for (const item of found) {
        if (item.form === majority) continue
        report({
          start: item.start,
          end: item.start + item.form.length,
          actual: item.form,
          expected: [majority],
          reason: `Unexpected \`${item.form}\`, expected \`${majority}\`: the story writes \`...\` ${times(dots)} and \`\u2026\` ${times(single)}`
        })
      }
    }
  }
}

