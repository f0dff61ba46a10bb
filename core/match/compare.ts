import type { Difference, Relation } from '../result.ts';
import { decide, type Decided, type MatchModel } from './decide.ts';
import { isCandidate } from './candidate.ts';
import { pairSignals } from './pair-signals.ts';
import type { PreparedClaim } from './prepared-claim.ts';
import matchModel from './data/match-model.json' with { type: 'json' };

export { prepareClaim, MIN_CLAIM_TERMS, type PreparedClaim } from './prepared-claim.ts';
export { isCandidate } from './candidate.ts';

/** How a source's claim relates to a page's claim. */
export interface Comparison {
  readonly relation: Relation;
  /** The model's probability of the relation, in [0, 1]. */
  readonly score: number;
  readonly differences: readonly Difference[];
  /** The signals that weighed most for the relation. */
  readonly why: readonly string[];
}

/** The committed model (core/match/data/match-model.json, made by `npm run train`). */
export const MATCH_MODEL = matchModel as MatchModel;

/** Compares a page claim with a source claim; null when they are not about the same thing. */
export function compareClaims(here: PreparedClaim, there: PreparedClaim, model: MatchModel = MATCH_MODEL): Comparison | null {
  if (!isCandidate(here, there)) return null;
  return comparisonOf(decide(pairSignals(here, there), model));
}

/** The comparison a decision makes, or null for no match. */
export function comparisonOf(decided: Decided): Comparison | null {
  if (decided.decision === 'none') return null;
  return { relation: decided.decision, score: Math.round(decided.probability * 1000) / 1000, differences: decided.differences, why: decided.why };
}
