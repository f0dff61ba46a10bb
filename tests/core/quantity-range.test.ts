// Covers core/match/quantity-range.ts: when two figures for the same quantity can both be true. Examples are
// written in the ways wire, tech and local outlets round and hedge figures.
import { describe, expect, it } from 'vitest';
import { readNumbers } from '../../core/claims/numbers.ts';
import { consistentFigures } from '../../core/match/quantity-range.ts';

const figure = (phrase: string) => {
  const found = readNumbers(phrase)[0];
  if (!found) throw new Error(`no figure in "${phrase}"`);
  return found;
};

describe('consistentFigures', () => {
  it.each([
    ['a $19.4 million contract', 'a $US19.4 million contract'],
    ['a $19.4 million contract', 'a US$19.4m contract'],
    ['a $19.4 million contract', 'a $19 million contract'],
    ['a $19.4 million contract', 'a contract worth nearly $20 million'],
    ['a $19.4 million contract', 'a contract worth 19.4 million dollars'],
    ['more than 3,000 workers signed', '3,100 workers signed'],
    ['more than 650 employees signed', 'over 650 employees signed'],
    ['hundreds of employees signed', 'more than 650 employees signed'],
    ['about 2,000 children were separated', '2,100 children were separated'],
    ['up to 40 staff walked out', '25 staff walked out'],
    ['more than a hundred employees signed', 'more than 100 employees signed'],
  ])('%s / %s: consistent', (a, b) => {
    expect(consistentFigures(figure(a), figure(b))).toBe(true);
    expect(consistentFigures(figure(b), figure(a))).toBe(true);
  });

  it.each([
    ['a $19.14 million contract', 'a $19.4 million contract'],
    ['more than 100 employees signed', 'more than 150 employees signed'],
    ['more than 100 employees signed', '150 employees signed'],
    ['hundreds of employees signed', 'thousands of employees signed'],
    ['fewer than 50 workers came', '80 workers came'],
    ['a $7.5 billion deal', 'a $10 billion deal'],
    ['about 2,000 children were separated', '2,300 children were separated'],
  ])('%s / %s: cannot both be true', (a, b) => {
    expect(consistentFigures(figure(a), figure(b))).toBe(false);
    expect(consistentFigures(figure(b), figure(a))).toBe(false);
  });
});

describe('readNumbers: currency notations and loose plural counts', () => {
  it.each([
    ['The deal is worth $US19.4 million.', 19_400_000, 'usd'],
    ['The deal is worth USD 19.4 million.', 19_400_000, 'usd'],
    ['The deal is worth 19.4 million dollars.', 19_400_000, 'usd'],
    ['Hundreds of employees walked out.', 100, 'employe'],
    ['Thousands of workers signed the petition.', 1000, 'employe'],
  ])('%s', (sentence, value, unit) => {
    const n = figure(sentence);
    expect([n.value, n.unit]).toEqual([value, unit]);
  });

  it('reads the loose count as such, not as an exact figure', () => {
    expect(figure('Hundreds of employees walked out.').qualifier).toBe('many');
  });
});
