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
  const width = there.length;
  // For each pair of equal terms (i, k): the length of the longest chain ending there, and the match before it.
  const length = new Uint16Array(here.length * width);
  const previous = new Int32Array(here.length * width).fill(-1);
  let best = -1;
  for (let i = 0; i < here.length; i++) {
    for (let k = 0; k < width; k++) {
      if (here[i] !== there[k]) continue;
      const cell = i * width + k;
      length[cell] = 1;
      for (let pi = Math.max(0, i - maxGap - 1); pi < i; pi++) {
        for (let pk = Math.max(0, k - maxGap - 1); pk < k; pk++) {
          const before = pi * width + pk;
          if (length[before]! + 1 > length[cell]!) {
            length[cell] = length[before]! + 1;
            previous[cell] = before;
          }
        }
      }
      if (best < 0 || length[cell]! > length[best]!) best = cell;
    }
  }
  if (best < 0) return null;
  const terms: string[] = [];
  let first = best;
  for (let cell = best; cell >= 0; cell = previous[cell]!) {
    terms.unshift(there[cell % width]!);
    first = cell;
  }
  return {
    here: [Math.floor(first / width), Math.floor(best / width)],
    there: [first % width, best % width],
    length: length[best]!,
    terms,
  };
}
