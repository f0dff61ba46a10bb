import { termOf } from '../text/tokens.ts';

/** What a sentence says a deal or a piece of work covers: "involves supporting email, calendar and document systems". */
export interface Scope {
  /** The listed items, as written. */
  readonly items: readonly string[];
  /** The item list as written ("email, calendar and document systems"). */
  readonly text: string;
}

// Words for an engagement between two parties: the thing a scope describes.
const ENGAGEMENT = /\b(?:work(?:ing|s)?|contracts?|deal|partnership|agreement|services?)\b/i;
// A lower-case list of two or more items after a verb of covering, or after "for", maybe after a gerund
// ("involves supporting email, calendar and document systems", "includes hosting web and mail servers").
const SCOPE = /\b(?:involves?|involving|includes?|including|covers?|covering|for|(?:limited|restricted|confined) to|consists? of|comprises?)\s+(?:[a-z]+ing\s+|things like\s+)?((?:[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2},\s)*[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2},?\s(?:and|or)\s[a-z][a-z-]*(?:\s[a-z][a-z-]*){0,2})(?=\s*[.;,]|$)/;

/** The scope a sentence gives an engagement, if it lists one. */
export function readScope(sentence: string): Scope | null {
  if (!ENGAGEMENT.test(sentence)) return null;
  const m = SCOPE.exec(sentence);
  if (!m) return null;
  const text = m[1]!;
  const items = text.split(/,\s(?:and\s|or\s)?|\s(?:and|or)\s/).map((s) => s.trim()).filter(Boolean);
  return items.length >= 2 ? { items, text } : null;
}

/** Whether two scopes list different things: no item of one shares a word with an item of the other. */
export function scopesDiffer(a: Scope, b: Scope): boolean {
  return sharedScopeTerms(a, b) === 0;
}

/** How many words (as terms) the items of two scopes share: "calendar" and "document" in two lists of services. */
export function sharedScopeTerms(a: Scope, b: Scope): number {
  const words = (s: Scope) => new Set(s.items.flatMap((i) => i.split(/\s+/)).map((w) => termOf(w)));
  const wa = words(a);
  let shared = 0;
  for (const w of words(b)) if (wa.has(w)) shared++;
  return shared;
}
