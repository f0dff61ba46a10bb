// The figures of `npm run evaluate`: story detection, matching on labelled pairs and between a story's own sources,
// measured with given models (the committed ones, or for each story ones trained without it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAgainst, analyzeArticle, type AnalysisOptions } from '../../core/analyze.ts';
import type { Corpus } from '../../core/corpus/types.ts';
import type { DetectionIndex } from '../../core/detect/detect.ts';
import type { DetectModel } from '../../core/detect/detect-decision.ts';
import type { MatchModel } from '../../core/match/decide.ts';
import type { AnalysisResult } from '../../core/result.ts';
import { parseLabeled, type LabeledArticle } from './labeled.ts';
import { relationFound, type LabeledPair, type PairsFile } from './pairs.ts';

/** The models a measurement decides with, per story (undefined: the committed ones). */
export interface ModelsFor {
  readonly match: (story: string) => MatchModel | undefined;
  readonly detect: ((story: string) => DetectModel) | undefined;
}

/** A count with the cases that went wrong, for the report to list. */
export interface Tally {
  readonly total: number;
  readonly right: number;
  readonly misses: readonly string[];
}

/** Detection figures: per story, reports recognized; over all, other events taken for a story. */
export interface DetectionFigures {
  readonly reports: ReadonlyMap<string, Tally>;
  readonly otherEvents: Tally;
}

/** Matching figures of one story. */
export interface StoryMatching {
  readonly between?: Tally & { readonly found: number };
  readonly reports?: Tally & { readonly found: number };
  /** Must-not-match pairs: `right` counts those not matched. */
  readonly negatives?: Tally;
  /** For each labelled pair found: the score the analysis gave its relation, and whether the relation is right. */
  readonly scored: ReadonlyArray<readonly [score: number, right: boolean]>;
}

const STRONG = new Set(['agree', 'conflict', 'quote-variant']);

/**
 * Recognizes every labelled article and counts, per story, the reports recognized and the other events taken.
 * Articles are given as a browser gives them (address, headline, date when known), or `bare`: their text alone.
 */
export function measureDetection(articles: readonly LabeledArticle[], corpus: Corpus, index: DetectionIndex, storyOf: (a: LabeledArticle) => string | null, models: ModelsFor, bare = false): DetectionFigures {
  const input = (a: LabeledArticle) => (bare ? { text: a.body } : { text: a.body, title: a.title ?? undefined, url: a.url, date: a.date });
  const options: AnalysisOptions = models.detect ? { detectModel: models.detect } : {};
  const detected = new Map(articles.map((a) => [a, analyzeArticle(corpus, index, input(a), options)]));
  const reports = new Map<string, Tally>();
  for (const { id } of corpus.stories) {
    const mine = articles.filter((a) => a.label === 'same-story' && storyOf(a) === id);
    if (mine.length === 0) continue;
    const missed = mine.filter((a) => detected.get(a)!.story?.id !== id);
    reports.set(id, { total: mine.length, right: mine.length - missed.length, misses: missed.map((a) => `missed ${a.file} → ${detected.get(a)!.story?.id ?? 'no story'}${scoreOf(detected.get(a)!)}`) });
  }
  const others = articles.filter((a) => a.label === 'other-story');
  const taken = others.filter((a) => detected.get(a)!.story);
  return { reports, otherEvents: { total: others.length, right: others.length - taken.length, misses: taken.map((a) => `taken ${a.file} → ${detected.get(a)!.story!.id}${scoreOf(detected.get(a)!)}`) } };
}

