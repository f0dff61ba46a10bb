// Covers core/detect/corroboration.ts: a page whose words only just pass a story's bar is its report when it repeats
// a quotation of the story's sources. The story and pages are written here (a transit strike), not the bundled one.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { quotesTheSources, SHARED_QUOTE_WORDS, sourceQuotations } from '../../core/detect/corroboration.ts';

const SOURCES = [
  'Bus drivers in Halvorsen County walked off the job on Monday. "We cannot keep driving twelve-hour shifts," union leader Mara Quist said.',
  'The county said the strike was illegal. "Every route will run by Friday," transit director Owen Pell told reporters.',
].map((text) => extractClaims(text));
const quotations = sourceQuotations(SOURCES);
const claims = (text: string) => extractClaims(text).claims;

describe('sourceQuotations', () => {
  it('reads every quotation of every source as words', () => {
    expect(quotations).toHaveLength(2);
    expect(quotations[1]).toEqual(['every', 'route', 'will', 'run', 'by', 'friday']);
  });
});

describe('quotesTheSources', () => {
  it(`finds a quotation that repeats ${SHARED_QUOTE_WORDS} words in a row of the sources'`, () => {
    expect(quotesTheSources(claims('Quist told the crowd: "we cannot keep driving" like this.'), quotations)).toBe(true);
    expect(quotesTheSources(claims('Pell promised that "every route will run" again soon.'), quotations)).toBe(true);
  });

  it('does not find a quotation of other words, or of too few of the same', () => {
    expect(quotesTheSources(claims('"No driver should work a double shift," the second petition said.'), quotations)).toBe(false);
    expect(quotesTheSources(claims('Quist said drivers "cannot keep" going.'), quotations)).toBe(false);
  });

  it('does not count words the page writes without quotation marks', () => {
    expect(quotesTheSources(claims('Pell said every route will run by Friday.'), quotations)).toBe(false);
  });

  it('needs content words among the shared ones, not a run of function words', () => {
    const common = sourceQuotations([extractClaims('"It is going to be what it is going to be," Quist said.')]);
    expect(quotesTheSources(claims('The mayor said "it is going to" rain.'), common)).toBe(false);
  });
});
