import { diffArrays } from 'diff';
import type { DiffOp } from '../result.ts';

/** Edits (in word tokens) beyond which two wordings are shown whole rather than diffed. */
export const MAX_EDITS = 24;

// A word (or a run of punctuation) with the spaces after it: fewer tokens than words and spaces apart, so the
// diff is faster, and equal tokens are equal strings, so both wordings rebuild exactly from the ops.
const TOKEN = /[\p{L}\p{N}'$%.,-]*[\p{L}\p{N}]['$%.,-]*\s*|[^\s\p{L}\p{N}]+\s*|\s+/gu;

/**
 * Word-level diff from this page's wording (`here`) to another source's (`there`), with the `diff` library.
 * `equal` + `delete` rebuild `here` exactly and `equal` + `insert` rebuild `there`.
 */
export function wordDiff(here: string, there: string): DiffOp[] {
  // Past MAX_EDITS the wordings share too little for a word diff to help a reader (and it costs the most):
  // they are shown whole instead.
  const changes = diffArrays(here.match(TOKEN) ?? [], there.match(TOKEN) ?? [], { maxEditLength: MAX_EDITS });
  if (!changes) return wholeDiff(here, there);
  const ops: DiffOp[] = [];
  for (const change of changes) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const text = change.value.join('');
    const last = ops[ops.length - 1];
    if (last && last.op === op) ops[ops.length - 1] = { op, text: last.text + text };
    else ops.push({ op, text });
  }
  return ops;
}

/** The diff that replaces one wording by the other whole: for wordings that share too little to align. */
export function wholeDiff(here: string, there: string): DiffOp[] {
  return [
    { op: 'delete', text: here },
    { op: 'insert', text: there },
  ];
}

/** Length of the longest common subsequence of two word lists. */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  let common = 0;
  for (const change of diffArrays(a as string[], b as string[])) {
    if (!change.added && !change.removed) common += change.count ?? change.value.length;
  }
  return common;
}