/** Checks every labelled pair of a pairs.json: is the pair found, in a relation a careful reader accepts? */
export function measureMatching(file: PairsFile, dir: string, corpus: Corpus, models: ModelsFor): Map<string, StoryMatching> {
  const cache = new Map<string, AnalysisResult>();
  const check = (pair: LabeledPair) => {
    const story = corpus.stories.find((s) => s.id === pair.story);
    const source = story?.sources.find((s) => s.id === pair.b[0].replace(/\.txt$/, ''));
    if (!story || !source) return null;
    const content = readFileSync(join(dir, pair.file), 'utf8');
    // Story sources have no header: their whole text is the body.
    const article = parseLabeled(pair.file, content, null);
    const body = article?.body ?? content;
    const key = `${pair.file}\u0000${pair.story}`;
    let result = cache.get(key);
    if (!result) {
      const model = models.match(pair.story);
      result = analyzeAgainst(corpus, pair.story, { text: body, title: article?.title ?? undefined, url: article?.url ?? null, date: article?.date ?? null }, model ? { model } : {});
      cache.set(key, result);
    }
    return relationFound(result, body, pair, source.claims, source.text);
  };
  const out = new Map<string, StoryMatching>();
  for (const story of corpus.stories) {
    const pairs = file.pairs.filter((p) => p.story === story.id);
    const negatives = (file.negatives ?? []).filter((p) => p.story === story.id);
    if (pairs.length + negatives.length === 0) continue;
    const scored: Array<readonly [number, boolean]> = [];
    const tally = (group: readonly LabeledPair[]) => {
      let found = 0;
      let right = 0;
      const misses: string[] = [];
      for (const pair of group) {
        const r = check(pair);
        if (!r) {
          misses.push(`not in the corpus: ${pair.file} / ${pair.b[0]}`);
          continue;
        }
        if (r.relation) found++;
        if (r.match) scored.push([r.match.score, pair.rel!.includes(r.match.relation)]);
        if (r.relation && pair.rel!.includes(r.relation)) right++;
        else misses.push(`${r.relation ?? (r.located ? 'no match' : 'not located')} (want ${pair.rel!.join('/')}) ${pair.file}: "${pair.a}" ~ ${pair.b[0]}: "${pair.b[1]}"`);
      }
      return group.length === 0 ? undefined : { total: group.length, right, found, misses };
    };
    const matched = negatives.flatMap((p) => {
      const relation = check(p)?.relation;
      return relation && STRONG.has(relation) ? [`matched ${relation}: ${p.file}: "${p.a}" ~ ${p.b[0]}: "${p.b[1]}"`] : [];
    });
    const between = tally(pairs.filter((p) => p.file.includes(`${story.id}/`)));
    const reports = tally(pairs.filter((p) => !p.file.includes(`${story.id}/`)));
    out.set(story.id, {
      scored,
      ...(between ? { between } : {}),
      ...(reports ? { reports } : {}),
      ...(negatives.length > 0 ? { negatives: { total: negatives.length, right: negatives.length - matched.length, misses: matched } } : {}),
    });
  }
  return out;
}

/** The project's expectations between a story's own sources (tests/fixtures/expectations/<story>.json), both ways. */
export function measureBetweenSources(corpus: Corpus): Map<string, Tally> {
  const dir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'expectations');
  const straight = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  const out = new Map<string, Tally>();
  for (const story of corpus.stories) {
    const path = join(dir, `${story.id}.json`);
    if (!existsSync(path)) continue;
    const expected = JSON.parse(readFileSync(path, 'utf8')) as { pairs: Array<{ what: string; a: [string, string]; b: [string, string]; relations: string[] }> };
    const results = new Map(story.sources.map((s) => [s.id, analyzeAgainst(corpus, story.id, { text: s.text })]));
    let right = 0;
    const misses: string[] = [];
    for (const pair of expected.pairs) {
      for (const [[from, phrase], [to, other]] of [[pair.a, pair.b], [pair.b, pair.a]] as const) {
        const claim = results.get(from)?.claims.find((c) => straight(c.text).includes(phrase));
        const found = claim?.matches.find((m) => m.source === to && straight(m.text).includes(other));
        if (found && pair.relations.includes(found.relation)) right++;
        else misses.push(`${found?.relation ?? 'no match'} (want ${pair.relations.join('/')}) ${from} → ${to}: ${pair.what}`);
      }
    }
    out.set(story.id, { total: expected.pairs.length * 2, right, misses });
  }
  return out;
}

function scoreOf(result: { story: { score: number } | null }): string {
  return result.story ? ` (score ${result.story.score})` : '';
}
