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
  const a = tokensOf(here);
  const b = tokensOf(there);
  // Every token one side has more often than the other is an insertion or deletion: when those alone pass
  // MAX_EDITS, the diff would search to its limit for nothing.
  if (unmatchedTokens(a, b) > MAX_EDITS) return wholeDiff(here, there);
  // The library only reads the lists.
  const changes = diffArrays(a as string[], b as string[], { maxEditLength: MAX_EDITS });
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

// A page's sentence is diffed against each of its matches, a source's sentence against every page sentence it
// matches: each is split into tokens once. The cache is bounded (and emptied when full) because pages come and go.
const tokenCache = new Map<string, readonly string[]>();
const TOKEN_CACHE_SIZE = 2_000;

/** The diff tokens of a wording, read once. */
function tokensOf(text: string): readonly string[] {
  let tokens = tokenCache.get(text);
  if (!tokens) {
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokens = text.match(TOKEN) ?? [];
    tokenCache.set(text, tokens);
  }
  return tokens;
}

/** How many tokens of the two lists have no equal token on the other side: a lower bound of their edit count. */
function unmatchedTokens(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const n = counts.get(token) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(token, n - 1);
    }
  }
  return a.length + b.length - 2 * shared;
}

/** The diff that replaces one wording by the other whole: for wordings that share too little to align. */
export function wholeDiff(here: string, there: string): DiffOp[] {
  return [
    { op: 'delete', text: here },
    { op: 'insert', text: there },
  ];
}

/** Length of the longest common subsequence of two word lists (a table of two rows: quotations are short). */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let previous = new Uint16Array(b.length + 1);
  let current = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const word = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      current[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
