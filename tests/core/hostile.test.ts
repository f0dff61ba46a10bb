// The analysis over a few hundred generated hostile pages (huge, deep, broken, other scripts, markup as text):
// no exception escapes, pages about no story get no story, oversized text is cut and says so.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../core/analyze.ts';
import { EXTRACTION_LIMITS } from '../../core/claims/extract.ts';
import { compileCorpus, detectionIndexOf } from '../../core/corpus/compile.ts';
import { detectStory, PREFILTER_THRESHOLD } from '../../core/detect/detect.ts';
import { readStoryFolders } from '../../scripts/corpus-files.ts';
import { hostilePages } from '../fixtures/hostile/generate.ts';

const corpus = compileCorpus(readStoryFolders());
const index = detectionIndexOf(corpus);
const pages = hostilePages();
// A crude tag stripper is enough here: the DOM-level tests run Readability on one page of each kind.
const textOf = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]*>/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>');

describe('the analysis on hostile pages', () => {
  it('generates a few hundred pages of every kind', () => {
    expect(pages.length).toBeGreaterThanOrEqual(200);
  });

  it.each(pages.filter((p) => !p.story).map((p) => [p.name, p] as const))('%s: no exception, no story', (_name, page) => {
    const text = textOf(page.html);
    expect(() => detectStory(index, text, PREFILTER_THRESHOLD)).not.toThrow();
    const result = analyzeArticle(corpus, index, { text });
    expect(result.story).toBeNull();
    expect(result.truncated).toBe(text.length > EXTRACTION_LIMITS.maxChars);
  });

  it.each(pages.filter((p) => p.story).map((p) => [p.name, p] as const))('%s: the story is still found, within the limits', (_name, page) => {
    const result = analyzeArticle(corpus, index, { text: textOf(page.html) });
    expect(result.story?.id).toBe(corpus.stories[0]!.id);
    expect(result.claims.length).toBeLessThanOrEqual(EXTRACTION_LIMITS.maxClaims);
    expect(result.claims.some((c) => c.status !== 'unique')).toBe(true);
  });
});
