// `npm run --silent evaluate -- DIR [--corpus DIR]... [--quiet]`: measures story detection and claim matching on
// a folder of labeled articles (header lines URL/TITLE/DATE/OUTLET/LABEL/NOTE, as in ../shared/devset) and its
// optional pairs.json, listing each miss. `--corpus` adds story folders beside the bundled ones.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAgainst, analyzeArticle } from '../core/analyze.ts';
import { compileCorpus, detectionIndexOf } from '../core/corpus/compile.ts';
import type { Corpus } from '../core/corpus/types.ts';
import { corpusOptions, storyFoldersWith } from './corpus-files.ts';
import { parseLabeled, readLabeledFolder, type LabeledArticle } from './evaluation/labeled.ts';
import { relationFound, type LabeledPair, type PairsFile } from './evaluation/pairs.ts';
import type { MatchModel } from '../core/match/decide.ts';
import { MATCH_MODEL } from '../core/match/compare.ts';
import type { DetectModel } from '../core/detect/detect-decision.ts';
import type { DetectionIndex } from '../core/detect/detect.ts';
import { pageRows, trainDetectModel } from './training/page-rows.ts';
import { measureRealPages } from './evaluation/real-pages.ts';
import { OWN_PAIRS_DIR, rowsOf, trainModel } from './training/dataset.ts';

const USAGE = 'usage: npm run --silent evaluate -- DIR [--corpus DIR]... [--quiet] [--by-story] [--real-pages DIR]';

