import type { Claim } from '../claims/claim.ts';
import type { CorpusSource, CorpusStory } from '../corpus/types.ts';
import { STATUS_ORDER, type AnalyzedClaim, type ClaimMatch, type ClaimStatus } from '../result.ts';
import { comparisonOf, type Comparison } from './compare.ts';
import { decide, type MatchModel } from './decide.ts';
import { preparedFor, type PreparedClaim } from './prepared-claim.ts';
import { prepareStory } from './prepared-story.ts';
import { sourcePairs } from './source-pairs.ts';
import { wholeDiff, wordDiff } from './word-diff.ts';

/**
 * How many matches of one source a claim keeps. A source often says one thing in several sentences (a count in
 * the lead and again lower down), each a match; four keep room for a fourth after three such repeats (dev set,
 * 2026-12-06: 3 → 4 gained one pair, broke none).
 */
export const MATCHES_PER_SOURCE = 4;

/** A page's claims, each with the sentences of the story's other sources that relate to it, and how. */
export function crossReference(claims: readonly Claim[], story: CorpusStory, others: readonly CorpusSource[], model: MatchModel): AnalyzedClaim[] {
  const matches: ClaimMatch[][] = claims.map(() => []);
  for (const source of others) sourceMatches(claims, story, source, model).forEach((list, i) => matches[i]!.push(...list));
  return claims.map((claim, i) => ({
    text: claim.text,
    start: claim.start,
    end: claim.end,
    kind: claim.kind,
    speaker: claim.speaker?.name ?? null,
    matches: matches[i]!,
    status: statusOf(matches[i]!),
  }));
}

// One page's matches with each source, kept for the page's claims: recognition reads them, and the result then
// reuses them (less the page's own source) instead of comparing every sentence again.
const matchCache = new WeakMap<readonly Claim[], { model: MatchModel; bySource: Map<CorpusSource, ClaimMatch[][]> }>();

/** For each claim of the page, the matches kept with one source (computed once per page, source and model). */
function sourceMatches(claims: readonly Claim[], story: CorpusStory, source: CorpusSource, model: MatchModel): ClaimMatch[][] {
  let cached = matchCache.get(claims);
  if (!cached || cached.model !== model) matchCache.set(claims, (cached = { model, bySource: new Map() }));
  let out = cached.bySource.get(source);
  if (!out) {
    const { weights, sources } = prepareStory(story);
    const page = claims.map((claim) => preparedFor(claim, weights));
    const found = page.map((): Found[] => []);
    for (const pair of sourcePairs(page, sources.get(source)!)) {
      const comparison = comparisonOf(decide(pair.signals, model, pair.context));
      if (comparison) found[pair.here]!.push({ there: pair.there, comparison });
    }
    out = found.map((list, i) => keepBest(page[i]!, source, list));
    cached.bySource.set(source, out);
  }
  return out;
}

/** A source's sentence found related to a page's sentence. */
interface Found {
  readonly there: PreparedClaim;
  readonly comparison: Comparison;
}

/** The matches of one source kept for a claim: the strongest relations, then related sentences while there is room. */
function keepBest(here: PreparedClaim, source: CorpusSource, found: Found[]): ClaimMatch[] {
  // Disagreements first: they are what a reader most needs to see.
  const strength = (c: Comparison) => (STATUS_ORDER.length - STATUS_ORDER.indexOf(c.relation)) * 2 + c.score;
  found.sort((a, b) => strength(b.comparison) - strength(a.comparison));
  // A report often relates to several sentences of one source (the same blog post quoted for different lines).
  const strong = found.filter((f) => f.comparison.relation !== 'related').slice(0, MATCHES_PER_SOURCE);
  const related = found.filter((f) => f.comparison.relation === 'related').slice(0, Math.max(0, MATCHES_PER_SOURCE - strong.length));
  const kept = [...strong, ...related];
  return kept.map(({ there, comparison }) => ({
    source: source.id,
    outlet: source.outlet,
    text: there.claim.text,
    relation: comparison.relation,
    score: comparison.score,
    // A related sentence reports something else: a word diff against it would say nothing, so it comes whole.
    diff: comparison.relation === 'related' ? wholeDiff(here.claim.normalized, there.claim.normalized) : wordDiff(here.claim.normalized, there.claim.normalized),
    speaker: there.claim.speaker?.name ?? null,
    differences: comparison.differences,
    why: comparison.why,
  }));
}

/** A claim's strongest relation among its matches, or `unique`. */
export function statusOf(matches: readonly ClaimMatch[]): ClaimStatus {
  for (const status of STATUS_ORDER) if (matches.some((m) => m.relation === status)) return status;
  return 'unique';
}

