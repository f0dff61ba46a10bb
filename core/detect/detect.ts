import { STOPWORDS, SYNONYM_GROUPS } from '../text/lexicon.ts';
import { contentTerms, termOf } from '../text/tokens.ts';
import { round } from '../util/round.ts';
import type { StoryFingerprint } from './fingerprint.ts';

/** The fingerprints of all bundled stories, indexed by term so one page is scored against all stories at once. */
export interface DetectionIndex {
  readonly stories: ReadonlyArray<{ readonly id: string; readonly title: string; readonly totalWeight: number; readonly anchors: number }>;
  /** term → [story index, weight, 1 when the term is one of the story's anchors]. */
  readonly postings: Readonly<Record<string, ReadonlyArray<readonly [number, number, 0 | 1]>>>;
}

/** A story's score for a page. */
export interface StoryScore {
  readonly storyId: string;
  /** How likely the page is about the story, in [0, 1]. */
  readonly score: number;
}

/**
 * Score at or above which a page is taken to be about a story. Calibrated on the bundled sources and on
 * near-miss articles in tests/fixtures (see tests/core/detect.test.ts, which fails if it stops separating them).
 */
export const STORY_THRESHOLD = 0.5;
/** Lower bar for the content script's quick look at raw page text, before extracting the article. */
export const PREFILTER_THRESHOLD = 0.3;

/** Builds the term index over story fingerprints. */
export function buildDetectionIndex(
  stories: ReadonlyArray<{ readonly id: string; readonly title: string; readonly fingerprint: StoryFingerprint }>,
): DetectionIndex {
  const postings: Record<string, Array<readonly [number, number, 0 | 1]>> = {};
  const summaries = stories.map((story, i) => {
    const anchors = new Set(story.fingerprint.anchors);
    let totalWeight = 0;
    for (const [term, weight] of story.fingerprint.terms) {
      totalWeight += weight;
      (postings[term] ??= []).push([i, weight, anchors.has(term) ? 1 : 0]);
    }
    return { id: story.id, title: story.title, totalWeight, anchors: anchors.size };
  });
  return { stories: summaries, postings };
}

/** Counts the content terms of a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of contentTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

const PREFIX = 3;
const prefixCache = new WeakMap<DetectionIndex, (word: string) => boolean>();

/**
 * A cheap test for words that may stem to one of the index's terms. Stems keep a word's first letters, so a
 * word whose first three letters start no indexed term (nor a synonym) can be skipped without stemming it.
 */
function prefixFilter(index: DetectionIndex): (word: string) => boolean {
  let filter = prefixCache.get(index);
  if (!filter) {
    const prefixes = new Set(Object.keys(index.postings).map((t) => t.slice(0, PREFIX)));
    // Synonyms fold onto another word's stem ("staff" → "employe"): their own prefixes count too.
    for (const group of SYNONYM_GROUPS) for (const word of group) prefixes.add(word.slice(0, PREFIX));
    // Terms may be shorter than the prefix ("ice" stems to "ic"): try the two-letter prefix as well.
    filter = (word) => prefixes.has(word.slice(0, PREFIX)) || prefixes.has(word.slice(0, PREFIX - 1));
    prefixCache.set(index, filter);
  }
  return filter;
}

/**
 * Scores a page's text against every story and returns the stories with a non-zero score, best first.
 * The score is the weighted share of a story's fingerprint the page uses, scaled down hard when the page
 * lacks the story's anchors: sharing vocabulary is not enough, the page must be about the same actors.
 */
export function rankStories(index: DetectionIndex, counts: ReadonlyMap<string, number>): StoryScore[] {
  const covered = new Float64Array(index.stories.length);
  const anchorsHit = new Float64Array(index.stories.length);
  for (const [term, count] of counts) {
    const posting = index.postings[term];
    if (!posting) continue;
    for (const [story, weight, anchor] of posting) {
      covered[story] = (covered[story] ?? 0) + weight;
      // One passing mention of an anchor counts half: the story's actors appear more than once in a report on it.
      if (anchor) anchorsHit[story] = (anchorsHit[story] ?? 0) + Math.min(1, count / 2);
    }
  }
  const out: StoryScore[] = [];
  for (let i = 0; i < index.stories.length; i++) {
    const story = index.stories[i]!;
    if (covered[i] === 0 || story.totalWeight === 0) continue;
    const coverage = covered[i]! / story.totalWeight;
    const anchors = story.anchors === 0 ? 1 : anchorsHit[i]! / story.anchors;
    const score = Math.min(1, Math.sqrt(coverage) * anchors * anchors * 1.25);
    if (score > 0) out.push({ storyId: story.id, score: round(score) });
  }
  return out.sort((a, b) => b.score - a.score);
}

// Latin letters and digits only: a pattern without Unicode property classes compiles at once, which matters in a
// content script that starts cold on every page.
const QUICK_WORD = /[a-z0-9\u00c0-\u024f]+(?:['.][a-z0-9\u00c0-\u024f]+)*/g;

/**
 * Counts the index's terms in a text the cheap way, for the quick look at every page: one lower-casing, a
 * simple word pattern, and the prefix test before any other work on a word.
 */
export function quickTermCounts(text: string, index: DetectionIndex): Map<string, number> {
  const keep = prefixFilter(index);
  const counts = new Map<string, number>();
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  for (const m of lower.matchAll(QUICK_WORD)) {
    // The same terms contentTerms() would give, without its Unicode word pattern (slow to compile cold).
    const word = m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0];
    if (word.length < 2 || STOPWORDS.has(word) || !keep(word)) continue;
    const term = termOf(word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** The best story for a text, if it clears `threshold`. */
export function detectStory(index: DetectionIndex, text: string, threshold = STORY_THRESHOLD): StoryScore | null {
  const best = rankStories(index, quickTermCounts(text, index))[0];
  return best && best.score >= threshold ? best : null;
}
