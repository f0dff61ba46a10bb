import type { Claim } from './claims/claim.ts';
import { EXTRACTION_LIMITS, extractClaims } from './claims/extract.ts';
import { summarize } from './corpus/summary.ts';
import type { Corpus, CorpusSource, CorpusStory } from './corpus/types.ts';
import { quickTermCounts, rankStories, type DetectionIndex } from './detect/detect.ts';
import { MENTION_THRESHOLD, recognizeStory, type NotTheEvent } from './detect/recognize.ts';
import { findSelf } from './detect/self.ts';
import { isEnglish } from './text/language.ts';
import { compareClaims, prepareClaim, type Comparison, type PreparedClaim } from './match/compare.ts';
import { storyReferences } from './match/references.ts';
import { storyAliases } from './match/aliases.ts';
import { termWeights, type TermWeights } from './match/similarity.ts';
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

/** Cross-references an article against the bundled stories. Pure: runs the same in Node and in the extension. */
export function analyzeArticle(corpus: Corpus, index: DetectionIndex, input: ArticleInput): AnalysisResult {
  const byUrl = findSelf.byUrl(corpus, input.url ?? null);
  // Most pages are about nothing we know: a cheap look at their words decides that before any claim is read.
  if (!byUrl && !mayMentionAStory(index, input)) {
    return noStory(input.text.length > EXTRACTION_LIMITS.maxChars, isEnglish(input.text) ? 'en' : 'other');
  }
  const { claims, truncated } = extractClaims(input.text);
  if (!isEnglish(input.text)) return noStory(truncated, 'other');
  const recognized = byUrl ? ({ kind: 'story', story: byUrl.story, score: 1 } as const) : recognizeStory(corpus, index, input, claims);
  if (recognized.kind !== 'story') {
    const mentions = recognized.kind === 'mentions' ? mentionsOf(claims, recognized.story, recognized.reason) : null;
    return { ...noStory(truncated, 'en'), ...(mentions ? { mentions } : {}) };
  }
  return storyResult(claims, recognized.story, byUrl?.source ?? null, recognized.score, truncated);
}

/** The result for a page about no story we know. */
function noStory(truncated: boolean, language: AnalysisResult['language']): AnalysisResult {
  return { story: null, sources: [], claims: [], counts: countStatuses([]), truncated, language };
}

