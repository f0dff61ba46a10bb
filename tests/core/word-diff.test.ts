// Covers core/match/word-diff.ts: the word diff shown between two wordings, and when they are shown whole.
import { describe, expect, it } from 'vitest';
import { MAX_EDITS, wordDiff } from '../../core/match/word-diff.ts';

const rebuild = (ops: ReturnType<typeof wordDiff>, side: 'here' | 'there') =>
  ops.filter((op) => op.op === 'equal' || op.op === (side === 'here' ? 'delete' : 'insert')).map((op) => op.text).join('');

describe('wordDiff', () => {
  it('marks the words one wording changes and rebuilds both exactly', () => {
    const here = 'The airline grounded 40 jets on Tuesday.';
    const there = 'The airline grounded 42 jets on Monday.';
    const ops = wordDiff(here, there);
    expect(ops.filter((op) => op.op !== 'equal').map((op) => op.text.trim())).toEqual(['40', '42', 'Tuesday.', 'Monday.']);
    expect(rebuild(ops, 'here')).toBe(here);
    expect(rebuild(ops, 'there')).toBe(there);
  });

  it('shows wordings whole when more words differ than a reader could follow', () => {
    const here = Array.from({ length: MAX_EDITS }, (_, i) => `alpha${i}`).join(' ');
    const there = Array.from({ length: MAX_EDITS }, (_, i) => `beta${i}`).join(' ');
    expect(wordDiff(here, there)).toEqual([
      { op: 'delete', text: here },
      { op: 'insert', text: there },
    ]);
  });

  it('shows wordings whole when the same words come in a wholly different order', () => {
    const words = Array.from({ length: MAX_EDITS }, (_, i) => `w${i}`);
    const ops = wordDiff(words.join(' '), [...words].reverse().join(' '));
    expect(ops.map((op) => op.op)).toEqual(['delete', 'insert']);
  });
});
