// Invented stories the match model never learns from (tests/fixtures/held-out-stories/): a flood, a transit strike,
// a drug recall, each with three sources, five other outlets' reports, a near miss and labelled pairs. They are
// measured as a reader's own story would be: are the reports recognized, the near miss left alone, and the pairs a
// careful reader makes found in an accepted relation? `npm run --silent evaluate -- tests/fixtures/held-out-stories
// --corpus tests/fixtures/held-out-stories/story-pack` lists every miss.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAgainst, analyzeArticle } from '../../core/analyze.ts';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import type { AnalysisResult } from '../../core/result.ts';
import { storyFoldersWith } from '../../scripts/corpus-files.ts';
import { readLabeledFolder, type LabeledArticle } from '../../scripts/evaluation/labeled.ts';
import { locate, relationFound, type LabeledPair, type PairsFile } from '../../scripts/evaluation/pairs.ts';
import { pairsRight } from '../labelled-pairs.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'held-out-stories');
const STORIES = ['ridgeway-river-flood-2025', 'harlow-transit-strike-2025', 'calder-pharma-recall-2025'];

/**
 * Share of the pairs found in a relation they accept, on stories the model never saw. The floor sits a little below
 * today's share (68 of 107, 2026-12-07), so losing a few pairs fails the test; raise it when matching improves.
 */
const MIN_RIGHT_SHARE = 0.6;

const corpus = compileCorpus(storyFoldersWith([join(DIR, 'story-pack')]).folders);
const index = detectionIndexOf(corpus);
const articles = readLabeledFolder(DIR, corpus.stories.map((s) => s.id));
const expected = JSON.parse(readFileSync(join(DIR, 'pairs.json'), 'utf8')) as PairsFile;

const input = (a: LabeledArticle) => ({ text: a.body, title: a.title ?? undefined, url: a.url, date: a.date });
const bodyOf = (file: string) => articles.find((a) => a.file === file)?.body ?? readFileSync(join(DIR, file), 'utf8');
const results = new Map<string, AnalysisResult>();
const check = (pair: LabeledPair) => {
  const key = `${pair.file}\u0000${pair.story}`;
  const article = articles.find((a) => a.file === pair.file);
  let result = results.get(key);
  if (!result) results.set(key, (result = analyzeAgainst(corpus, pair.story, article ? input(article) : { text: bodyOf(pair.file) })));
  const source = corpus.stories.find((s) => s.id === pair.story)!.sources.find((s) => s.id === pair.b[0].replace(/\.txt$/, ''))!;
  return relationFound(result, bodyOf(pair.file), pair, source.claims, source.text);
};

describe('the held-out stories', () => {
  it('compile as three stories, each with five reports and one near miss', () => {
    for (const id of STORIES) {
      expect(corpus.stories.find((s) => s.id === id)?.sources, id).toHaveLength(3);
      expect(articles.filter((a) => a.story === id && a.label === 'same-story'), id).toHaveLength(5);
    }
    expect(articles.filter((a) => a.label === 'other-story')).toHaveLength(3);
  });

  it('name each sentence of a pair by a phrase found exactly once on each side', () => {
    const once = (text: string, phrase: string) => {
      const first = locate(text, phrase);
      return first !== null && locate(text.slice(first.end), phrase) === null;
    };
    for (const pair of [...expected.pairs, ...(expected.negatives ?? [])]) {
      expect(STORIES).toContain(pair.story);
      expect(once(bodyOf(pair.file), pair.a), `${pair.file}: "${pair.a}"`).toBe(true);
      const source = corpus.stories.find((s) => s.id === pair.story)!.sources.find((s) => s.id === pair.b[0].replace(/\.txt$/, ''));
      expect(source, pair.b[0]).toBeDefined();
      expect(once(source!.text, pair.b[1]), `${pair.b[0]}: "${pair.b[1]}"`).toBe(true);
    }
  });
});

describe('on stories the model never learned from', () => {
  for (const article of articles) {
    const want = article.label === 'same-story' ? article.story : null;
    it(`${article.file} is ${want ? 'recognized as its story' : 'taken for no story'}`, () => {
      expect(analyzeArticle(corpus, index, input(article)).story?.id ?? null).toBe(want);
    });
  }

  it(`finds at least ${Math.round(MIN_RIGHT_SHARE * 100)} % of the labelled pairs in an accepted relation`, () => {
    const { share, message } = pairsRight(expected.pairs, (pair) => check(pair).relation);
    expect(share, message).toBeGreaterThanOrEqual(MIN_RIGHT_SHARE);
  });
});
