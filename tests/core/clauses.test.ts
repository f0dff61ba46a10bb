// Covers core/claims/clauses.ts: the clauses of a sentence that can each carry a claim.
import { describe, expect, it } from 'vitest';
import { clausesOf, leadingPhrase } from '../../core/claims/clauses.ts';

describe('clausesOf', () => {
  it.each([
    [
      'The council, which approved the budget in May, will meet again on Monday.',
      ['The council will meet again on Monday.', 'which approved the budget in May'],
    ],
    [
      'As first reported by the Tribune, the airline will close its Denver hub; 300 workers will lose their jobs.',
      // The attribution, the claim and the second clause: the claim is what another outlet reports on its own.
      ['As first reported by the Tribune', 'the airline will close its Denver hub', '300 workers will lose their jobs.'],
    ],
    ['The union voted to strike - the first walkout in its history.', ['The union voted to strike', 'the first walkout in its history.']],
    // A "but" joins two predicates of one subject: each is a claim another report may carry alone.
    [
      'The airline condemned the strike in a statement but declined to say how many flights were cancelled.',
      ['The airline condemned the strike in a statement', 'but declined to say how many flights were cancelled.'],
    ],
    // ", before ..." and ", until ..." tell a second event: another report may tell only the first.
    [
      'On Monday an employee of the airline removed the notice, before the company restored it, the Tribune reported.',
      // (The three-word attribution is too short to be a claim.)
      ['On Monday an employee of the airline removed the notice', 'before the company restored it'],
    ],
    // A clause of time without a comma: "when" and a clause, "after" or "before" and a gerund.
    ['The debate began last week when an old notice resurfaced online.', ['The debate began last week', 'when an old notice resurfaced online.']],
    ['An employee briefly removed the notice after seeing complaints online.', ['An employee briefly removed the notice', 'after seeing complaints online.']],
    // "after" and a noun is a time, not a clause.
    ['Air travel grew quickly after the Second World War ended in Europe.', []],
    // A leading attribution is a clause of its own: the claim after it may be reported alone.
    [
      'As stated in the filing, the airline has a $40 million contract with the city for its Denver hub.',
      ['As stated in the filing', 'the airline has a $40 million contract with the city for its Denver hub.'],
    ],
    // ", nor" joins a second claim, also after a closing quotation mark.
    [
      'The airline said it was not cutting routes "to any city it serves today," nor was it selling planes.',
      ['The airline said it was not cutting routes "to any city it serves today', 'nor was it selling planes.'],
    ],
    // Em dashes (normalized to "--") set off an aside.
    [
      'The mayor signed the budget--the largest in city history--on Friday after a long debate.',
      ['The mayor signed the budget', 'the largest in city history', 'on Friday after a long debate.'],
    ],
  ])('%s', (sentence, clauses) => {
    expect(clausesOf(sentence)).toEqual(clauses);
  });

  it('gives nothing for a sentence of one clause', () => {
    expect(clausesOf('The mayor signed the bill on Friday.')).toEqual([]);
  });
});

describe('leadingPhrase', () => {
  it.each([
    ['In a January memo to staff, Okafor wrote that safety came first.', 'In a January memo to staff, '],
    ['On Monday, the airline grounded 40 jets.', 'On Monday, '],
    ['According to the Denver Evening Post, pilots signed a letter.', 'According to the Denver Evening Post, '],
    ['Okafor, the chief executive, wrote to staff.', null],
    ['In "a painful but necessary step," the airline grounded its jets.', null],
    ['Inspectors arrived on Monday, officials said.', null],
  ])('%s → %s', (sentence, lead) => {
    expect(leadingPhrase(sentence)).toBe(lead);
  });
});
