// Other outlets' reports of the bundled story (tests/fixtures/reports/, written for these tests) run through the
// same logic as `npm run evaluate`: is each report recognized, is the other event left alone, and are the claims a
// careful reader pairs (pairs.json) found in an accepted relation. To add a report: write it with the header lines
// of ../shared/devset (URL, TITLE, DATE, OUTLET, LABEL, NOTE), add its pairs and negatives, and run
// `npm run --silent evaluate -- tests/fixtures/reports` to see what changed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAgainst, analyzeArticle } from '../../core/analyze.ts';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import type { AnalysisResult } from '../../core/result.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';
import { readLabeledFolder, type LabeledArticle } from '../../scripts/evaluation/labeled.ts';
import { locate, relationFound, type LabeledPair, type PairsFile } from '../../scripts/evaluation/pairs.ts';
import { pairsRight } from '../labelled-pairs.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports');
const STORY = 'microsoft-ice-contract-2018';

/**
 * Share of pairs found in a relation the pair accepts (in-sample: these pairs are among the training data). The
 * floor sits a little below today's share, so losing a few pairs fails the test; raise it when matching improves.
 */
const MIN_RIGHT_SHARE = 0.84;

/**
 * What the code gets wrong today although a careful reader would not, with why (known-misses.json): reports of other
 * events taken for the story, and negative pairs matched. Each is asserted still wrong, so that a fix fails its test
 * and the entry is removed; `npm run --silent evaluate -- tests/fixtures/reports` lists them all.
 */
const KNOWN = JSON.parse(readFileSync(join(DIR, 'known-misses.json'), 'utf8')) as {
  readonly detection: Readonly<Record<string, string>>;
  readonly negatives: Readonly<Record<string, string>>;
};

const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
const story = corpus.stories.find((s) => s.id === STORY)!;
const articles = readLabeledFolder(DIR, corpus.stories.map((s) => s.id));
const expected = JSON.parse(readFileSync(join(DIR, 'pairs.json'), 'utf8')) as PairsFile;

const input = (a: LabeledArticle) => ({ text: a.body, title: a.title ?? undefined, url: a.url, date: a.date });
const articleOf = (file: string) => articles.find((a) => a.file === file)!;
const results = new Map<string, AnalysisResult>();
/** The analysis of a report against the story, as `evaluate` runs it (detection skipped). */
const against = (file: string) => {
  let result = results.get(file);
  if (!result) {
    result = analyzeAgainst(corpus, STORY, input(articleOf(file)));
    results.set(file, result);
  }
  return result;
};
const check = (pair: LabeledPair) => {
  const source = story.sources.find((s) => s.id === pair.b[0].replace(/\.txt$/, ''))!;
  return relationFound(against(pair.file), articleOf(pair.file).body, pair, source.claims, source.text);
};
const STRONG = ['agree', 'conflict', 'quote-variant'];
const keyOf = (pair: LabeledPair) => `${pair.a} ~ ${pair.b[0]}`;

describe('the report fixtures', () => {
  it('are six reports of the story and three other events', () => {
    expect(articles.filter((a) => a.label === 'same-story')).toHaveLength(6);
    expect(articles.filter((a) => a.label === 'other-story')).toHaveLength(3);
  });

  it('name each sentence of a pair by a phrase found exactly once on each side', () => {
    const once = (text: string, phrase: string) => {
      const first = locate(text, phrase);
      return first !== null && locate(text.slice(first.end), phrase) === null;
    };
    for (const pair of [...expected.pairs, ...expected.negatives]) {
      const article = articleOf(pair.file);
      expect(article, pair.file).toBeDefined();
      expect(pair.story).toBe(STORY);
      expect(once(article.body, pair.a), `${pair.file}: "${pair.a}"`).toBe(true);
      const source = story.sources.find((s) => s.id === pair.b[0].replace(/\.txt$/, ''));
      expect(source, pair.b[0]).toBeDefined();
      expect(once(source!.text, pair.b[1]), `${pair.b[0]}: "${pair.b[1]}"`).toBe(true);
    }
    expect(expected.pairs.length).toBeGreaterThanOrEqual(30);
    expect(expected.negatives.length).toBeGreaterThanOrEqual(8);
  });
});

describe('story detection on other outlets\' reports', () => {
  for (const article of articles.filter((a) => !(a.file in KNOWN.detection))) {
    const want = article.label === 'same-story' ? STORY : null;
    it(`${article.file} is ${want ? 'recognized as the story' : 'not taken for the story'}`, () => {
      expect(analyzeArticle(corpus, index, input(article)).story?.id ?? null).toBe(want);
    });
  }

  for (const [file, why] of Object.entries(KNOWN.detection)) {
    it(`known miss, still decided wrongly (${file}: ${why})`, () => {
      const article = articleOf(file);
      expect(article, file).toBeDefined();
      const wrong = article.label === 'same-story' ? null : STORY;
      const found = analyzeArticle(corpus, index, input(article)).story?.id ?? null;
      expect(found, `${file} is now decided rightly: remove it from known-misses.json`).toBe(wrong);
    });
  }
});

describe('claim matching on other outlets\' reports', () => {
  it(`finds at least ${Math.round(MIN_RIGHT_SHARE * 100)} % of the pairs in an accepted relation`, () => {
    const { share, message } = pairsRight(expected.pairs, (pair) => check(pair).relation);
    expect(share, message).toBeGreaterThanOrEqual(MIN_RIGHT_SHARE);
  });

  it('matches no negative pair as agree, conflict or quote-variant (known misses aside)', () => {
    const violated = expected.negatives
      .filter((pair) => !(keyOf(pair) in KNOWN.negatives))
      .filter((pair) => STRONG.includes(check(pair).relation ?? ''))
      .map((pair) => `${check(pair).relation}: ${pair.file}: "${pair.a}" ~ ${pair.b[0]}: "${pair.b[1]}"`);
    expect(violated).toEqual([]);
  });

  it('lists only known misses that are negatives of pairs.json', () => {
    for (const key of Object.keys(KNOWN.negatives)) expect(expected.negatives.map(keyOf)).toContain(key);
  });

  for (const pair of expected.negatives.filter((p) => keyOf(p) in KNOWN.negatives)) {
    it(`known miss, still matched (${KNOWN.negatives[keyOf(pair)]})`, () => {
      const relation = check(pair).relation ?? 'none';
      expect(STRONG, `now ${relation}: remove it from known-misses.json`).toContain(relation);
    });
  }
});
