// Training rows for the match model (core/match/decide.ts) from labelled pairs: each labelled pair's signals with
// the relations a careful reader accepts; must-not-match pairs (accepted: related or none); the other candidate
// sentences of a source that a labelled sentence was paired in (most say something else: related or none, weighed
// less, as nobody checked them one by one; one that repeats the labelled source sentence, in its words or its figure,
// relates as it does); and candidates between a story's reports and another story's sources
// (none: a different event).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../../core/claims/extract.ts';
import type { Corpus, CorpusSource, CorpusStory } from '../../core/corpus/types.ts';
import { allowedDecisions, DECISIONS, FEATURE_NAMES, featuresOf, type Decision } from '../../core/match/decide.ts';
import { prepareClaim, type PreparedClaim } from '../../core/match/prepared-claim.ts';
import { prepareStory } from '../../core/match/prepared-story.ts';
import { sourcePairs, type SourcePair } from '../../core/match/source-pairs.ts';
import { sentenceSimilarity } from '../../core/match/similarity.ts';
import { quantitiesAgree } from '../../core/match/figure-match.ts';
import type { Row } from './logistic.ts';
import { parseLabeled, type LabeledArticle } from '../evaluation/labeled.ts';
import { locate, type LabeledPair, type PairsFile } from '../evaluation/pairs.ts';

/** A training row, with the stories it comes from (left out together when a story is held out). */
export interface PairRow extends Row {
  /** The story whose sources the pair's second sentence is from. */
  readonly story: string;
  /** The story the first sentence's article reports. */
  readonly pageStory: string;
  readonly kind: 'labelled' | 'negative' | 'sibling' | 'cross' | 'real';
}

/** Weight of a must-not-match pair: a false match misleads a reader more than a missed one leaves them uninformed. */
export const NEGATIVE_WEIGHT = 4;
/** Weight of a sibling candidate (unchecked: most, not all, say something else). */
export const SIBLING_WEIGHT = 0.3;
/** Weight of a candidate between one story's report and another story's source. */
export const CROSS_WEIGHT = 0.3;

const classIndex = (d: Decision) => DECISIONS.indexOf(d);
const mask = (decisions: readonly Decision[]) => DECISIONS.map((d) => decisions.includes(d));

/** Reads the article (or story source) a pair names: its text after any header. */
function bodyOf(dir: string, file: string): string {
  const content = readFileSync(join(dir, file), 'utf8');
  return parseLabeled(file, content, null)?.body ?? content;
}

function rowOf(pair: SourcePair, accepted: readonly Decision[], weight: number, story: string, pageStory: string, kind: PairRow['kind']): PairRow {
  const features = featuresOf(pair.signals, pair.context);
  return { x: FEATURE_NAMES.map((n) => features[n]!), allowed: mask(allowedDecisions(pair.signals)), accepted: mask(accepted), weight, story, pageStory, kind };
}

/** One labelled pair resolved to the sentences it names. */
export interface Resolved {
  readonly here: number[];
  readonly there: PreparedClaim[];
  readonly accepted: readonly Decision[];
  readonly negative: boolean;
}

/**
 * How alike (weighted term similarity) a source's sentence must be to a labelled one for it to repeat the same fact:
 * sources tell a fact twice (in the lead and again lower down, in nearly the same words). Measured leave one story
 * out at 0.5 and 0.6 (docs/decisions.md).
 */
export const REPEAT_SIMILARITY = 0.6;

/**
 * What a careful reader would accept for an unchecked sibling candidate: no match or related, as for most of them;
 * but a sibling that repeats a source sentence the page's sentence was labelled with relates the same way: in
 * nearly its words, or by the same figure, which the page's sentence gives consistently too ("the death toll stood
 * at 85" / "killed at least 85", told twice by the source). Left at no match or related, it would teach that a
 * fact told twice matches once.
 */
export function siblingAccepted(pair: Pick<SourcePair, 'here' | 'there' | 'signals'>, resolved: readonly Resolved[]): Decision[] {
  const accepted = new Set<Decision>(['none', 'related']);
  for (const r of resolved) {
    if (r.negative || !r.here.includes(pair.here)) continue;
    // The figure told again: the page's sentence gives it consistently with this sentence too (not a conflict pair).
    const sameFigure = (t: PreparedClaim) => pair.signals.quantitiesAgree && !r.accepted.includes('conflict') && quantitiesAgree(t, pair.there);
    if (r.there.some((t) => t !== pair.there && (sentenceSimilarity(t.vector, pair.there.vector) >= REPEAT_SIMILARITY || sameFigure(t)))) for (const d of r.accepted) accepted.add(d);
  }
  return [...accepted];
}

