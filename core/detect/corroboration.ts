import type { Claim } from '../claims/claim.ts';
import { plainWords } from '../text/tokens.ts';
import { sharesQuotedRun } from './partial-report.ts';

/**
 * Evidence besides shared vocabulary that a page reports a story's event. A page that shares just enough of a
 * story's words may be a report of it or of a neighbouring event: the same company, agency and demand a few weeks
 * later (a second petition, handed to the same chief executive). Reports of one event quote its documents and
 * people with the same words; a report of another event quotes other words. Whether a page repeats a quotation of
 * the story's sources is one signal of detection (core/detect/page-signals.ts).
 */

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
