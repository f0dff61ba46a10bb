// Covers the training rows' labels for unchecked candidates (scripts/training/pair-rows.ts `siblingAccepted`), on
// stories written here: sources that tell a fact twice, in nearly the same words or by the same figure.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { buildFingerprint } from '../../core/detect/fingerprint.ts';
import { pairSignals } from '../../core/match/pair-signals.ts';
import { prepareClaim, type PreparedClaim } from '../../core/match/prepared-claim.ts';
import { storyReferences } from '../../core/match/references.ts';
import { termWeights } from '../../core/match/similarity.ts';
import { siblingAccepted, type Resolved } from '../../scripts/training/pair-rows.ts';

/** The page's sentence and the source's sentences, prepared with the story's weights. */
function story(source: string, page: string): { page: PreparedClaim; source: PreparedClaim[] } {
  const claims = extractClaims(source).claims;
  const fingerprint = buildFingerprint([source, page]);
  const weights = termWeights([claims], new Set(fingerprint.terms.map(([t]) => t)), new Set(), storyReferences([claims], fingerprint.anchors));
  return { page: prepareClaim(extractClaims(page).claims[0]!, weights), source: claims.map((c) => prepareClaim(c, weights)) };
}

const sorted = (list: readonly string[]) => [...list].sort();

describe('siblingAccepted', () => {
  const budget = story(
    `Lawmakers in Velmora approved the harbour budget of 40 million crowns on Monday.
The mayor said the vote was a relief for the port.
The harbour budget of 40 million crowns was approved by Velmora's lawmakers late on Monday.`,
    'Velmora lawmakers passed a 40 million crown harbour budget on Monday.',
  );
  const [lead, mayor, repeat] = budget.source;
  const sibling = (there: PreparedClaim, here = 0) => ({ here, there, signals: pairSignals(budget.page, there) });
  const labelled = (accepted: Resolved['accepted'], negative = false): Resolved => ({ here: [0], there: [lead!], accepted, negative });

  it('lets a sentence that repeats the labelled one in nearly its words relate as it does, and leaves another at no match or related', () => {
    expect(sorted(siblingAccepted(sibling(repeat!), [labelled(['agree'])]))).toEqual(['agree', 'none', 'related']);
    expect(sorted(siblingAccepted(sibling(mayor!), [labelled(['agree'])]))).toEqual(['none', 'related']);
  });

  it('takes nothing from a must-not-match pair or from another sentence of the page', () => {
    expect(sorted(siblingAccepted(sibling(repeat!), [labelled(['none', 'related'], true)]))).toEqual(['none', 'related']);
    expect(sorted(siblingAccepted(sibling(repeat!, 1), [labelled(['agree'])]))).toEqual(['none', 'related']);
  });

  it('lets a sentence that tells the labelled figure again in other words relate as it does, unless the pair was a conflict', () => {
    const toll = story(
      `The storm destroyed the harbour town of Velmora and killed at least 85 people.
Crews searched the ruins on Sunday for the missing.
By Sunday evening the death toll stood at 85, officials said.`,
      'The death toll from the Velmora storm rose to 85, the mayor said.',
    );
    const [first, , again] = toll.source;
    const pair = { here: 0, there: again!, signals: pairSignals(toll.page, again!) };
    expect(sorted(siblingAccepted(pair, [{ here: [0], there: [first!], accepted: ['agree'], negative: false }]))).toEqual(['agree', 'none', 'related']);
    expect(sorted(siblingAccepted(pair, [{ here: [0], there: [first!], accepted: ['conflict'], negative: false }]))).toEqual(['none', 'related']);
  });
});
