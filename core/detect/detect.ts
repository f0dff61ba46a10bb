import { STOPWORDS } from '../text/lexicon.ts';
import { expandWord, termOf, wordStrings } from '../text/tokens.ts';
import { round } from '../util/round.ts';
import type { Claim } from '../claims/claim.ts';
import { MAIN_ANCHORS, type StoryFingerprint } from './fingerprint.ts';
import { headWords } from './head-words.ts';
import { headlinedPersons, quotedPersons } from './partial-report.ts';

/** The fingerprints of all bundled stories, indexed by term so one page is scored against all stories at once. */
export interface DetectionIndex {
  readonly stories: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly totalWeight: number;
    readonly anchors: number;
    /** Surnames of the people the story's sources quote: a page headlining one may report that strand alone. */
    readonly persons?: readonly string[];
    /** Words and phrases several of the story's headlines share (head-words.ts): a report may be headlined by them. */
    readonly headWords?: readonly string[];
  }>;
  /**
   * term → [story index, weight, anchor]: 1 when the term is one of the story's two main key names, 2 when it is a
   * further key name (scored as one; the head gate, lib/gate-words.ts, keeps to the main ones), 0 otherwise.
   */
  readonly postings: Readonly<Record<string, ReadonlyArray<readonly [number, number, AnchorMark]>>>;
  /** Lower-case word → term, for every word the stories' sources write for an indexed term. */
  readonly forms: Readonly<Record<string, string>>;
  /** Terms that count only when the page writes them in capitals (acronyms: "ICE", not "ice"). */
  readonly acronyms: readonly string[];
  /** [story index, acronym anchor, terms of the name it stands for]. */
  readonly aliases: ReadonlyArray<readonly [number, string, readonly string[]]>;
}

/** Whether a term is one of a story's key names: 1 a main one, 2 a further one, 0 none (DetectionIndex.postings). */
export type AnchorMark = 0 | 1 | 2;

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
/**
 * How many of a story's anchors a page must name (each at least twice) for its score to count in full. A report
 * names the story's main actors, but not always all of them: "the Camp Fire" and "Butte County" without "Paradise",
 * "Brexit" and "May" without "the House". Two of three (ANCHOR_COUNT) was measured against two of two and of four
 * or five, leave one story out (docs/decisions.md).
 */
export const ANCHORS_NEEDED = 2;
/** Lower bar for the content script's quick look at raw page text, before extracting the article. */
export const PREFILTER_THRESHOLD = 0.3;

/** Builds the term index over story fingerprints. */
export function buildDetectionIndex(
  stories: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly fingerprint: StoryFingerprint;
    readonly sources?: ReadonlyArray<{ readonly claims: readonly Claim[]; readonly title?: string }>;
    readonly commonTerms?: readonly string[];
  }>,
): DetectionIndex {
  // No prototype: page words such as "constructor" must not find Object.prototype's members.
  const postings: Record<string, Array<readonly [number, number, AnchorMark]>> = Object.create(null);
  const forms: Record<string, string> = Object.create(null);
  const acronyms = new Set<string>();
  const aliases: Array<readonly [number, string, readonly string[]]> = [];
  const summaries = stories.map((story, i) => {
    const anchors = new Set(story.fingerprint.anchors);
    const main = new Set(story.fingerprint.anchors.slice(0, MAIN_ANCHORS));
    for (const [word, term] of story.fingerprint.forms) forms[word] = term;
    for (const term of story.fingerprint.acronyms) acronyms.add(term);
    for (const [anchor, terms] of story.fingerprint.aliases) aliases.push([i, anchor, terms]);
    let totalWeight = 0;
    for (const [term, weight] of story.fingerprint.terms) {
      totalWeight += weight;
      (postings[term] ??= []).push([i, weight, main.has(term) ? 1 : anchors.has(term) ? 2 : 0]);
    }
    const persons = quotedPersons(story.sources ?? []).map((p) => p.name);
    const headlines = [story.title, ...(story.sources ?? []).map((source) => source.title ?? '')];
    const heads = headWords(headlines, new Set(story.fingerprint.terms.map(([term]) => term)), new Set(story.commonTerms ?? []), STOPWORDS);
    return { id: story.id, title: story.title, totalWeight, anchors: anchors.size, ...(persons.length > 0 ? { persons } : {}), ...(heads.length > 0 ? { headWords: heads } : {}) };
  });
  return { stories: summaries, postings, forms, acronyms: [...acronyms], aliases };
}


interface Lookup {
  readonly forms: ReadonlyMap<string, string>;
  readonly acronyms: ReadonlySet<string>;
}
const lookups = new WeakMap<DetectionIndex, Lookup>();

