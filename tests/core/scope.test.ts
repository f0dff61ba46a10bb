// Covers core/claims/scope.ts: what a sentence says an engagement covers, and when two such lists differ.
import { describe, expect, it } from 'vitest';
import { readScope, scopesDiffer, sharedScopeTerms } from '../../core/claims/scope.ts';

describe('readScope', () => {
  it.each([
    ['a verb of covering', 'The contract covers engine inspections, cabin checks and pilot training.', ['engine inspections', 'cabin checks', 'pilot training']],
    ['a gerund after the verb', 'Its work with the agency involves supporting email, calendar and document systems.', ['email', 'calendar', 'document systems']],
    ['"limited to"', 'Its work for the agency is limited to supporting payroll, scheduling and maintenance records.', ['payroll', 'scheduling', 'maintenance records']],
    ['"consists of"', 'The contract consists of engine checks, cabin refits and crew training.', ['engine checks', 'cabin refits', 'crew training']],
    ['"for" and an Oxford comma', 'The deal provides support for legacy mail, calendar, messaging, and document management.', ['legacy mail', 'calendar', 'messaging', 'document management']],
  ])('reads the items after %s', (_what, sentence, items) => {
    expect(readScope(sentence)?.items).toEqual(items);
  });

  it.each([
    ['no engagement is named', 'The menu covers soups, salads and sandwiches.'],
    ['a single item is listed', 'The contract covers engine inspections.'],
  ])('reads nothing when %s', (_what, sentence) => {
    expect(readScope(sentence)).toBeNull();
  });
});

describe('scopesDiffer and sharedScopeTerms', () => {
  const scope = (s: string) => readScope(s)!;
  const training = scope('The contract covers engine inspections, cabin checks and pilot training.');

  it('counts the words two lists share, whatever their form', () => {
    const other = scope('Its work includes inspecting engines, and checking cabins.');
    expect(sharedScopeTerms(training, other)).toBeGreaterThanOrEqual(2);
    expect(scopesDiffer(training, other)).toBe(false);
  });

  it('finds lists with no word in common different', () => {
    const other = scope('The contract covers catering, baggage handling and ticket sales.');
    expect(sharedScopeTerms(training, other)).toBe(0);
    expect(scopesDiffer(training, other)).toBe(true);
  });
});
