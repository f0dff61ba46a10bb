import type { Claim } from './claims/claim.ts';
import { EXTRACTION_LIMITS, extractClaims } from './claims/extract.ts';
import { summarize } from './corpus/summary.ts';
import type { Corpus, CorpusSource, CorpusStory } from './corpus/types.ts';
import { quickTermCounts, rankStories, type DetectionIndex } from './detect/detect.ts';
import { MENTION_THRESHOLD, recognizeStory, type NotTheEvent } from './detect/recognize.ts';
import type { DetectModel } from './detect/detect-decision.ts';
import { findSelf } from './detect/self.ts';
import { isEnglish } from './text/language.ts';
import { MATCH_MODEL } from './match/compare.ts';
import type { MatchModel } from './match/decide.ts';
import { crossReference } from './match/cross-reference.ts';

export { MATCHES_PER_SOURCE } from './match/cross-reference.ts';
import {
  type AnalysisResult,
  type AnalyzedClaim,
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

/** How the analysis decides (for measuring a model trained without a story: `evaluate --by-story`). */
export interface AnalysisOptions {
  readonly model?: MatchModel;
  /** The detection model for a candidate story (the committed one by default). */
  readonly detectModel?: (storyId: string) => DetectModel;
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
  const recognized = byUrl ? ({ kind: 'story', story: byUrl.story, score: 1 } as const) : recognizeStory(corpus, index, input, claims, { match: options.model ?? MATCH_MODEL, ...(options.detectModel ? { detect: options.detectModel } : {}) });
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

function countStatuses(claims: readonly AnalyzedClaim[]): StatusCounts {
  const counts: Record<ClaimStatus, number> = { agree: 0, conflict: 0, 'quote-variant': 0, related: 0, unique: 0 };
  for (const claim of claims) counts[claim.status]++;
  return counts;
}
