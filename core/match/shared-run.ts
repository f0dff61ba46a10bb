/**
 * The longest run of terms two sentences share in the same order, with few other terms between them. A claim
 * reported inside a longer sentence keeps its words together and in order ("workers at Microsoft to demand the
 * company cancel its contract with ICE" / "Microsoft employees are asking the company to cancel a contract it has
 * with ICE"), while two sentences that merely share a story's vocabulary scatter it.
 */

/** Where a shared run lies in each sentence's terms (inclusive indexes) and how many shared terms it holds. */
export interface SharedRun {
  readonly here: readonly [number, number];
  readonly there: readonly [number, number];
  readonly length: number;
  /** The shared terms of the run, in order. */
  readonly terms: readonly string[];
}

/** At most this many other terms may stand between two terms of a run, in either sentence. */
export const RUN_MAX_GAP = 2;

/** The longest in-order run of shared terms, each within RUN_MAX_GAP other terms of the last; null if none. */
export function sharedRun(here: readonly string[], there: readonly string[], maxGap = RUN_MAX_GAP): SharedRun | null {
  // Only pairs of equal terms can be in a run, and two sentences share few: a chain over those pairs, in the order
  // of the sentence here and then there, rather than a table of every pair of positions.
  const positions = positionsOf(there);
  const cells: Cell[] = [];
  // Where each of here's positions starts in `cells`.
  const rowStart: number[] = [];
  let best: Cell | null = null;
  for (let i = 0; i < here.length; i++) {
    rowStart.push(cells.length);
    for (const k of positions.get(here[i]!) ?? []) {
      const cell: Cell = { i, k, length: 1, previous: null };
      // The longest chain ending a few positions before on both sides; the first of equals, as a reading in order
      // finds it. Each row's cells are in order of k: only the window before k is read (a sentence repeating one
      // word would otherwise make every row long).
      for (let pi = Math.max(0, i - maxGap - 1); pi < i; pi++) {
        const end = rowStart[pi + 1]!;
        for (let c = firstAtLeast(cells, rowStart[pi]!, end, k - maxGap - 1); c < end && cells[c]!.k < k; c++) {
          const before = cells[c]!;
          if (before.length + 1 > cell.length) {
            cell.length = before.length + 1;
            cell.previous = before;
          }
        }
      }
      cells.push(cell);
      if (!best || cell.length > best.length) best = cell;
    }
  }
  if (!best) return null;
  const terms: string[] = [];
  let first = best;
  for (let cell: Cell | null = best; cell; cell = cell.previous) {
    terms.unshift(there[cell.k]!);
    first = cell;
  }
  return { here: [first.i, best.i], there: [first.k, best.k], length: best.length, terms };
}

// A source's sentence is compared with every sentence of every page: where its terms stand is read once.
const positionsCache = new WeakMap<readonly string[], ReadonlyMap<string, readonly number[]>>();

/** Where each term of a sequence stands in it. */
function positionsOf(terms: readonly string[]): ReadonlyMap<string, readonly number[]> {
  let positions = positionsCache.get(terms);
  if (!positions) {
    const map = new Map<string, number[]>();
    terms.forEach((term, k) => {
      const list = map.get(term);
      if (list) list.push(k);
      else map.set(term, [k]);
    });
    positionsCache.set(terms, (positions = map));
  }
  return positions;
}

/** The first index in cells[from, to) (in order of k) whose k is at least `k`. */
function firstAtLeast(cells: readonly Cell[], from: number, to: number, k: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid]!.k < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A pair of equal terms (position here, position there) and the longest chain of such pairs ending at it. */
interface Cell {
  readonly i: number;
  readonly k: number;
  length: number;
  previous: Cell | null;
}
