// Covers core/claims/moments.ts on sentences written here, of several kinds of story (a vote, a breach, a storm, a
// trial, a launch): a date or a time of day is read as one key however an outlet writes it.
import { describe, expect, it } from 'vitest';
import { momentsOf } from '../../core/claims/moments.ts';
import { extractClaims } from '../../core/claims/extract.ts';
import { prepareClaim } from '../../core/match/prepared-claim.ts';
import { sameFigure } from '../../core/match/same-figure.ts';
import { termWeights } from '../../core/match/similarity.ts';

const WEIGHTS = termWeights([], new Set(), new Set());
const prepared = (sentence: string) => prepareClaim(extractClaims(sentence).claims[0]!, WEIGHTS);

describe('momentsOf', () => {
  it('reads a day of a month written out, abbreviated, or day first', () => {
    expect(momentsOf('The bank first noticed the intrusion on October 3.')).toEqual(['date:10-3']);
    expect(momentsOf('An alert came on Oct. 3 that files were being copied.')).toEqual(['date:10-3']);
    expect(momentsOf('The storm made landfall on 3 October 2021, officials said.')).toEqual(['date:10-3']);
    expect(momentsOf('Jury selection begins on the 14th of February.')).toEqual(['date:2-14']);
    expect(momentsOf('The rocket is due to fly on Sept. 21st.')).toEqual(['date:9-21']);
  });

  it('reads a time of day in twelve or twenty-four hours, and wire copy\'s GMT', () => {
    expect(momentsOf('The result is expected at 7pm.')).toEqual(['time:19:00']);
    expect(momentsOf('Polls close at 7 p.m. local time.')).toEqual(['time:19:00']);
    expect(momentsOf('The vote is due at about 1900 GMT.')).toEqual(['time:19:00']);
    expect(momentsOf('Launch is set for 06:45 on Tuesday.')).toEqual(['time:6:45']);
    expect(momentsOf('The hearing resumes at 10.30am.')).toEqual(['time:10:30']);
  });

  it('reads no moment from a month and year, a bare weekday, a score or a count', () => {
    expect(momentsOf('The deal was struck in May 2019 and signed on Monday.')).toEqual([]);
    expect(momentsOf('They won 2-0 after 90 minutes and 3 hours of delays.')).toEqual([]);
    expect(momentsOf('About 1,900 homes lost power.')).toEqual([]);
  });
});

describe('sameFigure with moments', () => {
  it('takes the same date or time, written two ways, as one fact', () => {
    expect(sameFigure(prepared('The breach was found on September 30 by an outside auditor.'), prepared('Auditors flagged it on Sept. 30, the company said.'))).toBe(true);
    expect(sameFigure(prepared('The council will vote at 7pm tonight.'), prepared('Councillors meet on Thursday at 7 p.m. to decide.'))).toBe(true);
  });

  it('does not take two days of different months, or two hours, as one', () => {
    expect(sameFigure(prepared('The breach was found on September 30 by an outside auditor.'), prepared('Auditors flagged it on Nov. 30, the company said.'))).toBe(false);
    expect(sameFigure(prepared('The council will vote at 7pm tonight.'), prepared('Councillors meet on Thursday at 9 p.m. to decide.'))).toBe(false);
  });
});
