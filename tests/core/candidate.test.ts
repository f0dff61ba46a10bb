// Covers core/match/candidate.ts: which pairs of sentences are read at all. Sentences are written here in the
// manner of several kinds of story (a council vote, a flood, a strike, a club's statement).
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { candidateBasics, isCandidate } from '../../core/match/candidate.ts';
import { prepareClaim } from '../../core/match/prepared-claim.ts';
import { candidatesFor, prepareSource } from '../../core/match/prepared-story.ts';
import { sentenceSimilarity, termWeights } from '../../core/match/similarity.ts';

const WEIGHTS = termWeights([], new Set(), new Set());
const prepared = (sentence: string) => prepareClaim(extractClaims(sentence).claims[0]!, WEIGHTS);
const candidate = (a: string, b: string) => isCandidate(prepared(a), prepared(b));

describe('isCandidate', () => {
  it('reads a pair that repeats a statement one of them quotes, though the other gives it without quotation marks', () => {
    // A council leader's words, quoted by one outlet and reported by another; they share three terms.
    expect(candidate('In a statement after the vote, she said it is clear that the council does not back the plan she drew up.', '\u201cIt is clear that the council does not back this plan,\u201d Ruiz said.')).toBe(true);
    expect(candidate('The union said the walkout would not end until the depot reopened.', 'Marek told reporters: \u201cThe walkout will not end until the depot reopens.\u201d')).toBe(true);
  });

  it('reads a pair whose sentences both quote the same words', () => {
    expect(candidate('The club called the ban \u201ca stain on the game\u201d in its reply.', 'Its chairman said the ban was \u201ca stain on the game\u201d and vowed to appeal.')).toBe(true);
  });

  it('does not read a pair that shares a quoted word or two and nothing said', () => {
    expect(candidate('Residents called the flooding \u201cbiblical\u201d on Sunday.', 'The mayor urged calm and said the shelters were open.')).toBe(false);
  });

  it('does not read a pair that only shares the words of the setting', () => {
    expect(candidate('The council met on Tuesday evening in the old town hall.', 'The old town hall will close for repairs next spring.')).toBe(false);
  });
});

describe('candidateBasics', () => {
  it('gives what the signals read again: the overlap, the shared fact and the similarity', () => {
    const a = prepared('The motion fell 311-287 in the chamber on Tuesday.');
    const b = prepared('Members rejected it by 311 votes to 287, officials announced.');
    const basics = candidateBasics(a, b)!;
    expect(basics.fact).toBe(true);
    expect(basics.similarity).toBe(sentenceSimilarity(a.vector, b.vector));
    expect(candidateBasics(prepared('The old town hall will close for repairs next spring.'), a)).toBeNull();
  });
});

describe('candidatesFor', () => {
  const source = prepareSource(
    extractClaims('The 6.8-magnitude tremor shook the coast on Oct. 3. Schools will reopen at 9 a.m. on Monday. The harbour master praised the volunteers.').claims.map((c) => prepareClaim(c, WEIGHTS)),
  );
  const proposed = (sentence: string) => candidatesFor(prepared(sentence), source).map((c) => c.claim.text);

  it('proposes a sentence that gives the same quantity, date or time in words it does not share', () => {
    expect(proposed('Seismologists put the magnitude at a strong 6.8.')).toEqual(['The 6.8-magnitude tremor shook the coast on Oct. 3.']);
    expect(proposed('Since October 3 nobody has slept indoors.')).toEqual(['The 6.8-magnitude tremor shook the coast on Oct. 3.']);
    expect(proposed('Lessons restart at 9am sharp.')).toEqual(['Schools will reopen at 9 a.m. on Monday.']);
  });

  it('proposes a sentence that shares two terms, or one when a quotation may be retold, but not a single word', () => {
    // One shared word can make no candidate (candidateBasics asks for more) unless a quotation is retold around it.
    expect(proposed('Fishing boats stayed in the harbour all week.')).toEqual([]);
    expect(proposed('The harbour master resigned a day later.')).toEqual(['The harbour master praised the volunteers.']);
    expect(proposed('A fisherman said: "The harbour saved us all that night."')).toEqual(['The harbour master praised the volunteers.']);
  });

  it('proposes nothing for a sentence that shares no term and no fact', () => {
    expect(proposed('Prices of bread rose again in the capital.')).toEqual([]);
  });
});
