// Covers core/detect/partial-report.ts and the quick look's mayReportStory: a report of one person's words on a
// story's days. The story here is invented (an airline's grounded jets); the bundled story's case is in event.test.ts.
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { headlinedPersons, isPartialReport, quotedPersons } from '../../core/detect/partial-report.ts';

const SOURCES = [
  `Northwind Air grounded 40 jets on Tuesday after an engine fire in Denver.
"Safety comes before the timetable, every single time," chief executive Dana Okafor wrote in a memo to staff.`,
  `The airline's pilots asked chief executive Dana Okafor to delay the new schedule.
Okafor called the decision "painful but necessary" in a message to employees.
"We are cooperating fully," a spokesperson said.`,
];
const persons = quotedPersons(SOURCES.map((text) => extractClaims(text)));
const claims = (text: string) => extractClaims(text).claims;

describe('quotedPersons', () => {
  it('lists the people the sources quote by surname, with their words, and no unnamed speaker', () => {
    expect(persons.map((p) => p.name)).toEqual(['Okafor']);
    expect(persons[0]!.quotes).toHaveLength(2);
  });
});

describe('headlinedPersons', () => {
  it.each([
    ['Okafor tells staff safety comes first', ['Okafor']],
    ["Dana Okafor's memo: safety before the timetable", ['Okafor']],
    ['Northwind Air grounds jets', []],
    ['Okaforian times', []],
  ])('%s → %j', (headline, expected) => {
    expect(headlinedPersons(headline, ['Okafor'])).toEqual(expected);
  });
});

describe('isPartialReport', () => {
  const memo = 'Airline chief Dana Okafor told staff that "safety comes before the timetable" as inspections went on.';

  it('takes a page headlining the person and quoting three of their words in a row', () => {
    expect(isPartialReport('Okafor puts safety first', claims(memo), persons)).toBe(true);
  });

  it('needs the person in the headline', () => {
    expect(isPartialReport('Airline puts safety first', claims(memo), persons)).toBe(false);
  });

  it('needs the person\u2019s words quoted on the page, not a phrase of function words', () => {
    expect(isPartialReport('Okafor puts safety first', claims('Okafor said the delay was "before the end of" the month.'), persons)).toBe(false);
    expect(isPartialReport('Okafor puts safety first', claims('Okafor said safety comes before the timetable.'), persons)).toBe(false);
  });
});
