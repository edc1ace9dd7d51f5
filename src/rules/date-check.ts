/**
 * date-check: dates that do not add up. A weekday that does not match its
 * date ("Monday, March 5, 2024" was a Tuesday), with the year from the date
 * or, when it gives none, from the story's date ("on Friday, Nov. 4" in a
 * story dated Wednesday, Nov. 1, 2023); and an ambiguous all-numeric date
 * ("01-11-2023": Jan. 11 or Nov. 1?) with both readings written out.
 */
import {dayNumber, formatDate, fromDayNumber, isValidDate, isoDate, likelierReading, monthNumber, monthPattern, numericReadings, weekday, weekdays, type YMD} from '../model/dates.js'
import {matchCase} from '../model/words.js'
import type {Check, DocumentModel, RuleModule} from '../types.js'

const numeric = /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)/g
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
const dated = new RegExp(
  String.raw`\b(${weekdays.join('|')})(?:,\s*|\s+\(|\s+)(?:(${monthPattern})\s+${day}|${day}\s+(${monthPattern}))(?:,?\s+(\d{4}))?\b`,
  'g'
)

export const dateCheck: RuleModule<Record<string, never>> = {
  id: 'date-check',
  create(): Check {
    return (model, report) => {
      for (const block of model.blocks) {
        for (const segment of block.segments) {
          if (segment.source) continue
          const text = model.text.slice(segment.start, segment.end)
          ambiguous(model, text, segment.start)
          weekdayMismatch(model, text, segment.start)
        }
      }

      function ambiguous(model: DocumentModel, text: string, offset: number): void {
        for (const match of text.matchAll(numeric)) {
          const {mdy, dmy} = numericReadings(Number(match[1]), Number(match[3]), Number(match[4]))
          if (!mdy || !dmy) continue
          const likelier = likelierReading(mdy, dmy, model.text) ?? (model.dialect === 'uk' ? dmy : mdy)
          const other = likelier === mdy ? dmy : mdy
          const start = offset + match.index
          report({
            start,
            end: start + match[0].length,
            actual: match[0],
            expected: [formatDate(likelier, model.dialect), formatDate(other, model.dialect)],
            reason: `Ambiguous date \`${match[0]}\`: ${formatDate(mdy, model.dialect)} or ${formatDate(dmy, model.dialect)}? Write the month as a word`
          })
        }
      }

      function weekdayMismatch(model: DocumentModel, text: string, offset: number): void {
        for (const match of text.matchAll(dated)) {
          const [, name, monthA, dayA, dayB, monthB, yearText] = match
          const month = monthNumber((monthA ?? monthB)!)
          const dayOfMonth = Number(dayA ?? dayB)
          if (!month) continue
          let date: YMD | undefined
          if (yearText) {
            date = {year: Number(yearText), month, day: dayOfMonth}
          } else if (model.date) {
            // The year that puts the date nearest the story's.
            const story = dayNumber(model.date)
            date = [model.date.year - 1, model.date.year, model.date.year + 1]
              .map((year) => ({year, month, day: dayOfMonth}))
              .filter(isValidDate)
              .sort((a, b) => Math.abs(dayNumber(a) - story) - Math.abs(dayNumber(b) - story))[0]
          }

          if (!date || !isValidDate(date)) continue
          const actualDay = weekdays[weekday(date)]!
          if (actualDay === name) continue
          const wanted = weekdays.indexOf(name!)
          // The nearest date that is that weekday, for the other way to fix it.
          let shift = (wanted - weekday(date) + 7) % 7
          if (shift > 3) shift -= 7
          const near = fromDayNumber(dayNumber(date) + shift)
          const dateText = match[0].slice(name!.length).replace(/^(?:,\s*|\s+\(|\s+)/, '')
          const separator = match[0].slice(name!.length, match[0].length - dateText.length)
          const uk = Boolean(dayB)
          const nearText = formatDate(near, uk ? 'uk' : 'us', Boolean(yearText))
          const start = offset + match.index
          report({
            start,
            end: start + match[0].length,
            actual: match[0],
            expected: [`${matchCase(name!, actualDay)}${separator}${dateText}`, `${name}${separator}${nearText}`],
            reason:
              `${formatDate(date, model.dialect)} is a ${actualDay}, not a ${name}` +
              (yearText || !model.date ? '' : ` (year from the story's date, ${isoDate(model.date)})`)
          })
        }
      }
    }
  }
}
