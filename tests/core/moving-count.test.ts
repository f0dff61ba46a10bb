// Covers core/claims/moving-count.ts: figures told as the latest value of a count that moves, in sentences of
// several kinds of story written here (a flood, a strike, a recall, a vote, a wildfire).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { tellsMovingCount } from '../../core/claims/moving-count.ts';

const moving = (sentence: string) => {
  const claim = extractClaims(sentence).claims[0]!;
  return tellsMovingCount(claim.normalized, claim.numbers);
};

describe('tellsMovingCount', () => {
  it.each([
    'The death toll from the flood rose to 14 on Thursday.',
    'The number of people unaccounted for jumped from 631 to 1,011 overnight.',
    'The fire was now 35 percent contained, officials said.',
    'Support for the strike stood at 87 percent in the ballot.',
    'Returns of the recalled tablets have reached more than 40,000 packs.',
    'The toll has climbed to nine, police said.',
  ])('reads a moving count in "%s"', (sentence) => {
    expect(moving(sentence)).toBe(true);
  });

  it.each([
    'Fourteen people died in the flood, officials said.',
    'The council voted 7-4 to approve the tram extension.',
    'He rose early and counted 12 boats in the harbour.',
    'About 420,000 packs of the tablets are affected.',
    'The fire has burned 146,000 acres since it began.',
  ])('reads none in "%s"', (sentence) => {
    expect(moving(sentence)).toBe(false);
  });
});
