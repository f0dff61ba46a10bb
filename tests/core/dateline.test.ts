// Covers core/text/dateline.ts and its use in core/claims/extract.ts, on leads written here in the styles of wire
// services and papers of several countries: a dateline is where a story was filed, not part of its lead claim.
import { describe, expect, it } from 'vitest';
import { datelineLength } from '../../core/text/dateline.ts';
import { extractClaims } from '../../core/claims/extract.ts';

const after = (sentence: string) => sentence.slice(datelineLength(sentence));

describe('datelineLength', () => {
  it('reads a place in capitals, with its region and agency, up to the dash', () => {
    expect(after('OSLO, Norway — Parliament voted on Tuesday to close the last coal mine.')).toBe('Parliament voted on Tuesday to close the last coal mine.');
    expect(after('TAMPA, Fla. (AP) — A sinkhole swallowed two cars overnight.')).toBe('A sinkhole swallowed two cars overnight.');
    expect(after('NAIROBI (Reuters) - Floods have displaced 40,000 people.')).toBe('Floods have displaced 40,000 people.');
    expect(after('SAN DIEGO -- The port reopened on Friday.')).toBe('The port reopened on Friday.');
    expect(after('BRISBANE, Queensland – "We are ready," the mayor said.')).toBe('"We are ready," the mayor said.');
  });

  it('leaves a sentence that opens with an acronym, a hyphenated word or an ordinary name', () => {
    for (const sentence of ['NATO said on Monday it would send more ships.', 'UK-based lenders raised rates.', 'WHO - the health agency - warned of a second wave.', 'Oslo — a city of bridges — voted on Tuesday.']) {
      expect(datelineLength(sentence)).toBe(0);
    }
  });
});

describe('extractClaims with a dateline', () => {
  it('starts the lead claim after the dateline, so its place and agency are not the claim\'s names', () => {
    const text = 'TAMPA, Fla. (AP) — A sinkhole swallowed two cars on Elm Street overnight, police said.\n\nNo one was hurt, the city said in a statement.';
    const [lead] = extractClaims(text).claims;
    expect(lead?.text).toBe('A sinkhole swallowed two cars on Elm Street overnight, police said.');
    expect(text.slice(lead!.start, lead!.end)).toBe(lead!.text);
  });
});
