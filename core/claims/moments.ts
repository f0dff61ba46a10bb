import { MONTHS } from '../text/calendar.ts';

/**
 * The calendar dates and times of day a sentence gives, as comparable keys ("date:9-8", "time:19:00"). News fixes
 * an event by when it happened or will happen, and outlets write one moment many ways: "September 8", "Sept. 8"
 * and "8 September"; "7pm", "7 p.m." and wire copy's "1900 GMT". A day with its month, or an hour, written alike
 * by two reports is one fact they share, however few other words they share; a bare weekday or year is not
 * (every report of a story names them).
 */
export function momentsOf(sentence: string): string[] {
  return writtenMoments(sentence).map((m) => m.key);
}

/** A moment a sentence gives: its key (`momentsOf`) and the words that give it. */
export interface WrittenMoment {
  readonly key: string;
  readonly text: string;
}

/** The moments of a sentence with the words that give each ("Sept. 8" → date:9-8). */
export function writtenMoments(sentence: string): WrittenMoment[] {
  const out: WrittenMoment[] = [];
  for (const m of sentence.matchAll(MONTH_DAY)) out.push({ key: dateKey(m[1]!, m[2]!), text: m[0] });
  for (const m of sentence.matchAll(DAY_MONTH)) out.push({ key: dateKey(m[2]!, m[1]!), text: m[0] });
  for (const m of sentence.matchAll(TWELVE_HOUR)) {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) continue;
    out.push({ key: timeKey((hour % 12) + (m[3]!.toLowerCase() === 'p' ? 12 : 0), Number(m[2] ?? 0)), text: m[0].trim() });
  }
  for (const m of sentence.matchAll(TWENTY_FOUR_HOUR)) {
    const hour = Number(m[1] ?? m[3]);
    const minute = Number(m[2] ?? m[4]);
    if (hour <= 23 && minute <= 59) out.push({ key: timeKey(hour, minute), text: m[0] });
  }
  return out;
}

// A month's name or its usual abbreviation ("Sept.", "Nov."): the first three letters identify it.
const MONTH = String.raw`(${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)`;
const DAY = String.raw`([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?`;
// "September 8", "Sept. 8th" — not "May 2019" (a day has at most two digits).
const MONTH_DAY = new RegExp(String.raw`\b${MONTH}\s${DAY}\b(?![.,]?\d)`, 'g');
// "8 September", "the 8th of September".
const DAY_MONTH = new RegExp(String.raw`\b${DAY}\s(?:of\s)?${MONTH}(?![a-z])`, 'g');
// "7pm", "7:30 p.m.", "11 am".
const TWELVE_HOUR = /\b(\d{1,2})(?:[:.](\d\d))?\s?([ap])\.?m\b\.?/gi;
// "19:00", "1900 GMT", "0700 UTC".
const TWENTY_FOUR_HOUR = /\b(?:([01]?\d|2[0-3]):([0-5]\d)\b(?!\s?[ap]\.?m\b)|([01]\d|2[0-3])([0-5]\d)\s(?:GMT|UTC|BST|CET)\b)/gi;

const monthNumber = (written: string): number => MONTHS.findIndex((m) => m.slice(0, 3) === written.slice(0, 3)) + 1;
const dateKey = (month: string, day: string): string => `date:${monthNumber(month)}-${Number.parseInt(day, 10)}`;
const timeKey = (hour: number, minute: number): string => `time:${hour}:${String(minute).padStart(2, '0')}`;
