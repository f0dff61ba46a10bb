import { compatibleSpeakers, differentNamedPersons, type Speaker } from '../claims/speakers.ts';
import type { Difference } from '../result.ts';
import { termOf } from '../text/tokens.ts';
import { containsRun, SAME_ACTORS, sharedNames } from './overlap.ts';
import type { PreparedClaim } from './prepared-claim.ts';
import { commonWords, wordDiff } from './word-diff.ts';

/**
 * How the quotations of two sentences overlap. Outlets quote one letter or statement with a dropped "that", a
 * changed tense, an ellipsis: the same quotation in other words. The same words from another speaker are another
 * claim, and the same words given to two different people mean one report has the speaker wrong.
 */

/** Share of the shorter quotation's words the other must contain, in order, to count as the same quotation. */
export const SAME_QUOTE_SHARE = 0.75;
/** Below this share of shared words, two quotations are not compared word by word at all. */
const QUOTE_FLOOR = 0.4;

/** How the speakers of two overlapping quotations relate. */
export type QuoteSpeakers = 'same' | 'compatible' | 'different-persons' | 'other';

/** The best-overlapping pair of quotations of two claims. */
export interface QuoteOverlap {
  /** Words in common (in order) over the shorter quotation's words. */
  readonly share: number;
  /** Words in common over the longer quotation's words. */
  readonly score: number;
  /** One quotation is the other, or a run of it. */
  readonly verbatim: boolean;
  /** The shorter quotation has fewer than three words ("dismayed"). */
  readonly short: boolean;
  readonly speakers: QuoteSpeakers;
  readonly here: { readonly text: string; readonly speaker: Speaker | null };
  readonly there: { readonly text: string; readonly speaker: Speaker | null };
}

/** The pair of quotations of two claims that share the most words in order, or null when none shares enough. */
export function bestQuoteOverlap(here: PreparedClaim, there: PreparedClaim): QuoteOverlap | null {
  // The candidate test and the signals both ask for the pair they are looking at.
  if (here.quoteWords.length === 0 || there.quoteWords.length === 0) return null;
  if (lastPair?.here === here && lastPair.there === there) return lastPair.overlap;
  const overlap = findBestQuoteOverlap(here, there);
  lastPair = { here, there, overlap };
  return overlap;
}

let lastPair: { here: PreparedClaim; there: PreparedClaim; overlap: QuoteOverlap | null } | null = null;

function findBestQuoteOverlap(here: PreparedClaim, there: PreparedClaim): QuoteOverlap | null {
  let best: QuoteOverlap | null = null;
  here.quoteWords.forEach((a, i) => {
    there.quoteWords.forEach((b, j) => {
      const shorter = Math.min(a.length, b.length);
      if (shorter === 0) return;
      // Shared words bound the common subsequence from above: skip the diff when it cannot reach the floor.
      if (sharedWordCount(a, there.quoteWordSets[j]!) < QUOTE_FLOOR * shorter) return;
      const short = shorter < 3;
      // A one- or two-word quote is the same quote only as a run of the other: the word alone proves nothing.
      if (short && !(a.length <= b.length ? containsRun(b, a) : containsRun(a, b))) return;
      const common = commonWords(a, b);
      const share = common / shorter;
      if (share < QUOTE_FLOOR) return;
      const score = common / Math.max(a.length, b.length);
      if (best && share + score <= best.share + best.score) return;
      const qa = here.claim.quotes[i]!;
      const qb = there.claim.quotes[j]!;
      best = {
        share,
        score,
        verbatim: a.length <= b.length ? containsRun(b, a) : containsRun(a, b),
        short,
        speakers: speakerRelation(here, qa.speaker, there, qb.speaker),
        here: qa,
        there: qb,
      };
    });
  });
  return best;
}

function speakerRelation(here: PreparedClaim, a: Speaker | null, there: PreparedClaim, b: Speaker | null): QuoteSpeakers {
  if (sameSource(here, a, there, b)) return 'same';
  if (compatibleSpeakers(a, b)) return 'compatible';
  return differentNamedPersons(a, b) ? 'different-persons' : 'other';
}

/**
 * Whether two quotes come from the same, named source: the same speaker, or one side names no speaker but its
 * sentence names the other side's ("Microsoft, an ICE Tech Partner, 'Dismayed' by ...").
 */
function sameSource(a: PreparedClaim, as: Speaker | null, b: PreparedClaim, bs: Speaker | null): boolean {
  // "The company wrote" and "Microsoft wrote": a generic organization noun stands for the named organization.
  if (as && bs) return as.key === bs.key || (as.kind === 'organization' && bs.kind === 'organization' && compatibleSpeakers(as, bs));
  const named = as ?? bs;
  const other = as ? b : a;
  return named !== null && other.entities.has(termOf(named.key));
}

/** Whether either claim's sentence repeats a quotation of the other, without quote marks, from a compatible speaker. */
export function repeatsAQuote(here: PreparedClaim, there: PreparedClaim): boolean {
  return repeatsFrom(here, there) || repeatsFrom(there, here);
}

function repeatsFrom(from: PreparedClaim, into: PreparedClaim): boolean {
  for (let i = 0; i < from.quoteWords.length; i++) {
    if (repeatsQuote(from, into, i) && compatibleSpeakers(from.claim.quotes[i]!.speaker, into.claim.speaker)) return true;
  }
  return false;
}

/**
 * Whether a sentence repeats a claim's i-th quotation: word for word ("does not go far enough"), or the quote's
 * content terms side by side ("cancel its contracts" in "asking the company to cancel a contract"). A one-word
 * quote counts only as one of the story's own words or between sentences about the same actors.
 */
function repeatsQuote(from: PreparedClaim, into: PreparedClaim, i: number): boolean {
  const words = from.quoteWords[i]!;
  if (words.length >= 3 && containsRun(into.words, words)) return true;
  const terms = from.quoteTerms[i]!;
  const specific = terms.length === 1 && (from.weights.subject(terms[0]!) || sharedNames(from, into) >= SAME_ACTORS);
  const enough = terms.length >= 2 || (specific && into.claim.quotes.length === 0);
  return enough && terms.length <= 4 && containsRun(into.claim.terms, terms);
}

/** Two versions of one quotation, whole, for a reader to compare (the word diff marks what differs). */
export function quoteDifference(overlap: QuoteOverlap): Difference {
  return { kind: 'quote', here: overlap.here.text, there: overlap.there.text };
}

/** Whether two versions of a quotation differ in more than quote marks and spacing. */
export function quotesDiffer(here: string, there: string): boolean {
  return wordDiff(here, there).some((op) => op.op !== 'equal');
}

function sharedWordCount(a: readonly string[], b: ReadonlySet<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}
