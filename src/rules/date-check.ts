/**
 * date-check: dates that do not add up. A weekday that does not match its
 * date ("Monday, March 5, 2024" was a Tuesday), with the year from the date
 * or, when it gives none, from the story's date ("on Friday, Nov. 4" in a
 * story dated Wednesday, Nov. 1, 2023); and an ambiguous all-numeric date
 * ("01-11-2023": Jan. 11 or Nov. 1?) with both readings written out.
 */
import {dayNumber, formatDate, fromDayNumber, isValidDate, isoDate, likelierReading, monthNames, monthNumber, monthPattern, numericReadings, weekday, weekdays, type YMD} from '../model/dates.js'
import {matchCase} from '../model/words.js'
import type {Check, DocumentModel, RuleModule} from '../types.js'

const numeric = /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\d/-]|\.\d)/g
const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
// Full weekday names, and abbreviations (Mon, Tues., Mo) only before a comma: not "the Cornell Daily Sun (October 26)".
const weekdayPattern = String.raw`(?:${weekdays.join('|')}|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?(?=,)|(?:Mo|Tu|We|Th|Fr|Sa|Su)(?=,))`
const dated = new RegExp(
  String.raw`\b(${weekdayPattern})(?:,\s*|\s+\(|\s+)(?:(${monthPattern})\s+${day}|${day}\s+(${monthPattern})|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})/(\d{1,2})/(\d{4}))(?:,?\s+(\d{4}))?\b`,
  'g'
)
// A month and a day it does not have ("November 31", "Feb 30", "31 November"), and a range that ends before it starts.
const impossible = new RegExp(String.raw`\b(?:(${monthPattern}),?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(\d{1,2}))?|(\d{1,2})(?:st|nd|rd|th)?\s+(${monthPattern}))(?:,?\s+(\d{4}))?\b(?![-–/]\d)(?!\s+\p{Ll})`, 'gu')

/** Years stated before `offset` in its block and the three blocks before it: the passage a year-less date sits in. */
function passageYears(model: DocumentModel, block: number, offset: number): number[] {
  const from = model.blocks[Math.max(0, block - 3)]!.start
  return [...model.text.slice(from, offset).matchAll(/\b(?:19|20)\d{2}\b/g)].map((match) => Number(match[0]))
}

/** Index in `weekdays` of a weekday name or abbreviation. */
function weekdayIndex(name: string): number {
  const value = name.replace(/\.$/, '').toLowerCase()
  return weekdays.findIndex((day) => day.toLowerCase().startsWith(value))
}

