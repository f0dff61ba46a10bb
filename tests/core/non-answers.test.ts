// Covers core/match/non-answers.ts: the ways news reports a question left unanswered, folded into one word.
import { describe, expect, it } from 'vitest';
import { foldNonAnswers, NON_ANSWER_WORD } from '../../core/match/non-answers.ts';

describe('foldNonAnswers', () => {
  it.each([
    ['The airline did not answer a question about the engines.', 'The airline unanswered a question about the engines.'],
    ["Northwind didn't answer.", 'Northwind unanswered.'],
    ['A spokesperson declined to specify which jets were affected.', 'A spokesperson unanswered which jets were affected.'],
    ['The carrier refused to divulge the cost, not addressing the details of its deal.', 'The carrier unanswered the cost, unanswered the details of its deal.'],
    ['Okafor would not immediately say when flights resume.', 'Okafor unanswered when flights resume.'],
    ['The FAA had not responded to a request for comment.', 'The FAA unanswered to a request for comment.'],
    ["The union won't comment on the letter.", 'The union unanswered on the letter.'],
  ])('%s', (sentence, folded) => {
    expect(foldNonAnswers(sentence)).toBe(folded);
  });

  it.each([
    'The airline did not cancel the flights.',
    'Pilots declined to sign the letter.',
    'The answer, Okafor said, was no.',
    'Inspectors will not pay overtime.',
  ])('leaves other negations alone: %s', (sentence) => {
    expect(foldNonAnswers(sentence)).not.toContain(NON_ANSWER_WORD);
  });
});
