import { dayInAddress, daysInAddress, type DaySpan } from './address-date.ts';

/**
 * When a story happened, and whether a page was written then. The same company and agency a year later is
 * another event (a 2019 protest over a 2018 contract, a 2026 report on the same cloud): news about an event is
 * written in the days after it, so a page dated well outside the story's coverage, or one that speaks of a
 * later year, reports something else.
 */

/** The days a story's coverage spans, from its sources' dates. */
export interface StoryWindow {
  /** Day numbers (days since 1970-01-01, UTC). */
  readonly first: number;
  readonly last: number;
}

/** Coverage of an event runs from a little before its first known report (a scoop, a time zone)... */
export const DAYS_BEFORE = 3;
/** ...to a few weeks after its last: follow-ups, reactions, the weekly columns. */
export const DAYS_AFTER = 21;

const DAY_MS = 86_400_000;

/** The day number of an ISO date or date-time ("2018-06-18", "2018-06-18T09:12:00-07:00"); null when unreadable. */
export function dayOf(iso: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso?.trim() ?? '');
  if (!m) return null;
  const time = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(time) ? null : Math.floor(time / DAY_MS);
}

/**
 * The window of a story's sources: each one's date or, undated, the days its address gives (a day, or a month:
 * "/2019/01/"); null when no source is placed in time.
 */
export function sourcesWindow(sources: ReadonlyArray<{ readonly date: string | null; readonly url: string | null }>): StoryWindow | null {
  const spans = sources.flatMap((source) => {
    const days = publishedDays(source);
    const first = dayOf(days?.first);
    const last = dayOf(days?.last);
    return first !== null && last !== null ? [{ first, last }] : [];
  });
  if (spans.length === 0) return null;
  return { first: Math.min(...spans.map((d) => d.first)), last: Math.max(...spans.map((d) => d.last)) };
}

/** A page's publication day: the date it states, else the one day its address gives. */
export function pageDay(page: { readonly date?: string | null; readonly url?: string | null }): string | null {
  return page.date ?? dayInAddress(page.url);
}

/**
 * The days a page or a source was published in: the date it states, else the day or month its address gives;
 * null if neither.
 */
export function publishedDays(item: { readonly date?: string | null; readonly url?: string | null }): DaySpan | null {
  if (dayOf(item.date) !== null) {
    const day = item.date!.trim().slice(0, 10);
    return { first: day, last: day };
  }
  return daysInAddress(item.url);
}

/** Whether a page published within `days` can report the story: some day of them falls in its coverage. */
export function daysFit(window: StoryWindow | null, days: DaySpan | null): boolean {
  const first = dayOf(days?.first);
  const last = dayOf(days?.last);
  if (window === null || first === null || last === null) return true;
  return last >= window.first - DAYS_BEFORE && first <= window.last + DAYS_AFTER;
}

// A year in running text: "in 2019", "January 2026", "2019's". A year after "by" or "until" is a plan, not a date
// the text was written after.
const YEAR = /(?<![\d$.,])(?<!\b(?:by|until|through|before) )(?:19|20)\d\d(?![\d%.,]\d)/g;

/** The latest year a text speaks of; null when it names none. */
export function latestYear(text: string): number | null {
  let latest: number | null = null;
  for (const m of text.matchAll(YEAR)) {
    const year = Number(m[0]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

/** Whether a text speaks of a year after the story's coverage ended: it was written later, about something later. */
export function speaksOfLaterYear(window: StoryWindow | null, text: string): boolean {
  if (window === null) return false;
  const year = latestYear(text);
  if (year === null) return false;
  const lastYear = new Date((window.last + DAYS_AFTER) * DAY_MS).getUTCFullYear();
  return year > lastYear;
}