export const dateCheck: RuleModule<Record<string, never>> = {
  id: 'date-check',
  create(): Check {
    return (model, report) => {
      let passage = 0
      for (const [index, block] of model.blocks.entries()) {
        for (const segment of block.segments) {
          if (segment.source) continue
          const text = model.text.slice(segment.start, segment.end)
          passage = index
          ambiguous(model, text, segment.start)
          weekdayMismatch(model, text, segment.start)
          impossibleDates(model, text, segment.start)
        }
      }

      function ambiguous(model: DocumentModel, text: string, offset: number): void {
        for (const match of text.matchAll(numeric)) {
          const {mdy, dmy} = numericReadings(Number(match[1]), Number(match[3]), Number(match[4]))
          if (!mdy || !dmy) continue
          // "EU Regulation 01/04/2016": a number that names a law, not a date to read.
          if (/\b(?:Regulation|Directive|Decision|No\.?|Number)\s+$/.test(text.slice(Math.max(0, match.index - 14), match.index))) continue
          // "Monday, 06/10/2014": the weekday says which reading is meant.
          const before = new RegExp(String.raw`\b(${weekdayPattern}),?\s*$`).exec(text.slice(Math.max(0, match.index - 12), match.index))
          if (before && (weekday(mdy) === weekdayIndex(before[1]!)) !== (weekday(dmy) === weekdayIndex(before[1]!))) continue
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

      function impossibleDates(model: DocumentModel, text: string, offset: number): void {
        for (const match of text.matchAll(impossible)) {
          const [, monthA, dayA, rangeEnd, dayB, monthB, yearText] = match
          const month = monthNumber((monthA ?? monthB)!)
          const dayOfMonth = Number(dayA ?? dayB)
          if (!month || dayOfMonth < 1 || dayOfMonth > 31) continue
          const start = offset + match.index
          const end = start + match[0].length
          const name = monthNames[month - 1]!
          const Month = name.charAt(0).toUpperCase() + name.slice(1)
          if (rangeEnd !== undefined && Number(rangeEnd) < dayOfMonth && Number(rangeEnd) >= 1) {
            report({start, end, actual: match[0], expected: [], reason: `The range \`${match[0]}\` ends before it starts: ${Month} ${dayOfMonth} to ${Month} ${rangeEnd}?`})
            continue
          }

          // February 29 needs the year: the date's own, else the story's; with neither, say nothing.
          const year = yearText ? Number(yearText) : month === 2 && dayOfMonth === 29 ? model.date?.year : 2000
          if (year === undefined || isValidDate({year, month, day: dayOfMonth})) continue
          const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
          report({
            start,
            end,
            actual: match[0],
            expected: [],
            reason:
              month === 2 && dayOfMonth === 29
                ? `\`${match[0]}\` does not exist: ${year} is not a leap year` + (yearText ? '' : ` (year from the story's date)`)
                : `\`${match[0]}\` does not exist: ${Month} has ${days} days`
          })
        }
      }

      function weekdayMismatch(model: DocumentModel, text: string, offset: number): void {
        for (const match of text.matchAll(dated)) {
          const [, written, monthA, dayA, dayB, monthB, isoYear, isoMonth, isoDay, first, second, slashYear, yearAfter] = match
          const index = weekdayIndex(written!)
          if (index === -1) continue
          // "the Edmonton Sun, August 16": after a capitalized word a short form is a name's last word.
          if (written !== weekdays[index] && /\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, match.index - 30), match.index))) continue
          const name = weekdays[index]!
          let date: YMD | undefined
          const yearText = yearAfter ?? isoYear ?? slashYear
          if (isoYear) {
            date = {year: Number(isoYear), month: Number(isoMonth), day: Number(isoDay)}
          } else if (slashYear) {
            // Numeric after a weekday: a reading that fits the weekday settles it; otherwise the one that exists.
            const {mdy, dmy} = numericReadings(Number(first), Number(second), Number(slashYear))
            const readings = [mdy, dmy].filter((reading): reading is YMD => reading !== undefined)
            if (readings.length === 0 || readings.some((reading) => weekday(reading) === index)) continue
            if (readings.length > 1) continue
            date = readings[0]
          } else if (yearText) {
            date = {year: Number(yearText), month: monthNumber((monthA ?? monthB)!)!, day: Number(dayA ?? dayB)}
          }

          const month = date?.month ?? monthNumber((monthA ?? monthB)!)
          const dayOfMonth = date?.day ?? Number(dayA ?? dayB)
          if (!month) continue
          if (!date && model.date) {
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
          // No year in the date: a year the passage states ("Hong Kong unrest 2014" over a gallery) may be the one meant.
          if (!yearText && passageYears(model, passage, offset + match.index).some((year) => isValidDate({year, month, day: dayOfMonth}) && weekday({year, month, day: dayOfMonth}) === index)) continue
          const wanted = index
          // The nearest date that is that weekday, for the other way to fix it.
          let shift = (wanted - weekday(date) + 7) % 7
          if (shift > 3) shift -= 7
          const near = fromDayNumber(dayNumber(date) + shift)
          const dateText = match[0].slice(written!.length).replace(/^(?:,\s*|\s+\(|\s+)/, '')
          const separator = match[0].slice(written!.length, match[0].length - dateText.length)
          const uk = Boolean(dayB) || (slashYear !== undefined && date.day === Number(first))
          const nearText = formatDate(near, uk ? 'uk' : 'us', Boolean(yearText))
          // Written short (Mon), the fix is written short too.
          const fixedDay = written === name ? actualDay : written!.length === 2 ? actualDay.slice(0, 2) : actualDay.slice(0, 3) + (written!.endsWith('.') ? '.' : '')
          const start = offset + match.index
          report({
            start,
            end: start + match[0].length,
            actual: match[0],
            expected: [`${matchCase(written!, fixedDay)}${separator}${dateText}`, `${written}${separator}${nearText}`],
            reason:
              `${formatDate(date, model.dialect)} is a ${actualDay}, not a ${name}` +
              (yearText || !model.date
                ? ''
                : model.date.source === 'today'
                  ? ` (no date in the story: year from today, ${isoDate(model.date)}; pass --date)`
                  : ` (year from the story's date, ${isoDate(model.date)})`)
          })
        }
      }
    }
  }
}
