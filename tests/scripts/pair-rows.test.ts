// Covers the training rows' labels for unchecked candidates (scripts/training/pair-rows.ts `siblingAccepted`), on a
// story written here: a source that tells its figure twice, in the lead and again lower down.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { buildFingerprint } from '../../core/detect/fingerprint.ts';
import { prepareClaim } from '../../core/match/prepared-claim.ts';
import { storyReferences } from '../../core/match/references.ts';
import { termWeights } from '../../core/match/similarity.ts';
import { siblingAccepted, type Resolved } from '../../scripts/training/pair-rows.ts';

const SOURCE = `Lawmakers in Velmora approved the harbour budget of 40 million crowns on Monday.
The mayor said the vote was a relief for the port.
The harbour budget of 40 million crowns was approved by Velmora's lawmakers late on Monday.`;
const PAGE = 'Velmora lawmakers passed a 40 million crown harbour budget on Monday.';
const claims = extractClaims(SOURCE).claims;
const fingerprint = buildFingerprint([SOURCE, PAGE]);
const weights = termWeights([claims], new Set(fingerprint.terms.map(([t]) => t)), new Set(), storyReferences([claims], fingerprint.anchors));
const [lead, quote, repeat] = claims.map((c) => prepareClaim(c, weights));
const labelled = (accepted: Resolved['accepted'], negative = false): Resolved => ({ here: [0], there: [lead!], accepted, negative });

describe('siblingAccepted', () => {
  it('lets a sentence that repeats the labelled one relate as it does, and leaves another sentence at no match or related', () => {
    expect(siblingAccepted({ here: 0, there: repeat! }, [labelled(['agree'])]).sort()).toEqual(['agree', 'none', 'related']);
    expect(siblingAccepted({ here: 0, there: quote! }, [labelled(['agree'])]).sort()).toEqual(['none', 'related']);
  });

  it('takes nothing from a must-not-match pair or from another sentence of the page', () => {
    expect(siblingAccepted({ here: 0, there: repeat! }, [labelled(['none', 'related'], true)]).sort()).toEqual(['none', 'related']);
    expect(siblingAccepted({ here: 1, there: repeat! }, [labelled(['agree'])]).sort()).toEqual(['none', 'related']);
  });
});
