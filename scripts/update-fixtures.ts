// `npm run fixtures:update`: regenerates tests/fixtures/pages/<slug>/expected.json from the current code, so
// that a change in extraction or analysis is reviewed as a diff of expected results.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileCorpus, detectionIndexOf } from '../core/corpus/compile.ts';
import { readStoryFolders } from './corpus-files.ts';
import { pageFixtureResult } from './page-fixture-result.ts';

const pages = join(import.meta.dirname, '..', 'tests', 'fixtures', 'pages');
const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
for (const slug of readdirSync(pages).sort()) {
  const result = pageFixtureResult(join(pages, slug), corpus, index);
  writeFileSync(join(pages, slug, 'expected.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`${slug}: ${result.story ?? 'no story'}, ${result.claims.length} cross-referenced claims`);
}
