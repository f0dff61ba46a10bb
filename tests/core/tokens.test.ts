// Covers core/text/tokens.ts: the words of a sentence as the terms every comparison reads.
import { describe, expect, it } from 'vitest';
import { contentTerms, expandWord, termOf, words } from '../../core/text/tokens.ts';

describe('words', () => {
  it('keeps figures with their inner commas and points, and words with inner apostrophes and hyphens, with offsets', () => {
    expect(words("It paid $19.4 million, 1,000 staff's pay, long-term.").map((w) => w.word)).toEqual(['It', 'paid', '19.4', 'million', '1,000', "staff's", 'pay', 'long-term']);
    expect(words('Ruiz said')[1]).toEqual({ word: 'said', start: 5, end: 9 });
  });
});

describe('expandWord', () => {
  it('expands contractions and drops a possessive', () => {
    expect(expandWord("doesn't")).toEqual(['does', 'not']);
    expect(expandWord("Council's")).toEqual(['council']);
  });

  it('splits a tally or a score written with a hyphen into its figures', () => {
    // "432-202" and "432 votes to 202", "a 2-0 win" and "2 goals to 0", "voted 7-4" and "seven to four".
    expect(expandWord('432-202')).toEqual(['432', '202']);
    expect(expandWord('2-0')).toEqual(['2', '0']);
    expect(expandWord('1,200-1,500')).toEqual(['1,200', '1,500']);
  });

  it('leaves a name or a word with a figure in it whole', () => {
    expect(expandWord('COVID-19')).toEqual(['covid-19']);
    expect(expandWord('F-35')).toEqual(['f-35']);
  });
});

describe('contentTerms', () => {
  it('reads a country under its other common names as one term', () => {
    expect(contentTerms('Team USA beat Holland')).toEqual(contentTerms('Team US beat Netherlands'));
    expect(contentTerms('America and Britain')).toEqual(contentTerms('U.S. and U.K.'));
    // The pronoun "us" is still a function word.
    expect(contentTerms('they told us')).not.toContain(contentTerms('USA')[0]);
  });

  it('reads initials with points as the name without them, and "US" in capitals as the country, not the pronoun', () => {
    expect(contentTerms('U.S. officials met U.K. ministers at the U.N.')).toEqual(contentTerms('US officials met UK ministers at the UN'));
    expect(contentTerms('The US government')).toContain('us');
    expect(contentTerms('They told us the government would act')).not.toContain('us');
  });

  it('gives the same figures for a tally written either way', () => {
    const hyphen = contentTerms('The motion fell 311-287 in the chamber.');
    const words = contentTerms('Members voted 311 to 287 against the motion.');
    expect(hyphen.filter((t) => words.includes(t))).toEqual(expect.arrayContaining(['311', '287', termOf('motion')]));
  });
});
