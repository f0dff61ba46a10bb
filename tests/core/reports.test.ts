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

const DIR = join(import.meta.dirname, '..', 'fixtures', 'reports');
const STORY = 'microsoft-ice-contract-2018';

/**
 * Share of pairs found in a relation the pair accepts. 2026-11-23 (commit 145fc97): 46 of 63 (73 %); 2026-12-06:
 * 51 of 63 (81 %). The floor sits just below, so losing two pairs fails the test; raise it when matching improves.
 */
const MIN_RIGHT_SHARE = 0.85;

/**
 * Negatives the code matches today although a careful reader would not, keyed "a phrase ~ source file". Each is
 * checked by an `it.fails` below: when the code is fixed, that test fails and the entry should be removed.
 */
const KNOWN_VIOLATIONS: Readonly<Record<string, string>> = {
  'More than 100 employees had signed the letter to Chief Executive Satya Nadella and President Brad Smith ~ mashable.txt':
    'the 2019 HoloLens letter\'s "more than 100" signers agree with the 2018 ICE letter\'s: the count alone carries the match',
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
  for (const article of articles) {
    const want = article.label === 'same-story' ? STORY : null;
    it(`${article.file} is ${want ? 'recognized as the story' : 'not taken for the story'}`, () => {
      expect(analyzeArticle(corpus, index, input(article)).story?.id ?? null).toBe(want);
    });
  }
});

describe('claim matching on other outlets\' reports', () => {
  it(`finds at least ${Math.round(MIN_RIGHT_SHARE * 100)} % of the pairs in an accepted relation`, () => {
    const misses = expected.pairs.filter((pair) => {
      const found = check(pair).relation;
      return !(found && pair.rel!.includes(found));
    });
    const right = expected.pairs.length - misses.length;
    const listed = misses.map((p) => `${p.file}: "${p.a}" ~ ${p.b[0]}: "${p.b[1]}"`).join('\n');
    expect(right / expected.pairs.length, `${right} of ${expected.pairs.length} right; misses:\n${listed}`).toBeGreaterThanOrEqual(MIN_RIGHT_SHARE);
  });

  it('matches no negative pair as agree, conflict or quote-variant (known violations aside)', () => {
    const violated = expected.negatives
      .filter((pair) => !(keyOf(pair) in KNOWN_VIOLATIONS))
      .filter((pair) => STRONG.includes(check(pair).relation ?? ''))
      .map((pair) => `${check(pair).relation}: ${pair.file}: "${pair.a}" ~ ${pair.b[0]}: "${pair.b[1]}"`);
    expect(violated).toEqual([]);
  });

  it('lists only known violations that are negatives of pairs.json', () => {
    for (const key of Object.keys(KNOWN_VIOLATIONS)) expect(expected.negatives.map(keyOf)).toContain(key);
  });

  for (const pair of expected.negatives.filter((p) => keyOf(p) in KNOWN_VIOLATIONS)) {
    it.fails(`known violation, to fix in core/: ${KNOWN_VIOLATIONS[keyOf(pair)]}`, () => {
      expect(STRONG).not.toContain(check(pair).relation);
    });
  }
});
