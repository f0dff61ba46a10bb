// One test per page fixture (tests/fixtures/pages/<slug>/): extraction and analysis give expected.json.
// After an intended change, run `npm run fixtures:update` and review the diff of the expected files.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';
import { pageFixtureResult } from '../../scripts/page-fixture-result.ts';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);

describe.each(readdirSync(PAGES).sort())('page fixture %s', (slug) => {
  it('extracts and cross-references as recorded in expected.json', () => {
    const file = join(PAGES, slug, 'expected.json');
    expect(existsSync(file), `${file} is missing: run npm run fixtures:update`).toBe(true);
    expect(pageFixtureResult(join(PAGES, slug), corpus, index)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});
