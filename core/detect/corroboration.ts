import type { Claim } from '../claims/claim.ts';
import { plainWords } from '../text/tokens.ts';
import { sharesQuotedRun } from './partial-report.ts';

/**
 * Evidence besides shared vocabulary that a page reports a story's event. A page that shares just enough of a
 * story's words may be a report of it or of a neighbouring event: the same company, agency and demand a few weeks
 * later (a second petition, handed to the same chief executive). Reports of one event quote its documents and
 * people with the same words; a report of another event quotes other words. So a page whose words only just pass
 * the bar, with no date to place it, is taken for the story when it repeats a quotation of the story's sources.
 */

/** Below this score a page that passes the story bar on its words needs corroboration (a date or a quotation). */
export const CORROBORATE_BELOW = 0.65;
/** Words in a row a page's quotation must share with one of the sources' quotations (two of them content words). */
export const SHARED_QUOTE_WORDS = 4;

/** The sources' quotations as plain words, for comparing with a page's. */
export function sourceQuotations(sources: ReadonlyArray<{ readonly claims: readonly Claim[] }>): string[][] {
  return sources.flatMap((source) => source.claims.flatMap((claim) => claim.quotes.map((quote) => plainWords(quote.text))));
}

/** Whether one of the page's quotations repeats SHARED_QUOTE_WORDS words in a row of one of the sources'. */
export function quotesTheSources(claims: readonly Claim[], quotations: ReadonlyArray<readonly string[]>): boolean {
  for (const claim of claims) {
    for (const quote of claim.quotes) {
      const words = plainWords(quote.text);
      if (words.length < SHARED_QUOTE_WORDS) continue;
      if (quotations.some((theirs) => sharesQuotedRun(words, theirs, SHARED_QUOTE_WORDS))) return true;
    }
  }
  return false;
}

/**
 * Whether a page that passes the story bar on its words (`score`) is backed by a second sign of the same event: a
 * score of CORROBORATE_BELOW or more, a date (recognition then checks it falls in the story's days), or a quotation
 * of the sources repeated. A story whose sources quote nobody cannot ask for a quotation: its pages pass on words.
 */
export function isCorroborated(score: number, dated: boolean, claims: readonly Claim[], quotations: ReadonlyArray<readonly string[]>): boolean {
  if (score >= CORROBORATE_BELOW || dated || quotations.length === 0) return true;
  return quotesTheSources(claims, quotations);
}
