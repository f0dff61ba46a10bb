// Every outlet's side of a claim and figures over time, on invented reports (a transit levy in Varnholm: this
// page and The Varnholm Courier give $44 million, the Northgate Herald $41 million).
import { describe, expect, it } from 'vitest';
import type { AnalyzedClaim, ClaimMatch, SourceSummary } from '../../core/result.ts';
import { quotationOps, sideInTime, timePhrase, timingOf, valueSides } from '../../shared/outlet-sides.ts';

const source = (id: string, outlet: string, date: string | null): SourceSummary => ({ id, outlet, title: `${outlet} report`, url: null, date });
const SOURCES = [source('courier', 'The Varnholm Courier', '2025-03-04'), source('herald', 'Northgate Herald', '2025-03-04'), source('wire', 'Reuters', '2025-03-06'), source('early', 'Morning Post', '2025-03-02')];

const match = (source: string, outlet: string, relation: ClaimMatch['relation'], text: string, differences: ClaimMatch['differences'] = []): ClaimMatch => ({
  source, outlet, relation, text, score: 0.8, diff: [{ op: 'equal', text }], speaker: null, differences,
});
const claim = (matches: ClaimMatch[]): AnalyzedClaim => ({ text: 'The levy will raise $44 million a year.', start: 0, end: 39, kind: 'number', speaker: null, status: 'conflict', matches });

describe('timingOf and timePhrase', () => {
  it.each<[string | null, string | null, string]>([
    ['2025-03-04', '2025-03-06', 'two days later'],
    ['2025-03-04', '2025-03-05', 'a day later'],
    ['2025-03-04', '2025-03-02', 'two days earlier'],
    ['2025-03-04', '2025-03-04', 'the same day'],
    ['2025-03-04', '2025-04-03', '30 days later'],
    [null, '2025-03-04', ''],
    ['2025-03-04T10:00:00Z', '2025-03-05', 'a day later'],
  ])('a page of %s and a report of %s: "%s"', (page, other, phrase) => {
    expect(timePhrase(timingOf(page, other))).toBe(phrase);
  });
});

describe('valueSides', () => {
  const figure = (outlet: string, id: string, there: string) => match(id, outlet, 'conflict', `The levy will raise ${there} a year.`, [{ kind: 'number', here: '$44 million', there }]);

  it('puts this page with the outlets that confirm its value, then each other value with who gives it', () => {
    const sides = valueSides(claim([figure('Northgate Herald', 'herald', '$41 million'), match('courier', 'The Varnholm Courier', 'agree', 'It will raise $44 million a year, the council said.')]), SOURCES, '2025-03-04');
    expect(sides).toHaveLength(1);
    expect(sides[0]!.sides.map((s) => [s.value, s.page, s.outlets.map((o) => o.outlet)])).toEqual([
      ['$44 million', true, ['The Varnholm Courier']],
      ['$41 million', false, ['Northgate Herald']],
    ]);
    expect(sideInTime(sides[0]!.sides[1]!)).toBe('differs');
  });

  it('leaves out an agreeing outlet that does not give the value', () => {
    const sides = valueSides(claim([figure('Northgate Herald', 'herald', '$41 million'), match('courier', 'The Varnholm Courier', 'agree', 'The council approved the levy.')]), SOURCES, '2025-03-04');
    expect(sides[0]!.sides[0]!.outlets).toEqual([]);
  });

  it('orders the other values by date and calls a later report\'s value an update, an earlier one older', () => {
    const sides = valueSides(claim([figure('Reuters', 'wire', '$52 million'), figure('Morning Post', 'early', '$40 million'), figure('Northgate Herald', 'herald', '$41 million')]), SOURCES, '2025-03-04');
    const others = sides[0]!.sides.slice(1);
    expect(others.map((s) => [s.value, sideInTime(s), timePhrase(s.outlets[0]!.timing)])).toEqual([
      ['$40 million', 'older', 'two days earlier'],
      ['$41 million', 'differs', 'the same day'],
      ['$52 million', 'update', 'two days later'],
    ]);
  });

  it('knows no time without the page\'s date', () => {
    const sides = valueSides(claim([figure('Reuters', 'wire', '$52 million')]), SOURCES, null);
    expect(sideInTime(sides[0]!.sides[1]!)).toBe('differs');
  });
});

describe('quotationOps', () => {
  it('keeps the whole quotation with the other words inside it, not the attribution around it', () => {
    const ops = quotationOps([
      { op: 'equal', text: '"It serves the riders ' },
      { op: 'delete', text: 'who waited longest' },
      { op: 'insert', text: 'that waited' },
      { op: 'equal', text: '," the mayor ' },
      { op: 'delete', text: 'said on Tuesday.' },
      { op: 'insert', text: 'told reporters.' },
    ]);
    expect(ops).toEqual([
      { op: 'equal', text: '"It serves the riders ' },
      { op: 'delete', text: 'who waited longest' },
      { op: 'insert', text: 'that waited' },
      { op: 'equal', text: ',"' },
    ]);
  });

  it('keeps everything when this page\'s sentence has no quotation marks', () => {
    const ops = [{ op: 'equal' as const, text: 'It serves riders.' }];
    expect(quotationOps(ops)).toEqual(ops);
  });
});
