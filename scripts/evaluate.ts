// `npm run --silent evaluate -- DIR [--corpus DIR]... [--quiet] [--by-story] [--real-pages DIR] [--markdown FILE]`:
// measures story detection and claim matching on a folder of labeled articles (header lines
// URL/TITLE/DATE/OUTLET/LABEL/NOTE, as in ../shared/devset) and its optional pairs.json, listing each miss.
// `--corpus` adds story folders beside the bundled ones; `--by-story` judges each story by models trained without
// it (leave one story out); `--real-pages` measures pages about other things; `--markdown` writes the figures as a
// page (docs/evaluation.md).
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus, detectionIndexOf } from '../core/corpus/compile.ts';
import type { Corpus } from '../core/corpus/types.ts';
import type { DetectModel } from '../core/detect/detect-decision.ts';
import type { DetectionIndex } from '../core/detect/detect.ts';
import { MATCH_MODEL } from '../core/match/compare.ts';
import type { MatchModel } from '../core/match/decide.ts';
import { corpusOptions, storyFoldersWith } from './corpus-files.ts';
import { readLabeledFolder, type LabeledArticle } from './evaluation/labeled.ts';
import { measureBetweenSources, measureDetection, measureMatching, type ModelsFor } from './evaluation/measure.ts';
import type { PairsFile } from './evaluation/pairs.ts';
import { measureGate } from './evaluation/gate.ts';
import { measureRealPages } from './evaluation/real-pages.ts';
import { markdownReport, textReport, type EvaluationRun } from './evaluation/report.ts';
import { OWN_PAIRS_DIR, readRealPages, rowsOf, trainModel, type RealPage } from './training/dataset.ts';
import { pageRows, trainDetectModel } from './training/page-rows.ts';

const USAGE = 'usage: npm run --silent evaluate -- DIR [--corpus DIR]... [--quiet] [--by-story] [--real-pages DIR] [--markdown FILE]';

function fail(message: string): never {
  process.stderr.write(`evaluate: ${message}\n`);
  process.exit(2);
}

interface Options {
  readonly dir: string;
  readonly corpora: string[];
  readonly quiet: boolean;
  readonly byStory: boolean;
  readonly realPages: string | null;
  readonly markdown: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options = corpusOptions(argv, (message) => fail(`${message}\n${USAGE}`));
  const rest = [...options.rest];
  const take = (flag: string): string | null => {
    const at = rest.indexOf(flag);
    if (at < 0) return null;
    const value = rest[at + 1];
    if (!value || value.startsWith('--')) fail(`${flag} needs a value\n${USAGE}`);
    rest.splice(at, 2);
    return value;
  };
  const realPages = take('--real-pages');
  const markdown = take('--markdown');
  const flags = new Set<string>(rest.filter((arg) => arg === '--quiet' || arg === '--by-story'));
  const positional = rest.filter((arg) => !flags.has(arg));
  const unknown = positional.find((arg) => arg.startsWith('-'));
  if (unknown) fail(`unknown option ${unknown}\n${USAGE}`);
  if (positional.length !== 1) fail(USAGE);
  const dir = positional[0]!;
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`${dir} is not a folder`);
  if (realPages !== null && (!existsSync(realPages) || !statSync(realPages).isDirectory())) fail(`--real-pages ${realPages} is not a folder`);
  return { dir, corpora: options.corpora, quiet: flags.has('--quiet'), byStory: flags.has('--by-story'), realPages, markdown };
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

/** Models trained without one story each, made when first asked for (`--by-story`). */
function leaveOneOut(dir: string, corpus: Corpus, index: DetectionIndex, realPages: readonly RealPage[]): ModelsFor {
  const rows = rowsOf([dir, OWN_PAIRS_DIR], corpus, realPages);
  const ids = corpus.stories.map((s) => s.id);
  const articles = [...readLabeledFolder(dir, ids), ...readLabeledFolder(OWN_PAIRS_DIR, ids)];
  const pages = pageRows(articles, corpus, index, MATCH_MODEL);
  const match = new Map<string, MatchModel>();
  const detect = new Map<string, DetectModel>();
  return {
    match: (story) => match.get(story) ?? match.set(story, trainModel(rows, story)).get(story)!,
    detect: (story) => detect.get(story) ?? detect.set(story, trainDetectModel(pages, story)).get(story)!,
  };
}

const COMMITTED: ModelsFor = { match: () => undefined, detect: undefined };

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const pages = options.realPages ? await readRealPages(options.realPages) : [];
  const { corpus, bundled } = loadCorpus(options.corpora);
  const index = detectionIndexOf(corpus);
  const ids = corpus.stories.map((s) => s.id);
  const articles = readLabeledFolder(options.dir, ids);
  if (articles.length === 0) fail(`no labeled articles (files with a LABEL: header) under ${options.dir}`);
  const defaultStory = bundled.length === 1 ? bundled[0]! : null;
  const storyOf = (a: LabeledArticle) => a.story ?? defaultStory;
  const pairsPath = join(options.dir, 'pairs.json');
  const pairs = existsSync(pairsPath) ? (JSON.parse(readFileSync(pairsPath, 'utf8')) as PairsFile) : null;
  const measure = (models: ModelsFor) => ({
    detection: measureDetection(articles, corpus, index, storyOf, models),
    matching: pairs ? measureMatching(pairs, options.dir, corpus, models) : new Map(),
  });
  const judged = options.byStory ? leaveOneOut(options.dir, corpus, index, pages) : COMMITTED;
  const run: EvaluationRun = {
    command: `npm run --silent evaluate -- ${process.argv.slice(2).join(' ')}`,
    stories: ids,
    leaveOneOut: options.byStory,
    ...measure(judged),
    ...(options.byStory ? { inSample: measure(COMMITTED) } : {}),
    bare: measureDetection(articles, corpus, index, storyOf, judged, true),
    betweenSources: measureBetweenSources(corpus),
    gate: measureGate(articles, corpus, storyOf, pages),
    ...(options.realPages ? { realPages: { ...measureRealPages(pages, corpus, index), dir: options.realPages } } : {}),
  };
  console.log(textReport(run, options.quiet).join('\n'));
  if (options.markdown) {
    writeFileSync(options.markdown, markdownReport(run, new Date().toISOString().slice(0, 10)));
    console.log(`\nWrote ${options.markdown}`);
  }
}

await main();
