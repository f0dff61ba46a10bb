import type { Claim } from './claims/claim.ts';
import { EXTRACTION_LIMITS, extractClaims } from './claims/extract.ts';
import { summarize } from './corpus/summary.ts';
import type { Corpus, CorpusSource, CorpusStory } from './corpus/types.ts';
import { quickTermCounts, rankStories, type DetectionIndex } from './detect/detect.ts';
import { MENTION_THRESHOLD, recognizeStory, type NotTheEvent } from './detect/recognize.ts';
import { findSelf } from './detect/self.ts';
import { isEnglish } from './text/language.ts';
import { comparisonOf, MATCH_MODEL, prepareClaim, type Comparison, type PreparedClaim } from './match/compare.ts';
import { decide, type MatchModel } from './match/decide.ts';
import { sourcePairs } from './match/source-pairs.ts';
import { prepareStory } from './match/prepared-story.ts';
import { wholeDiff, wordDiff } from './match/word-diff.ts';
import {
  STATUS_ORDER,
  type AnalysisResult,
  type AnalyzedClaim,
  type ClaimMatch,
  type ClaimStatus,
  type StatusCounts,
  type StoryMentions,
} from './result.ts';

/** What the analysis needs to know about a page. */
export interface ArticleInput {
  /** The extracted article text. */
  readonly text: string;
  /** The page's title, which helps recognize the story. */
  readonly title?: string;
  /** The page's URL, to recognize a bundled source by its address. */
  readonly url?: string | null;
  /** The page's own publication date (ISO, from its metadata or dateline), when it gives one. */
  readonly date?: string | null;
  /** The page's headline in its other forms (document title, social title, first heading), when they differ. */
  readonly headlines?: readonly string[];
}

/**
 * How many matches of one source a claim keeps. A source often says one thing in several sentences (a count in
 * the lead and again lower down), each a match; four keep room for a fourth after three such repeats (dev set,
 * 2026-12-06: 3 → 4 gained one pair, broke none).
 */
export const MATCHES_PER_SOURCE = 4;

/** How the analysis decides (for measuring a model trained without a story: `evaluate --by-story`). */
export interface AnalysisOptions {
  readonly model?: MatchModel;
}

/** Cross-references an article against the bundled stories. Pure: runs the same in Node and in the extension. */
export function analyzeArticle(corpus: Corpus, index: DetectionIndex, input: ArticleInput, options: AnalysisOptions = {}): AnalysisResult {
  const byUrl = findSelf.byUrl(corpus, input.url ?? null);
  // Most pages are about nothing we know: a cheap look at their words decides that before any claim is read.
  if (!byUrl && !mayMentionAStory(index, input)) {
    return noStory(input.text.length > EXTRACTION_LIMITS.maxChars, isEnglish(input.text) ? 'en' : 'other');
  }
  const { claims, truncated } = extractClaims(input.text);
  if (!isEnglish(input.text)) return noStory(truncated, 'other');
  const recognized = byUrl ? ({ kind: 'story', story: byUrl.story, score: 1 } as const) : recognizeStory(corpus, index, input, claims);
  if (recognized.kind !== 'story') {
    const mentions = recognized.kind === 'mentions' ? mentionsOf(claims, recognized.story, recognized.reason, options) : null;
    return { ...noStory(truncated, 'en'), ...(mentions ? { mentions } : {}) };
  }
  return storyResult(claims, recognized.story, byUrl?.source ?? null, recognized.score, truncated, options);
}

/** The result for a page about no story we know. */
function noStory(truncated: boolean, language: AnalysisResult['language']): AnalysisResult {
  return { story: null, sources: [], claims: [], counts: countStatuses([]), truncated, language };
}

/** The page's claims cross-referenced with the story's sources, less the page itself (by URL or by its text). */
function storyResult(claims: readonly Claim[], story: CorpusStory, selfByUrl: CorpusSource | null, score: number, truncated: boolean, options: AnalysisOptions): AnalysisResult {
  const self = selfByUrl ?? findSelf.byText(story, claims);
  const others = story.sources.filter((s) => s !== self);
  const analyzed = crossReference(claims, story, others, options.model ?? MATCH_MODEL);
  return {
    story: { id: story.id, title: story.title, score, self: self?.id ?? null },
    sources: others.map(summarize),
    claims: analyzed,
    counts: countStatuses(analyzed),
    truncated,
    language: 'en',
  };
}

/** Whether the page's words reach the bar at which it may mention a story (cheap: no claim extraction). */
function mayMentionAStory(index: DetectionIndex, input: ArticleInput): boolean {
  const best = rankStories(index, quickTermCounts(`${input.title ?? ''}\n${input.text.slice(0, EXTRACTION_LIMITS.maxChars)}`, index))[0];
  return best !== undefined && best.score >= MENTION_THRESHOLD;
}

/** The sentences of a page that report what a story's sources report: shown as "this page mentions the story". */
function mentionsOf(claims: readonly Claim[], story: CorpusStory, reason: NotTheEvent, options: AnalysisOptions): StoryMentions | null {
  const analyzed = crossReference(claims, story, story.sources, options.model ?? MATCH_MODEL);
  const sentences = analyzed.filter((c) => c.status !== 'related' && c.status !== 'unique').map((c) => c.text);
  return sentences.length > 0 ? { id: story.id, title: story.title, reason, sentences: sentences.slice(0, MAX_MENTIONS) } : null;
}

/** How many mentioning sentences a result lists. */
const MAX_MENTIONS = 5;

/**
 * Cross-references an article against one story, skipping detection: for measuring matching apart from
 * recognition (the `evaluate` command).
 */
export function analyzeAgainst(corpus: Corpus, storyId: string, input: ArticleInput, options: AnalysisOptions = {}): AnalysisResult {
  const story = corpus.stories.find((s) => s.id === storyId);
  if (!story) throw new Error(`no story "${storyId}" in the corpus`);
  const { claims, truncated } = extractClaims(input.text);
  return storyResult(claims, story, findSelf.byUrl(corpus, input.url ?? null)?.source ?? null, 1, truncated, options);
}

function crossReference(claims: readonly Claim[], story: CorpusStory, others: readonly CorpusSource[], model: MatchModel): AnalyzedClaim[] {
  const { weights, sources } = prepareStory(story);
  const page = claims.map((claim) => prepareClaim(claim, weights));
  const matches: ClaimMatch[][] = page.map(() => []);
  for (const source of others) {
    const found = page.map((): Found[] => []);
    for (const pair of sourcePairs(page, sources.get(source)!)) {
      const comparison = comparisonOf(decide(pair.signals, model, pair.context));
      if (comparison) found[pair.here]!.push({ there: pair.there, comparison });
    }
    found.forEach((list, i) => matches[i]!.push(...keepBest(page[i]!, source, list)));
  }
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

function statusOf(matches: readonly ClaimMatch[]): ClaimStatus {
  for (const status of STATUS_ORDER) if (matches.some((m) => m.relation === status)) return status;
  return 'unique';
}

function countStatuses(claims: readonly AnalyzedClaim[]): StatusCounts {
  const counts: Record<ClaimStatus, number> = { agree: 0, conflict: 0, 'quote-variant': 0, related: 0, unique: 0 };
  for (const claim of claims) counts[claim.status]++;
  return counts;
}
