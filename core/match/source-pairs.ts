import { isCandidate } from './candidate.ts';
import { closenessOf, type PairContext } from './pair-context.ts';
import { pairSignals, type PairSignals } from './pair-signals.ts';
import type { PreparedClaim } from './prepared-claim.ts';
import { candidatesFor, type PreparedSource } from './prepared-story.ts';

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
  const seen = new Set<string>();
  page.forEach((here, i) => {
    for (const there of candidatesFor(here, source)) {
      if (!isCandidate(here, there)) continue;
      pairs.push({ here: i, there, signals: pairSignals(here, there), context: { hereRank: 0, thereRank: 0, margin: 0 } });
      seen.add(`${i}\u0000${source.claims.indexOf(there)}`);
    }
  });
  for (const [i, there] of extra) {
    if (seen.has(`${i}\u0000${source.claims.indexOf(there)}`)) continue;
    pairs.push({ here: i, there, signals: pairSignals(page[i]!, there), context: { hereRank: 0, thereRank: 0, margin: 0 } });
  }
  rank(pairs);
  return pairs;
}

function rank(pairs: SourcePair[]): void {
  const byHere = new Map<number, SourcePair[]>();
  const byThere = new Map<PreparedClaim, SourcePair[]>();
  for (const p of pairs) {
    (byHere.get(p.here) ?? byHere.set(p.here, []).get(p.here)!).push(p);
    (byThere.get(p.there) ?? byThere.set(p.there, []).get(p.there)!).push(p);
  }
  for (const p of pairs) {
    const mine = closenessOf(p.signals);
    const rivals = byHere.get(p.here)!.filter((q) => q !== p).map((q) => closenessOf(q.signals));
    const others = byThere.get(p.there)!.filter((q) => q !== p).map((q) => closenessOf(q.signals));
    p.context = {
      hereRank: rivals.filter((c) => c > mine).length,
      thereRank: others.filter((c) => c > mine).length,
      margin: mine - Math.max(0, ...rivals),
    };
  }
}
