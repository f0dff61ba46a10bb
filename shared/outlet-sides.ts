import type { AnalyzedClaim, ClaimMatch, DiffOp, SourceSummary } from '../core/result.ts';

// Every outlet's side of a claim, for the hover card, the claim list and "What differs": who gives which value
// (this page included), and when. News figures move (a death toll rises from one day's report to the next), so a
// value from a report dated later than this page is an update, set apart from outlets that disagree the same day.

/** When another source was published, against this page. */
export type Timing =
  | { readonly kind: 'later' | 'earlier'; readonly days: number }
  | { readonly kind: 'same' }
  /** One of the two dates is not known. */
  | { readonly kind: 'unknown' };

/** One outlet on one side: its name and when it reported, against this page. */
export interface SideOutlet {
  readonly outlet: string;
  readonly date: string | null;
  readonly timing: Timing;
}

/** A value and who gives it. `page`: this page gives it (with the outlets that confirm it). */
export interface Side {
  readonly value: string;
  readonly page: boolean;
  readonly outlets: readonly SideOutlet[];
}

/** The sides of one of the claim's differing values, this page's side first, then the others by date. */
export interface ValueSides {
  /** The value as this page gives it. */
  readonly here: string;
  readonly kind: 'number' | 'name' | 'scope';
  readonly sides: readonly Side[];
}

const DAY_MS = 86_400_000;
const calendarDay = (date: string | null | undefined) => (date && /^\d{4}-\d{2}-\d{2}/.test(date) ? Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) : null);

/** When a report of `date` came out against a page of `pageDate` (days, by the calendar). */
export function timingOf(pageDate: string | null | undefined, date: string | null | undefined): Timing {
  const page = calendarDay(pageDate);
  const other = calendarDay(date);
  if (page === null || other === null) return { kind: 'unknown' };
  const days = Math.round((other - page) / DAY_MS);
  if (days === 0) return { kind: 'same' };
  return days > 0 ? { kind: 'later', days } : { kind: 'earlier', days: -days };
}

const NUMBER_WORDS = ['', 'a', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "two days later", "a day earlier", "the same day"; '' when not known. */
export function timePhrase(timing: Timing): string {
  if (timing.kind === 'unknown') return '';
  if (timing.kind === 'same') return 'the same day';
  const n = timing.days < NUMBER_WORDS.length ? NUMBER_WORDS[timing.days] : timing.days.toLocaleString('en');
  return `${n} day${timing.days === 1 ? '' : 's'} ${timing.kind}`;
}

/** The numbers of a value ("$41 million" → ["41"]), to tell whether another sentence gives the same one. */
const numbersIn = (text: string) => text.match(/\d[\d,.]*\d|\d/g)?.map((n) => n.replace(/,/g, '')) ?? [];

/** Whether a sentence gives this value: the same numbers, or for a value without any, its words. */
function gives(sentence: string, value: string): boolean {
  const wanted = numbersIn(value);
  if (wanted.length === 0) return sentence.toLowerCase().includes(value.toLowerCase());
  const there = new Set(numbersIn(sentence));
  return wanted.every((n) => there.has(n));
}

/**
 * Who gives which value, for each value of a conflicting claim that another outlet gives differently: this page
 * and the outlets whose agreeing sentence gives the same value, then each other value with its outlets, the
 * latest last. Quotations and speakers are left to the wordings (quotationOps).
 */
export function valueSides(claim: AnalyzedClaim, sources: readonly SourceSummary[], pageDate: string | null | undefined): ValueSides[] {
  const dateOf = (match: ClaimMatch) => sources.find((s) => s.id === match.source)?.date ?? null;
  const outletOf = (match: ClaimMatch): SideOutlet => ({ outlet: match.outlet, date: dateOf(match), timing: timingOf(pageDate, dateOf(match)) });
  const byHere = new Map<string, { kind: ValueSides['kind']; there: Map<string, SideOutlet[]> }>();
  for (const match of claim.matches) {
    if (match.relation !== 'conflict') continue;
    for (const d of match.differences) {
      if (d.kind === 'quote' || d.kind === 'speaker') continue;
      const entry = byHere.get(d.here) ?? { kind: d.kind, there: new Map<string, SideOutlet[]>() };
      const outlets = entry.there.get(d.there) ?? [];
      if (!outlets.some((o) => o.outlet === match.outlet)) outlets.push(outletOf(match));
      entry.there.set(d.there, outlets);
      byHere.set(d.here, entry);
    }
  }
  return [...byHere].map(([here, { kind, there }]) => {
    const confirming = unique(claim.matches.filter((m) => m.relation === 'agree' && gives(m.text, here)).map(outletOf));
    const others = [...there].map(([value, outlets]): Side => ({ value, page: false, outlets }));
    others.sort((a, b) => latest(a) - latest(b));
    return { here, kind, sides: [{ value: here, page: true, outlets: confirming }, ...others] };
  });
}

/** An outlet once, at its first sentence. */
function unique(outlets: SideOutlet[]): SideOutlet[] {
  return outlets.filter((o, i) => outlets.findIndex((x) => x.outlet === o.outlet) === i);
}

/** A side's latest day, for ordering (unknown dates last). */
function latest(side: Side): number {
  const days = side.outlets.map((o) => calendarDay(o.date)).filter((d): d is number => d !== null);
  return days.length > 0 ? Math.max(...days) : Number.MAX_SAFE_INTEGER;
}

/**
 * How a value from another outlet stands in time against this page's: `update` when every report of it came
 * out later (the figure moved on since this page), `older` when all came out earlier (this page's is the newer),
 * else `differs` (the same day, or unknown).
 */
export function sideInTime(side: Side): 'update' | 'older' | 'differs' {
  const kinds = new Set(side.outlets.map((o) => o.timing.kind));
  if (kinds.size === 1 && kinds.has('later')) return 'update';
  if (kinds.size === 1 && kinds.has('earlier')) return 'older';
  return 'differs';
}

const OPENING = /["“]/;
const CLOSING = /["”]/;

/**
 * The part of a word diff that is the quotation, whole: from this page's first opening quotation mark to its last
 * closing one, with the other source's words inside; the attribution around it ("the employees said in the
 * letter") is left out. The whole diff when this page's sentence has no quotation marks.
 */
export function quotationOps(ops: readonly DiffOp[]): DiffOp[] {
  const here = ops.filter((op) => op.op !== 'insert').map((op) => op.text).join('');
  const start = here.search(OPENING);
  const end = lastIndexOf(here, CLOSING);
  if (start < 0 || end <= start) return [...ops];
  const out: DiffOp[] = [];
  let at = 0;
  for (const op of ops) {
    if (op.op === 'insert') {
      if (at > start && at <= end) out.push(op);
      continue;
    }
    const from = Math.max(start, at);
    const to = Math.min(end + 1, at + op.text.length);
    if (to > from) out.push({ op: op.op, text: op.text.slice(from - at, to - at) });
    at += op.text.length;
  }
  return out;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i--) if (pattern.test(text[i]!)) return i;
  return -1;
}
