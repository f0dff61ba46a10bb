import { candidateBasics, type PairBasics } from './candidate.ts';
import { clauseSimilarity } from './overlap.ts';
import { closenessOf, type PairContext } from './pair-context.ts';
import { pairSignals, type PairSignals } from './pair-signals.ts';
import type { PreparedClaim } from './prepared-claim.ts';
import { candidatesFor, type PreparedSource } from './prepared-story.ts';

/** How many of a source's closest sentences to a page's sentence are read in full (a claim keeps four per source). */
export const CLOSEST_READ = 6;

/** A candidate pair of a page's sentence (by index) and a source's sentence, with its signals and standing. */
export interface SourcePair {
  readonly here: number;
  readonly there: PreparedClaim;
  readonly signals: PairSignals;
  context: PairContext;
}

/**
 * Every candidate pair between a page's sentences and one source's, with signals and standing. `extra` adds pairs
 * that are no candidates (a labelled pair, when training) so that they are read the same way.
 */
export function sourcePairs(page: readonly PreparedClaim[], source: PreparedSource, extra: ReadonlyArray<readonly [number, PreparedClaim]> = []): SourcePair[] {
  const pairs: SourcePair[] = [];
  // Which pairs were read, by page sentence: only needed to leave out the extra pairs that are candidates too.
  const seen = page.map(() => new Set<PreparedClaim>());
  page.forEach((here, i) => {
    // Candidates by words, closest first: a page's sentence reports what one or two of a source's sentences
    // report, so only the closest few are read in full, with every one that shares a figure or a quotation.
    const found: Array<{ there: PreparedClaim; basics: PairBasics; close: number }> = [];
    for (const there of candidatesFor(here, source)) {
      const basics = candidateBasics(here, there);
      if (!basics) continue;
      // Kept closest first as they come (a stable insertion: a page's sentence has a few dozen candidates).
      const close = clauseSimilarity(here, there, basics.similarity);
      let at = found.length;
      while (at > 0 && found[at - 1]!.close < close) at--;
      found.splice(at, 0, { there, basics, close });
    }
    found.forEach(({ there, basics, close }, rank) => {
      if (rank >= CLOSEST_READ && !basics.fact) return;
      pairs.push({ here: i, there, signals: pairSignals(here, there, basics, close), context: { hereRank: 0, thereRank: 0, margin: 0 } });
      if (extra.length > 0) seen[i]!.add(there);
    });
  });
  for (const [i, there] of extra) {
    if (seen[i]!.has(there)) continue;
    pairs.push({ here: i, there, signals: pairSignals(page[i]!, there), context: { hereRank: 0, thereRank: 0, margin: 0 } });
  }
  rank(pairs);
  return pairs;
}

function rank(pairs: SourcePair[]): void {
  const closeness = pairs.map((p) => closenessOf(p.signals));
  // The two closest of each group are enough to rank every member and find its nearest rival.
  const byHere = new Map<number, number[]>();
  const byThere = new Map<PreparedClaim, number[]>();
  pairs.forEach((p, i) => {
    (byHere.get(p.here) ?? byHere.set(p.here, []).get(p.here)!).push(i);
    (byThere.get(p.there) ?? byThere.set(p.there, []).get(p.there)!).push(i);
  });
  const sorted = (group: number[]) => group.map((i) => closeness[i]!).sort((a, b) => b - a);
  const hereOrder = new Map([...byHere].map(([k, g]) => [k, sorted(g)]));
  const thereOrder = new Map([...byThere].map(([k, g]) => [k, sorted(g)]));
  pairs.forEach((p, i) => {
    const mine = closeness[i]!;
    const here = hereOrder.get(p.here)!;
    const there = thereOrder.get(p.there)!;
    // The best rival: the closest other candidate (the second when this one is the closest).
    const rival = here[0] === mine ? (here[1] ?? 0) : here[0]!;
    p.context = { hereRank: countAbove(here, mine), thereRank: countAbove(there, mine), margin: mine - Math.max(0, rival) };
  });
}

/** How many values of a list sorted high to low are above `value`. */
function countAbove(sortedDown: readonly number[], value: number): number {
  let n = 0;
  while (n < sortedDown.length && sortedDown[n]! > value) n++;
  return n;
}