/** The page's claims cross-referenced with the story's sources, less the page itself (by URL or by its text). */
function storyResult(claims: readonly Claim[], story: CorpusStory, selfByUrl: CorpusSource | null, score: number, truncated: boolean): AnalysisResult {
  const self = selfByUrl ?? findSelf.byText(story, claims);
  const others = story.sources.filter((s) => s !== self);
  const analyzed = crossReference(claims, story, others);
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
function mentionsOf(claims: readonly Claim[], story: CorpusStory, reason: NotTheEvent): StoryMentions | null {
  const analyzed = crossReference(claims, story, story.sources);
  const sentences = analyzed.filter((c) => c.status !== 'related' && c.status !== 'unique').map((c) => c.text);
  return sentences.length > 0 ? { id: story.id, title: story.title, reason, sentences: sentences.slice(0, MAX_MENTIONS) } : null;
}

/** How many mentioning sentences a result lists. */
const MAX_MENTIONS = 5;

/** A story's term weights and prepared source claims: computed once, reused for every page. */
interface PreparedStory {
  readonly weights: TermWeights;
  readonly sources: ReadonlyMap<CorpusSource, PreparedSource>;
}

/** A source's claims prepared for comparison, and which of them use each term. */
interface PreparedSource {
  readonly claims: readonly PreparedClaim[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
}

const preparedStories = new WeakMap<CorpusStory, PreparedStory>();

function prepareStory(story: CorpusStory): PreparedStory {
  let prepared = preparedStories.get(story);
  if (!prepared) {
    // Weights from the story's own sources: terms all of them use weigh little, a page's unknown words are rare.
    const claimSets = story.sources.map((s) => s.claims);
    const references = storyReferences(claimSets, story.fingerprint.anchors, story.fingerprint.aliases);
    const aliases = storyAliases(story.sources.map((s) => s.text), story.fingerprint.acronyms);
    const weights = termWeights(claimSets, new Set(story.fingerprint.terms.map(([t]) => t)), commonWordsBut(story), references, aliases);
    prepared = { weights, sources: new Map(story.sources.map((s) => [s, prepareSource(s.claims.map((c) => prepareClaim(c, weights)))])) };
    preparedStories.set(story, prepared);
  }
  return prepared;
}

function prepareSource(claims: readonly PreparedClaim[]): PreparedSource {
  const postings = new Map<string, number[]>();
  claims.forEach((claim, i) => {
    for (const term of claim.vector.weights.keys()) {
      const list = postings.get(term);
      if (list) list.push(i);
      else postings.set(term, [i]);
    }
  });
  return { claims, postings };
}

/**
 * The source's claims that share a term with a claim, in the source's order: no other can relate to it (every
 * relation needs a shared term), and most of a source's sentences share none with a given sentence of the page.
 */
function candidatesFor(here: PreparedClaim, source: PreparedSource): PreparedClaim[] {
  const seen = new Uint8Array(source.claims.length);
  const indexes: number[] = [];
  for (const term of here.vector.weights.keys()) {
    for (const i of source.postings.get(term) ?? []) {
      if (seen[i]) continue;
      seen[i] = 1;
      indexes.push(i);
    }
  }
  return indexes.sort((a, b) => a - b).map((i) => source.claims[i]!);
}

/**
 * Cross-references an article against one story, skipping detection: for measuring matching apart from
 * recognition (the `evaluate` command).
 */
export function analyzeAgainst(corpus: Corpus, storyId: string, input: ArticleInput): AnalysisResult {
  const story = corpus.stories.find((s) => s.id === storyId);
  if (!story) throw new Error(`no story "${storyId}" in the corpus`);
  const { claims, truncated } = extractClaims(input.text);
  return storyResult(claims, story, findSelf.byUrl(corpus, input.url ?? null)?.source ?? null, 1, truncated);
}

/** The story's common-English terms, less its acronyms: "ICE" the agency is not the common word "ice". */
function commonWordsBut(story: CorpusStory): Set<string> {
  const acronyms = new Set(story.fingerprint.acronyms);
  return new Set(story.commonTerms.filter((t) => !acronyms.has(t)));
}

function crossReference(claims: readonly Claim[], story: CorpusStory, others: readonly CorpusSource[]): AnalyzedClaim[] {
  const { weights, sources } = prepareStory(story);
  const prepared = others.map((source) => ({ source, claims: sources.get(source)! }));
  return claims.map((claim) => {
    const here = prepareClaim(claim, weights);
    const matches = prepared.flatMap(({ source, claims: theirs }) => bestMatches(here, source, candidatesFor(here, theirs)));
    return {
      text: claim.text,
      start: claim.start,
      end: claim.end,
      kind: claim.kind,
      speaker: claim.speaker?.name ?? null,
      matches,
      status: statusOf(matches),
    };
  });
}

function bestMatches(here: PreparedClaim, source: CorpusSource, theirs: readonly PreparedClaim[]): ClaimMatch[] {
  const found: Array<{ there: PreparedClaim; comparison: Comparison }> = [];
  for (const there of theirs) {
    const comparison = compareClaims(here, there);
    if (comparison) found.push({ there, comparison });
  }
  // Disagreements first: they are what a reader most needs to see.
  const strength = (c: Comparison) => (STATUS_ORDER.length - STATUS_ORDER.indexOf(c.relation)) * 2 + c.score;
  found.sort((a, b) => strength(b.comparison) - strength(a.comparison));
  // The strongest relations first, then the best merely related sentences while there is room: a report often
  // relates to several sentences of one source (the same blog post quoted for different lines).
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
