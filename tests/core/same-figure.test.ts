// Covers core/match/same-figure.ts on sentences written here, of several kinds of story (a vote, a flood, a
// company's results, a transfer): the same specific figure in two sentences is a sign of one fact; short, round
// and year-like figures are not.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { prepareClaim } from '../../core/match/prepared-claim.ts';
import { isCandidate } from '../../core/match/candidate.ts';
import { isSpecificFigure, sameFigure, significantDigits } from '../../core/match/same-figure.ts';
import { termWeights } from '../../core/match/similarity.ts';

const WEIGHTS = termWeights([], new Set(), new Set());
const prepared = (sentence: string) => prepareClaim(extractClaims(sentence).claims[0]!, WEIGHTS);
const same = (a: string, b: string) => sameFigure(prepared(a), prepared(b));
const figures = (sentence: string) => extractClaims(sentence).claims[0]!.numbers.map((n) => [n.value, isSpecificFigure(n)]);

describe('significantDigits', () => {
  it('counts the digits between the leading and trailing zeros', () => {
    expect([400, 6_700, 115.03, 0.5, 350_000, 19_400_000, 1.5].map(significantDigits)).toEqual([1, 2, 5, 1, 2, 3, 2]);
  });
});

describe('isSpecificFigure', () => {
  it('takes figures of three significant digits, or of two from a hundred up', () => {
    expect(figures('The motion fell by 311 votes to 287, a margin of 24.')).toEqual([[311, true], [287, true], [24, false]]);
    expect(figures('The river flooded 6,400 homes in a county of 180,000.')).toEqual([[6_400, true], [180_000, true]]);
  });

  it('leaves out round figures and short ones', () => {
    expect(figures('Some 400 people were moved to 20 shelters.')).toEqual([[400, false], [20, false]]);
    expect(figures('Shares closed at $48.17 after a 7.5 percent drop.')).toEqual([[48.17, true], [7.5, false]]);
  });
});

describe('sameFigure', () => {
  it('joins two accounts of one tally, however each words what it counts', () => {
    expect(same('The motion fell 311-287 in the chamber.', 'Members voted 311 votes to 287 against the motion.')).toBe(true);
    expect(same('The water reached 6,400 properties along the river.', 'Officials said 6,400 homes had been flooded.')).toBe(true);
  });

  it('does not join sentences whose only common figure is round or short', () => {
    expect(same('More than 400 volunteers filled sandbags.', 'The club sold 400 season tickets in a day.')).toBe(false);
    expect(same('The striker has scored 24 goals this season.', 'The bridge was closed for 24 hours.')).toBe(false);
  });

  it('makes a pair worth deciding that shares little else', () => {
    expect(isCandidate(prepared('The motion fell 311-287 in the chamber on Tuesday.'), prepared('Members rejected it by 311 votes to 287, officials announced.'))).toBe(true);
  });
});