function fail(message: string): never {
  process.stderr.write(`evaluate: ${message}\n`);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): { dir: string; corpora: string[]; quiet: boolean; byStory: boolean; realPages: string | null } {
  const options = corpusOptions(argv, (message) => fail(`${message}\n${USAGE}`));
  const quiet = options.rest.includes('--quiet');
  const byStory = options.rest.includes('--by-story');
  const at = options.rest.indexOf('--real-pages');
  const realPages = at >= 0 ? (options.rest[at + 1] ?? fail(`--real-pages needs a folder\n${USAGE}`)) : null;
  if (realPages !== null && (!existsSync(realPages) || !statSync(realPages).isDirectory())) fail(`--real-pages ${realPages} is not a folder`);
  const rest = options.rest.filter((arg, i) => arg !== '--quiet' && arg !== '--by-story' && (at < 0 || (i !== at && i !== at + 1)));
  const unknown = rest.find((arg) => arg.startsWith('-'));
  if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
  if (rest.length !== 1) fail(USAGE);
  const dir = rest[0]!;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir} is not a folder`);
  return { dir, corpora: options.corpora, quiet, byStory, realPages };
}

function loadCorpus(corpora: readonly string[]): { corpus: Corpus; bundled: string[] } {
  try {
    const { folders, bundled } = storyFoldersWith(corpora);
    const corpus = compileCorpus(folders);
    return { corpus, bundled: corpus.stories.slice(0, bundled).map((s) => s.id) };
  } catch (error) {
    fail((error as Error).message);
  }
}

const pct = (n: number, d: number) => (d === 0 ? '—' : `${Math.round((100 * n) / d)} %`);

function main(): void {
  const { dir, corpora, quiet, byStory, realPages } = parseArgs(process.argv.slice(2));
  const { corpus, bundled } = loadCorpus(corpora);
  const index = detectionIndexOf(corpus);
  const ids = corpus.stories.map((s) => s.id);
  const articles = readLabeledFolder(dir, ids);
  if (articles.length === 0) fail(`no labeled articles (files with a LABEL: header) under ${dir}`);
  const defaultStory = bundled.length === 1 ? bundled[0]! : null;
  const storyOf = (a: LabeledArticle) => a.story ?? defaultStory;

  console.log(`Stories: ${ids.join(', ')}\n`);
  // Leave one story out: each story judged by models trained without its pairs, reports and sources.
  const loso = byStory ? leaveOneOut(dir, corpus, index, realPages) : null;
  console.log(loso ? 'Detection (leave one story out: each candidate story decided by a model trained without it)' : 'Detection');
  const input = (a: LabeledArticle) => ({ text: a.body, title: a.title ?? undefined, url: a.url, date: a.date });
  const detected = new Map(articles.map((a) => [a, analyzeArticle(corpus, index, input(a), loso ? { detectModel: loso.detectModel } : {})]));
  for (const id of ids) {
    const reports = articles.filter((a) => a.label === 'same-story' && storyOf(a) === id);
    if (reports.length === 0) continue;
    const missed = reports.filter((a) => detected.get(a)!.story?.id !== id);
    console.log(`  ${id}: ${reports.length - missed.length} of ${reports.length} reports recognized`);
    if (!quiet) for (const a of missed) console.log(`    missed ${a.file} → ${detected.get(a)!.story?.id ?? 'no story'}${scoreOf(detected.get(a)!)}`);
  }
  const others = articles.filter((a) => a.label === 'other-story');
  const taken = others.filter((a) => detected.get(a)!.story);
  console.log(`  other events taken for a story: ${taken.length} of ${others.length}`);
  if (!quiet) for (const a of taken) console.log(`    false positive ${a.file} → ${detected.get(a)!.story!.id}${scoreOf(detected.get(a)!)}`);

  const pairsPath = join(dir, 'pairs.json');
  if (existsSync(pairsPath)) {
    const file = JSON.parse(readFileSync(pairsPath, 'utf8')) as PairsFile;
    if (loso) {
      console.log('\nLeave one story out: each story matched by a model trained without it');
      matching(file, dir, corpus, quiet, loso.matchModel);
    } else {
      matching(file, dir, corpus, quiet, () => undefined);
    }
  }
  betweenSources(corpus, quiet);
  if (realPages) {
    const figures = measureRealPages(realPages, corpus, index);
    console.log(`\nReal pages (${realPages}, the half the model did not learn from): ${figures.taken.length} of ${figures.pages} taken for a story${figures.taken.length > 0 ? ` (${figures.taken.join(', ')})` : ''}`);
    console.log(`  analyzed against every story by force: ${figures.strong.length} strong matches (agree, conflict, quote-variant), ${figures.related} related`);
    if (!quiet) for (const m of figures.strong) console.log(`    ${m.relation} ${m.page} / ${m.story}: "${m.text.slice(0, 90)}" ~ "${m.other.slice(0, 90)}"`);
  }
}

/** The project's expectations between a story's own sources (tests/fixtures/expectations/<story>.json), both ways. */
function betweenSources(corpus: Corpus, quiet: boolean): void {
  const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'expectations');
  const straight = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
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
        else misses.push(`    ${found?.relation ?? 'no match'} (want ${pair.relations.join('/')}) ${from} → ${to}: ${pair.what}`);
      }
    }
    const total = expected.pairs.length * 2;
    console.log(`\nBetween the bundled sources of ${story.id}: ${right} of ${total} expected matches right (${pct(right, total)})`);
    if (!quiet) for (const m of misses) console.log(m);
  }
}

/** Models trained without one story each, made when first asked for (`--by-story`). */
function leaveOneOut(dir: string, corpus: Corpus, index: DetectionIndex, realPagesDir: string | null): { matchModel: (story: string) => MatchModel; detectModel: (story: string) => DetectModel } {
  const rows = rowsOf([dir, OWN_PAIRS_DIR], corpus, realPagesDir);
  const ids = corpus.stories.map((s) => s.id);
  const articles = [...readLabeledFolder(dir, ids), ...readLabeledFolder(OWN_PAIRS_DIR, ids)];
  const pages = pageRows(articles, corpus, index, MATCH_MODEL);
  const match = new Map<string, MatchModel>();
  const detect = new Map<string, DetectModel>();
  return {
    matchModel: (story) => match.get(story) ?? match.set(story, trainModel(rows, story)).get(story)!,
    detectModel: (story) => detect.get(story) ?? detect.set(story, trainDetectModel(pages, story)).get(story)!,
  };
}

function scoreOf(result: { story: { score: number } | null }): string {
  return result.story ? ` (score ${result.story.score})` : '';
}

function bodyOf(dir: string, file: string): { body: string; article: LabeledArticle | null } {
  const content = readFileSync(join(dir, file), 'utf8');
  // Story sources have no header: their whole text is the body.
  const article = parseLabeled(file, content, null);
  return { body: article?.body ?? content, article };
}

function matching(file: PairsFile, dir: string, corpus: Corpus, quiet: boolean, modelFor: (story: string) => MatchModel | undefined): void {
  console.log('\nMatching (pairs.json)');
  const totals = { pairs: 0, right: 0 };
  const cache = new Map<string, ReturnType<typeof analyzeAgainst>>();
  const resultFor = (pair: LabeledPair, body: string, article: LabeledArticle | null) => {
    const key = `${pair.file}\u0000${pair.story}`;
    let result = cache.get(key);
    if (!result) {
      const model = modelFor(pair.story);
      result = analyzeAgainst(corpus, pair.story, { text: body, title: article?.title ?? undefined, url: article?.url ?? null, date: article?.date ?? null }, model ? { model } : {});
      cache.set(key, result);
    }
    return result;
  };
  const check = (pair: LabeledPair) => {
    const story = corpus.stories.find((s) => s.id === pair.story);
    if (!story) return null;
    const source = story.sources.find((s) => s.id === pair.b[0].replace(/\.txt$/, ''));
    if (!source) return null;
    const { body, article } = bodyOf(dir, pair.file);
    return relationFound(resultFor(pair, body, article), body, pair, source.claims, source.text);
  };
  for (const story of corpus.stories) {
    const pairs = file.pairs.filter((p) => p.story === story.id);
    const negatives = (file.negatives ?? []).filter((p) => p.story === story.id);
    if (pairs.length + negatives.length === 0) continue;
    const groups = [
      ['between its sources', pairs.filter((p) => p.file.includes(`${story.id}/`))],
      ['other outlets\' reports', pairs.filter((p) => !p.file.includes(`${story.id}/`))],
    ] as const;
    for (const [what, group] of groups) {
      if (group.length === 0) continue;
      let found = 0;
      let right = 0;
      const misses: string[] = [];
      for (const pair of group) {
        const r = check(pair);
        if (!r) {
          misses.push(`    not in the corpus: ${pair.file} / ${pair.b[0]}`);
          continue;
        }
        if (r.relation) found++;
        if (r.relation && pair.rel!.includes(r.relation)) right++;
        else misses.push(`    ${r.relation ?? (r.located ? 'no match' : 'not located')} (want ${pair.rel!.join('/')}) ${pair.file}: "${pair.a}" ~ ${pair.b[0]}: "${pair.b[1]}"`);
      }
      totals.pairs += group.length;
      totals.right += right;
      console.log(`  ${story.id}, ${what}: ${group.length} pairs, ${found} found, ${right} with the right relation (${pct(right, group.length)})`);
      if (!quiet) for (const m of misses) console.log(m);
    }
    if (negatives.length > 0) {
      const violated = negatives.filter((p) => {
        const r = check(p);
        return r?.relation === 'agree' || r?.relation === 'conflict' || r?.relation === 'quote-variant';
      });
      console.log(`  ${story.id}, must-not-match pairs: ${violated.length} of ${negatives.length} matched`);
      if (!quiet) for (const p of violated) console.log(`    matched ${check(p)!.relation}: ${p.file}: "${p.a}" ~ ${p.b[0]}: "${p.b[1]}"`);
    }
  }
  console.log(`  all stories: ${totals.right} of ${totals.pairs} pairs with the right relation (${pct(totals.right, totals.pairs)})`);
}

main();