/** Rows from a folder's pairs.json: labelled pairs, negatives and their sibling candidates. */
export function labelledRows(dir: string, file: PairsFile, corpus: Corpus): PairRow[] {
  const rows: PairRow[] = [];
  // Pairs grouped by article, story and source: one reading of the article against each source.
  const groups = new Map<string, { path: string; story: CorpusStory; source: CorpusSource; pairs: LabeledPair[]; negative: boolean[] }>();
  const entries = [...file.pairs.map((p) => [p, false] as const), ...(file.negatives ?? []).map((p) => [p, true] as const)];
  for (const [pair, negative] of entries) {
    const story = corpus.stories.find((s) => s.id === pair.story);
    const source = story?.sources.find((s) => s.id === pair.b[0].replace(/\.txt$/, ''));
    if (!story || !source) continue;
    const key = `${pair.file}\u0000${story.id}\u0000${source.id}`;
    const group = groups.get(key) ?? groups.set(key, { path: pair.file, story, source, pairs: [], negative: [] }).get(key)!;
    group.pairs.push(pair);
    group.negative.push(negative);
  }
  for (const { path, story, source, pairs, negative } of groups.values()) {
    const prepared = prepareStory(story);
    const body = bodyOf(dir, path);
    const page = extractClaims(body).claims.map((c) => prepareClaim(c, prepared.weights));
    const theirs = prepared.sources.get(source)!;
    const resolved: Resolved[] = [];
    pairs.forEach((pair, n) => {
      const a = locate(body, pair.a);
      const b = locate(source.text, pair.b[1]);
      if (!a || !b) return;
      const here = page.flatMap((c, i) => (c.claim.start < a.end && c.claim.end > a.start ? [i] : []));
      const there = theirs.claims.filter((c) => c.claim.start < b.end && c.claim.end > b.start);
      resolved.push({ here, there, accepted: negative[n] ? ['none', 'related'] : pair.rel!, negative: negative[n]! });
    });
    const extra = resolved.flatMap((r) => r.here.flatMap((i) => r.there.map((t) => [i, t] as const)));
    const scored = sourcePairs(page, theirs, extra);
    const find = (i: number, t: PreparedClaim) => scored.find((p) => p.here === i && p.there === t)!;
    const pageStory = storyOfFile(path, story.id, corpus);
    const labelled = new Set<SourcePair>();
    for (const r of resolved) {
      for (const i of r.here) {
        for (const t of r.there) {
          const pair = find(i, t);
          labelled.add(pair);
          rows.push(rowOf(pair, r.accepted, r.negative ? NEGATIVE_WEIGHT : 1, story.id, pageStory, r.negative ? 'negative' : 'labelled'));
        }
      }
    }
    // The other candidates of this source for a sentence that was paired in it.
    const pairedHere = new Set(resolved.filter((r) => !r.negative).flatMap((r) => r.here));
    for (const pair of scored) {
      if (!pairedHere.has(pair.here) || labelled.has(pair)) continue;
      rows.push(rowOf(pair, siblingAccepted(pair, resolved), SIBLING_WEIGHT, story.id, pageStory, 'sibling'));
    }
  }
  return rows;
}

/** Rows between each story's reports and the sources of every other story: candidates that are another event. */
export function crossStoryRows(articles: readonly LabeledArticle[], corpus: Corpus): PairRow[] {
  const rows: PairRow[] = [];
  const bundled = corpus.stories[0]?.id ?? null;
  for (const unread of articles) {
    const article = { ...unread, story: unread.story ?? bundled };
    if (article.label !== 'same-story' || !article.story) continue;
    const claims = extractClaims(article.body).claims;
    for (const story of corpus.stories) {
      if (story.id === article.story) continue;
      const prepared = prepareStory(story);
      const page = claims.map((c) => prepareClaim(c, prepared.weights));
      for (const source of prepared.sources.values()) {
        for (const pair of sourcePairs(page, source)) rows.push(rowOf(pair, ['none'], CROSS_WEIGHT, story.id, article.story, 'cross'));
      }
    }
  }
  return rows;
}

/**
 * Rows between real pages about other things (blogs, fiction, news of other events) and every story's sources:
 * candidates that are no match. Only the pages `use` accepts (half of them: the other half measures).
 */
export function realPageRows(pages: ReadonlyArray<{ readonly name: string; readonly text: string }>, corpus: Corpus): PairRow[] {
  const rows: PairRow[] = [];
  for (const page of pages) {
    const claims = extractClaims(page.text).claims;
    for (const story of corpus.stories) {
      const prepared = prepareStory(story);
      const here = claims.map((c) => prepareClaim(c, prepared.weights));
      for (const source of prepared.sources.values()) {
        for (const pair of sourcePairs(here, source)) rows.push(rowOf(pair, ['none'], 1, story.id, `real:${page.name}`, 'real'));
      }
    }
  }
  return rows;
}

/** The story an evaluation file reports: a story pack's own source, or a report's folder. */
function storyOfFile(file: string, fallback: string, corpus: Corpus): string {
  return corpus.stories.find((s) => file.includes(`${s.id}/`) || file.includes(`${s.id}-reports/`))?.id ?? fallback;
}

export { classIndex };
