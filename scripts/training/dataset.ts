// The labelled data the match model learns from, and a model trained on all of it or on all but one story (the
// leave-one-story-out figure of `evaluate --by-story`).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { articleFromHtml } from '../html-document.ts';
import { join } from 'node:path';
import { compileCorpus } from '../../core/corpus/compile.ts';
import type { Corpus } from '../../core/corpus/types.ts';
import { DECISIONS, FEATURE_NAMES, type MatchModel } from '../../core/match/decide.ts';
import { storyFoldersWith } from '../corpus-files.ts';
import { readLabeledFolder } from '../evaluation/labeled.ts';
import type { LabeledPair, PairsFile } from '../evaluation/pairs.ts';
import type { Relation } from '../../core/result.ts';
import { CORPUS_DIR } from '../corpus-files.ts';
import { trainLogistic, TRAIN_DEFAULTS, type TrainOptions } from './logistic.ts';
import { crossStoryRows, labelledRows, realPageRows, type PairRow } from './pair-rows.ts';

/** The project's own labelled reports (tests/fixtures/reports): always part of the training data. */
export const OWN_PAIRS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'reports');

/** The project's expectations between a bundled story's own sources (tests/fixtures/expectations/<story>.json). */
export const EXPECTATIONS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'expectations');

interface Expectations {
  readonly story: string;
  readonly pairs: ReadonlyArray<{ readonly a: readonly [string, string]; readonly b: readonly [string, string]; readonly relations: readonly Relation[] }>;
  readonly distinct?: ReadonlyArray<{ readonly a: readonly [string, string]; readonly b: readonly [string, string] }>;
}

/** The expectations between the bundled sources as labelled pairs, both ways (`distinct` ones as negatives). */
function expectationPairs(corpus: Corpus): PairsFile {
  const pairs: LabeledPair[] = [];
  const negatives: LabeledPair[] = [];
  for (const story of corpus.stories) {
    const path = join(EXPECTATIONS_DIR, `${story.id}.json`);
    if (!existsSync(path)) continue;
    const expected = JSON.parse(readFileSync(path, 'utf8')) as Expectations;
    const pair = (from: readonly [string, string], to: readonly [string, string]) => ({ file: `${story.id}/${from[0]}.txt`, a: from[1], story: story.id, b: [`${to[0]}.txt`, to[1]] as const });
    for (const p of expected.pairs) for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) pairs.push({ ...pair(x, y), rel: p.relations });
    for (const p of expected.distinct ?? []) for (const [x, y] of [[p.a, p.b], [p.b, p.a]] as const) negatives.push(pair(x, y));
  }
  return { pairs, negatives };
}

/** Every training row of the folders given (each a folder of labelled articles with a pairs.json), and of the
 *  expectations between the bundled stories' sources. */
export function rowsOf(dirs: readonly string[], corpus: Corpus, pages: readonly RealPage[] = []): PairRow[] {
  const ids = corpus.stories.map((s) => s.id);
  const rows: PairRow[] = labelledRows(CORPUS_DIR, expectationPairs(corpus), corpus);
  rows.push(...realPageRows(pages.filter((_, i) => isTrainingPage(i)), corpus));
  for (const dir of dirs) {
    const path = join(dir, 'pairs.json');
    if (existsSync(path)) rows.push(...labelledRows(dir, JSON.parse(readFileSync(path, 'utf8')) as PairsFile, corpus));
    rows.push(...crossStoryRows(readLabeledFolder(dir, ids), corpus));
  }
  return rows;
}

/** Compiles the bundled stories and those of the `--corpus` folders. */
export function corpusWith(corpora: readonly string[]): Corpus {
  return compileCorpus(storyFoldersWith(corpora).folders);
}

/** A model trained on the rows, leaving out those of one story (its pairs, its reports and its sources). */
export function trainModel(rows: readonly PairRow[], without: string | null = null, options: TrainOptions = TRAIN_DEFAULTS): MatchModel {
  const kept = balanced(without === null ? rows : rows.filter((r) => r.story !== without && r.pageStory !== without));
  const weights = trainLogistic(kept, DECISIONS.length, FEATURE_NAMES.length, options);
  return { features: FEATURE_NAMES, classes: DECISIONS, weights };
}

/**
 * Share of the labelled pairs' weight given to the unlabelled candidates of each kind. Candidates far outnumber
 * labelled pairs (about 25 to 1): unweighted, they would teach the model that nearly nothing matches.
 */
export const CANDIDATE_SHARE: Readonly<Record<'sibling' | 'cross' | 'real', number>> = { sibling: 0.25, cross: 0.25, real: 0.5 };

function balanced(rows: readonly PairRow[]): PairRow[] {
  const total = (kind: PairRow['kind']) => rows.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.weight, 0);
  const labelled = total('labelled');
  const scale = (kind: keyof typeof CANDIDATE_SHARE) => (CANDIDATE_SHARE[kind] * labelled) / (total(kind) || 1);
  const scales = { sibling: scale('sibling'), cross: scale('cross'), real: scale('real') };
  return rows.map((r) => (r.kind === 'sibling' || r.kind === 'cross' || r.kind === 'real' ? { ...r, weight: r.weight * scales[r.kind] } : r));
}

/** Whether a real page (by its place in the sorted folder) is one the model learns from: every other one, so that
 *  the rest measure it (`evaluate --real-pages`). */
export const isTrainingPage = (index: number): boolean => index % 2 === 0;

/** A real page's article, as the extension extracts it. */
export interface RealPage {
  readonly name: string;
  readonly text: string;
  readonly title: string;
}

/** The real pages' articles (DIR/<name>/source.html), in name order; pages without an article are left out. */
export async function readRealPages(dir: string): Promise<RealPage[]> {
  if (!existsSync(dir)) return [];
  const out: RealPage[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!existsSync(join(dir, name, 'source.html'))) continue;
    const { article, title, closed } = articleFromHtml(readFileSync(join(dir, name, 'source.html'), 'utf8'));
    await closed;
    if (article) out.push({ name, text: article.text, title: article.title || title });
  }
  return out;
}
