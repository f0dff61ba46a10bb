// Covers core/match/shared-run.ts: the longest run of terms two sentences share in order, close together.
import { describe, expect, it } from 'vitest';
import { sharedRun } from '../../core/match/shared-run.ts';

const terms = (s: string) => s.split(' ');

describe('sharedRun', () => {
  it('finds the shared terms in order, with where they lie in each sentence', () => {
    const run = sharedRun(terms('anger led pilot northwind ask okafor delay schedul inspector'), terms('300 northwind pilot sign letter ask okafor delay schedul'));
    expect(run).toEqual({ here: [2, 7], there: [2, 8], length: 5, terms: ['pilot', 'ask', 'okafor', 'delay', 'schedul'] });
  });

  it('breaks a run where more than two other terms stand between its terms', () => {
    const run = sharedRun(terms('pilot a b c ask okafor'), terms('pilot ask okafor'));
    expect(run?.length).toBe(2);
  });

  it('keeps a run across two other terms', () => {
    expect(sharedRun(terms('pilot a b ask okafor'), terms('pilot ask c d okafor'))?.length).toBe(3);
  });

  it('does not count terms in another order as one run', () => {
    expect(sharedRun(terms('delay schedul okafor ask'), terms('ask okafor schedul delay'))?.length).toBe(1);
  });

  it('is null when the sentences share no term', () => {
    expect(sharedRun(terms('engin fire denver'), terms('share fell percent'))).toBeNull();
  });

  it('reads a word repeated on both sides as a run as long as the shorter repetition, from its start', () => {
    const run = sharedRun(terms('go go go go go'), terms('x go go go'));
    expect(run).toMatchObject({ length: 3, here: [0, 2], there: [1, 3] });
  });
});
