import { diffArrays, diffWordsWithSpace } from 'diff';
import type { DiffOp } from '../result.ts';

/**
 * Word-level diff from this page's wording (`here`) to another source's (`there`). Spaces are tokens too, so
 * `equal` + `delete` rebuild `here` exactly and `equal` + `insert` rebuild `there`.
 */
export function wordDiff(here: string, there: string): DiffOp[] {
  const ops: DiffOp[] = [];
  for (const change of diffWordsWithSpace(here, there)) {
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const last = ops[ops.length - 1];
    if (last && last.op === op) ops[ops.length - 1] = { op, text: last.text + change.value };
    else ops.push({ op, text: change.value });
  }
  return ops;
}

/** Length of the longest common subsequence of two word lists. */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  let common = 0;
  for (const change of diffArrays(a as string[], b as string[])) {
    if (!change.added && !change.removed) common += change.count ?? change.value.length;
  }
  return common;
}
