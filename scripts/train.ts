// `npm run train [-- DEVSET] [--corpus DIR]...`: learns the match model (core/match/decide.ts) from the labelled
// pairs of the development set (default ../shared/devset with its story packs) and of tests/fixtures/reports, and
// writes core/match/data/match-model.json. The same data gives the same file.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusOptions } from './corpus-files.ts';
import { detectionIndexOf } from '../core/corpus/compile.ts';
import { readLabeledFolder } from './evaluation/labeled.ts';
import { corpusWith, OWN_PAIRS_DIR, readRealPages, rowsOf, trainModel } from './training/dataset.ts';
import { pageRows, trainDetectModel } from './training/page-rows.ts';

const MODEL_PATH = join(import.meta.dirname, '..', 'core', 'match', 'data', 'match-model.json');
const DETECT_MODEL_PATH = join(import.meta.dirname, '..', 'core', 'detect', 'data', 'detect-model.json');

function fail(message: string): never {
  process.stderr.write(`train: ${message}\n`);
  process.exit(2);
}

const options = corpusOptions(process.argv.slice(2), fail);
const devset = options.rest[0] ?? join(import.meta.dirname, '..', '..', 'shared', 'devset');
if (!existsSync(join(devset, 'pairs.json'))) fail(`${devset} holds no pairs.json (give the development set's folder)`);
const corpora = options.corpora.length > 0 ? options.corpora : [join(devset, 'story-pack')];
const corpus = corpusWith(corpora);
// Real pages about other things (../shared/realpages beside the development set), half of them, as no-matches.
const realPagesDir = join(devset, '..', 'realpages');
const rows = rowsOf([devset, OWN_PAIRS_DIR], corpus, await readRealPages(realPagesDir));
const model = trainModel(rows);
const counts = new Map<string, number>();
for (const r of rows) counts.set(r.kind, (counts.get(r.kind) ?? 0) + 1);
writeFileSync(MODEL_PATH, `${JSON.stringify({ features: model.features, classes: model.classes, weights: model.weights }, null, 1)}\n`);
console.log(`train: matching, ${rows.length} rows (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}), ${model.features.length} features → ${MODEL_PATH}`);

// Detection learns from the labelled articles, read with the match model just made.
const ids = corpus.stories.map((s) => s.id);
const articles = [...readLabeledFolder(devset, ids), ...readLabeledFolder(OWN_PAIRS_DIR, ids)];
const pages = pageRows(articles, corpus, detectionIndexOf(corpus), model);
const detect = trainDetectModel(pages);
writeFileSync(DETECT_MODEL_PATH, `${JSON.stringify(detect, null, 1)}\n`);
console.log(`train: detection, ${pages.length} rows (${pages.filter((r) => r.accepted[1]).length} reports), ${detect.features.length} features → ${DETECT_MODEL_PATH}`);