/** The index's word table as Maps (the index may arrive as JSON), built once per index. */
function lookupOf(index: DetectionIndex): Lookup {
  let lookup = lookups.get(index);
  if (!lookup) {
    lookup = { forms: new Map(Object.entries(index.forms)), acronyms: new Set(index.acronyms) };
    lookups.set(index, lookup);
  }
  return lookup;
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
    // The index may come from JSON (a plain object again): own keys only.
    if (!Object.hasOwn(index.postings, term)) continue;
    const posting = index.postings[term]!;
    for (const [story, weight, anchor] of posting) {
      covered[story] = (covered[story] ?? 0) + weight;
      // One passing mention of an anchor counts half: the story's actors appear more than once in a report on it.
      if (anchor) anchorsHit[story] = (anchorsHit[story] ?? 0) + Math.min(1, count / 2);
    }
  }
  // A page that writes out the name an acronym anchor stands for has that anchor ("Customs and Border Protection").
  for (const [story, anchor, terms] of index.aliases) {
    if (counts.has(anchor) || terms.length === 0) continue;
    const count = Math.min(...terms.map((t) => counts.get(t) ?? 0));
    if (count === 0) continue;
    anchorsHit[story] = (anchorsHit[story] ?? 0) + Math.min(1, count / 2);
    for (const [s, weight] of Object.hasOwn(index.postings, anchor) ? index.postings[anchor]! : []) if (s === story) covered[story] = (covered[story] ?? 0) + weight;
  }
  const out: StoryScore[] = [];
  for (let i = 0; i < index.stories.length; i++) {
    const story = index.stories[i]!;
    if (covered[i] === 0 || story.totalWeight === 0) continue;
    const coverage = covered[i]! / story.totalWeight;
    const anchors = story.anchors === 0 ? 1 : Math.min(1, anchorsHit[i]! / Math.min(story.anchors, ANCHORS_NEEDED));
    const score = Math.min(1, Math.sqrt(coverage) * anchors * anchors * 1.25);
    if (score > 0) out.push({ storyId: story.id, score: round(score) });
  }
  return out.sort((a, b) => b.score - a.score);
}

// Latin letters and digits only: a pattern without Unicode property classes compiles at once, which matters in a
// content script that starts cold on every page.
const QUICK_WORD = /[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019.][A-Za-z0-9\u00c0-\u024f]+)*/g;

/**
 * Counts the index's terms in a text the cheap way, for the quick look at every page: a simple word pattern and
 * one table look-up per word, no stemming. Acronyms count only in capitals.
 */
export function quickTermCounts(text: string, index: DetectionIndex): Map<string, number> {
  const { forms, acronyms } = lookupOf(index);
  const counts = new Map<string, number>();
  for (const written of text.match(QUICK_WORD) ?? []) {
    let word = written.toLowerCase();
    if (word.endsWith("'s") || word.endsWith("\u2019s")) word = word.slice(0, -2);
    const term = forms.get(word);
    if (term === undefined) continue;
    if (acronyms.has(term) && written !== written.toUpperCase()) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Counts the content terms of a text with full stemming, acronyms only in capitals: for recognizing an article. */
export function termCounts(text: string, index?: DetectionIndex): Map<string, number> {
  const acronyms = index ? lookupOf(index).acronyms : null;
  const counts = new Map<string, number>();
  for (const word of wordStrings(text)) {
    for (const w of expandWord(word)) {
      if (w.length < 2 || STOPWORDS.has(w)) continue;
      const term = termOf(w);
      if (acronyms?.has(term) && word !== word.toUpperCase()) continue;
      counts.set(term, (counts.get(term) ?? 0) + 1);
    }
  }
  return counts;
}

/** Below this score a page does not even mention a story: its words are shared by chance. */
export const MENTION_THRESHOLD = 0.15;

/**
 * Whether the quick look should pass a page on to the full analysis: its text scores `threshold` for a story, or
 * it mentions a story and its head names a person the story's sources quote (a report of that person's words
 * alone shares less of the story's vocabulary; the analysis decides from its date and quotations).
 */
export function mayReportStory(index: DetectionIndex, text: string, head: string, threshold = PREFILTER_THRESHOLD): boolean {
  for (const candidate of rankStories(index, quickTermCounts(text, index))) {
    if (candidate.score >= threshold) return true;
    if (candidate.score < MENTION_THRESHOLD) return false;
    const persons = index.stories.find((s) => s.id === candidate.storyId)?.persons ?? [];
    if (persons.length > 0 && headlinedPersons(head, persons).length > 0) return true;
  }
  return false;
}

/** The best story for a text, if it clears `threshold`. */
export function detectStory(index: DetectionIndex, text: string, threshold = STORY_THRESHOLD): StoryScore | null {
  const best = rankStories(index, quickTermCounts(text, index))[0];
  return best && best.score >= threshold ? best : null;
}
