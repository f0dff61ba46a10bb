import type { PairSignals } from './pair-signals.ts';

/**
 * A pair's standing among the alternatives. Two reports of one event tell each fact once or twice: the sentence
 * of a source that reports what a page's sentence reports is usually the source's closest one to it, and the
 * page's closest one to that source sentence (mutual nearest neighbours, as in sentence alignment).
 */
export interface PairContext {
  /** How many other candidates of the same source are closer to the page's sentence (0: the closest). */
  readonly hereRank: number;
  /** How many other sentences of the page are closer to the source's sentence (0: the closest). */
  readonly thereRank: number;
  /** Closeness above the next closest candidate of the source for the page's sentence (negative when not the closest). */
  readonly margin: number;
}

/** How close two sentences are in words: the best of whole-sentence, clause and shared-run similarity. */
export function closenessOf(s: PairSignals): number {
  return Math.max(s.similarity, s.clauseSimilarity, s.runSimilarity);
}

/** The context of a pair compared alone (no alternatives known). */
export function aloneContext(s: PairSignals): PairContext {
  return { hereRank: 0, thereRank: 0, margin: closenessOf(s) };
}

