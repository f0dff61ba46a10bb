import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../core/analyze.ts';
import type { Corpus } from '../core/corpus/types.ts';
import type { DetectionIndex } from '../core/detect/detect.ts';
import { articleFromHtml } from './html-document.ts';

/** What a page fixture's expected.json records: enough to review a behaviour change as a diff. */
export interface PageFixtureResult {
  readonly article: boolean;
  readonly story: string | null;
  readonly self: string | null;
  readonly claims: ReadonlyArray<{
    readonly text: string;
    readonly status: string;
    readonly matches: ReadonlyArray<{ readonly source: string; readonly relation: string; readonly text: string }>;
  }>;
}

/** Runs a page fixture through extraction and analysis, as the extension does. */
export function pageFixtureResult(dir: string, corpus: Corpus, index: DetectionIndex): PageFixtureResult {
  const { article } = articleFromHtml(readFileSync(join(dir, 'source.html'), 'utf8'), 'http://127.0.0.1/');
  if (!article) return { article: false, story: null, self: null, claims: [] };
  const result = analyzeArticle(corpus, index, { text: article.text, title: article.title, date: article.date, headlines: article.headlines });
  return {
    article: true,
    story: result.story?.id ?? null,
    self: result.story?.self ?? null,
    claims: result.claims
      .filter((c) => c.status !== 'unique')
      .map((c) => ({ text: c.text, status: c.status, matches: c.matches.map((m) => ({ source: m.source, relation: m.relation, text: m.text })) })),
  };
}
