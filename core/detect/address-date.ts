/**
 * The days a news address dates its page to. Many outlets put the publication day in the path ("/2018/06/26/",
 * "/2018/nov/25/", "-20181116-story", "/20190116/", "-2019-07-24"), some only the month ("/2019/01/", "-2019-7"). A source
 * or a page that states no date is still placed in time by it.
 */

/** A span of days, ISO yyyy-mm-dd, first and last included. */
export interface DaySpan {
  readonly first: string;
  readonly last: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// A year, a month and a day as separate path parts, the month as a number or a name: "/2018/06/26/", "/2018/nov/25/".
const SLASHED_DAY = /\/((?:19|20)\d\d)\/(\d{1,2}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(\d{1,2})(?=[/_.-]|$)/i;
// Eight digits or a dashed date inside a part, between separators: "-20181116-", "/20190116/", "-2019-07-24".
const PACKED_DAY = /(?:^|[/_.-])((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?=[/_.-]|$)/;
// A year and a month as path parts with no day after: "/2019/01/brexit-...".
const SLASHED_MONTH = /\/((?:19|20)\d\d)\/(\d{1,2})(?=\/)/;
// A year and a month closing the address's last part: "/amazon-employees-letter-2019-7".
const TRAILING_MONTH = /-((?:19|20)\d\d)-(\d{1,2})\/?$/;

/** The days an address gives its page: one day, a month, or null when its path names neither. */
export function daysInAddress(url: string | null | undefined): DaySpan | null {
  const path = pathOf(url);
  if (!path) return null;
  const slashed = SLASHED_DAY.exec(path);
  if (slashed) return oneDay(Number(slashed[1]), monthOf(slashed[2]!), Number(slashed[3]));
  const packed = PACKED_DAY.exec(path);
  if (packed) {
    const day = oneDay(Number(packed[1]), Number(packed[2]), Number(packed[3]));
    if (day) return day;
  }
  const month = SLASHED_MONTH.exec(path) ?? TRAILING_MONTH.exec(path);
  if (month) return wholeMonth(Number(month[1]), Number(month[2]));
  return null;
}

/** The one day an address gives its page (null for none, or for a month only). */
export function dayInAddress(url: string | null | undefined): string | null {
  const span = daysInAddress(url);
  return span && span.first === span.last ? span.first : null;
}

// The path of an absolute address: after the scheme and host, before any query or fragment (the core has no URL class).
const ADDRESS_PATH = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*([^?#]*)/i;

function pathOf(url: string | null | undefined): string {
  return ADDRESS_PATH.exec(url ?? '')?.[1] ?? '';
}

function monthOf(part: string): number {
  const named = MONTHS.indexOf(part.toLowerCase());
  return named >= 0 ? named + 1 : Number(part);
}

function oneDay(year: number, month: number, day: number): DaySpan | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { first: iso, last: iso };
}

function wholeMonth(year: number, month: number): DaySpan | null {
  if (month < 1 || month > 12) return null;
  return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(daysIn(year, month))}` };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
