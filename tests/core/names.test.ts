// Covers core/claims/names.ts: lists of names, and whether a sentence gives the whole list or examples.
import { describe, expect, it } from 'vitest';
import { listedNames } from '../../core/claims/names.ts';

describe('listedNames', () => {
  it.each([
    ['The fund is backed by Sequoia, Accel and Benchmark.', ['Sequoia', 'Accel', 'Benchmark'], true],
    ['Rivals including Lyft and Via cut prices too.', ['Lyft', 'Via'], false],
    // Normalized text: straight apostrophes.
    ["Retailers like Target, Kohl's, Macy's, and more reported losses.", ['Target', "Kohl's", "Macy's"], false],
    ['Cities such as Austin, Denver and Raleigh grew fastest.', ['Austin', 'Denver', 'Raleigh'], false],
    ['Chile, Peru and Bolivia, among others, signed the pact.', ['Chile', 'Peru', 'Bolivia'], false],
  ])('%s', (sentence, items, complete) => {
    expect(listedNames(sentence)).toEqual({ items, complete });
  });

  it('does not take one multi-word name for a list of two', () => {
    expect(listedNames('She spoke to Immigration and Customs Enforcement officials.')).toBeNull();
  });
});
