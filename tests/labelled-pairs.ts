// How many labelled pairs (a pairs.json of tests/fixtures) the analysis finds in a relation they accept, with the
// misses listed for the failure message: the measure of tests/core/reports.test.ts and held-out-stories.test.ts.
import type { Relation } from '../core/result.ts';
import type { LabeledPair } from '../scripts/evaluation/pairs.ts';

/** The share of pairs whose relation found (by `relationOf`) is one they accept, and a message listing the misses. */
export function pairsRight(pairs: readonly LabeledPair[], relationOf: (pair: LabeledPair) => Relation | null): { share: number; message: string } {
  const misses = pairs.filter((pair) => {
    const found = relationOf(pair);
    return !(found && pair.rel!.includes(found));
  });
  const right = pairs.length - misses.length;
  const listed = misses.map((p) => `${p.file}: "${p.a}" ~ ${p.b[0]}: "${p.b[1]}"`).join('\n');
  return { share: right / pairs.length, message: `${right} of ${pairs.length} right; misses:\n${listed}` };
}
