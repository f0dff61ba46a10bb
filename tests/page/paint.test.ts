// Which claims get marks: by default only what another outlet confirms or contradicts; related and only-here
// claims when their switches are on.
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalyzedClaim, ClaimStatus } from '../../core/result.ts';
import { DEFAULT_SETTINGS } from '../../shared/settings.ts';
import { removeHighlights } from '../../page/highlighter.ts';
import { paintClaims } from '../../page/paint.ts';

const SENTENCES: Array<[ClaimStatus, string]> = [
  ['agree', 'The contract is worth 19.4 million dollars.'],
  ['conflict', 'More than 150 employees signed the letter.'],
  ['quote-variant', 'We refuse to be complicit, the letter said.'],
  ['related', 'The company posted a statement on its blog.'],
  ['unique', 'Our reporter could not reach the agency.'],
];

const claims: AnalyzedClaim[] = SENTENCES.map(([status, text]) => ({ text, status, start: 0, end: text.length, kind: 'statement', speaker: null, matches: [] }));

function page(): HTMLElement {
  document.body.innerHTML = `<article>${SENTENCES.map(([, text]) => `<p>${text}</p>`).join('')}</article>`;
  return document.body;
}

const markedRelations = () => [...document.querySelectorAll('triangulate-mark')].map((m) => m.getAttribute('data-relation'));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('paintClaims', () => {
  it('draws agreement quietly by default and fully when the reader asks; differences never quiet', () => {
    const quiet = () => [...document.querySelectorAll('triangulate-mark')].map((m) => [m.getAttribute('data-relation'), m.hasAttribute('data-quiet')]);
    const painted = paintClaims(page(), claims, DEFAULT_SETTINGS);
    expect(quiet()).toEqual([['agree', true], ['conflict', false], ['quote-variant', false]]);
    removeHighlights(painted.highlights);
    paintClaims(page(), claims, { ...DEFAULT_SETTINGS, showAgreement: true });
    expect(quiet()).toEqual([['agree', false], ['conflict', false], ['quote-variant', false]]);
  });

  it('marks agreements, conflicts and quotes in other words by default, not related or only-here claims', () => {
    const painted = paintClaims(page(), claims, DEFAULT_SETTINGS);
    expect(markedRelations()).toEqual(['agree', 'conflict', 'quote-variant']);
    expect(painted.unanchored).toEqual([]);
    removeHighlights(painted.highlights);
    expect(document.querySelectorAll('triangulate-mark')).toHaveLength(0);
  });

  it.each<[string, { markRelated: boolean; markUnique: boolean }, string[]]>([
    ['related switched on', { markRelated: true, markUnique: false }, ['agree', 'conflict', 'quote-variant', 'related']],
    ['only-here switched on', { markRelated: false, markUnique: true }, ['agree', 'conflict', 'quote-variant', 'unique']],
    ['both switched on', { markRelated: true, markUnique: true }, ['agree', 'conflict', 'quote-variant', 'related', 'unique']],
  ])('%s', (_label, options, expected) => {
    paintClaims(page(), claims, options);
    expect(markedRelations()).toEqual(expected);
  });
});
