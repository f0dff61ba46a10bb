// The script on every page: it brings in the full script only for pages that may be about a story, answers for the
// page until then, and leaves every other page without a trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageTimings } from '../../lib/messages.ts';
import { lookAt, QUICK_SAMPLE_CHARS, QuickLookWatch } from '../../lib/quick-look.ts';
import { htmlDocument } from '../../scripts/html-document.ts';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const page = (slug: string) => htmlDocument(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), `https://example.com/${slug}/`);

function watchWith(doc: Document, load: (timings: PageTimings) => Promise<boolean>) {
  const loads: PageTimings[] = [];
  const watch = new QuickLookWatch(doc, {
    load: (timings) => {
      loads.push(timings);
      return load(timings);
    },
  });
  return { watch, loads };
}

describe('the quick look on every page', () => {
  it.each(['google-maven-article', 'microsoft-github-article', 'non-article-page'])('leaves %s alone: no load, no change', (slug) => {
    const doc = page(slug);
    const before = doc.documentElement.outerHTML;
    const { watch, loads } = watchWith(doc, () => Promise.resolve(true));
    watch.start();
    watch.stop();
    expect(loads).toEqual([]);
    expect(watch.pageStatus()).toBeUndefined();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reports "no story" while it owns a page about nothing known', () => {
    const { watch } = watchWith(page('google-maven-article'), () => Promise.resolve(true));
    watch.start();
    expect(watch.pageStatus()).toMatchObject({ state: 'no-story', timings: { checks: 1 } });
    watch.stop();
  });

  it('brings in the full script once for a story page and answers "analyzing" until it has taken over', async () => {
    let loaded!: (ok: boolean) => void;
    const { watch, loads } = watchWith(page('seattletimes-article'), () => new Promise((resolve) => (loaded = resolve)));
    watch.start();
    watch.start();
    expect(loads).toHaveLength(1);
    expect(loads[0]!.quickLook).toBeGreaterThanOrEqual(0);
    expect(watch.pageStatus()?.state).toBe('analyzing');
    loaded(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(watch.pageStatus()).toBeUndefined();
  });

  it('says the page could not be read when the full script cannot be loaded', async () => {
    const { watch } = watchWith(page('mashable-article'), () => Promise.reject(new Error('no tab')));
    watch.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(watch.pageStatus()).toMatchObject({ state: 'error' });
    expect(watch.pageStatus()!.errors).toBeGreaterThan(0);
    watch.stop();
  });
});

describe('the quick look reads the lead first', () => {
  const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} of a long report on a city budget, with its parks, libraries and bus routes discussed at length by the council.</p>`).join('');
  const story = readFileSync(join(PAGES, 'seattletimes-article', 'source.html'), 'utf8');
  const articleText = htmlDocument(story, 'https://example.com/').querySelector('article')?.innerHTML ?? '';

  it('passes a story page whose lead names the story\'s actors', () => {
    const doc = htmlDocument(`<html><head><title>News</title></head><body><article>${articleText}${filler}</article></body></html>`, 'https://example.com/lead');
    expect(lookAt(doc).found).toBe(true);
  });

  it(`does not read past ${QUICK_SAMPLE_CHARS.toLocaleString('en')} characters of prose that name no actor of any story`, () => {
    const doc = htmlDocument(`<html><head><title>City budget</title></head><body><article>${filler}${articleText}</article></body></html>`, 'https://example.com/late');
    const look = lookAt(doc);
    expect(look.found).toBe(false);
    expect(look.text.length).toBeLessThanOrEqual(QUICK_SAMPLE_CHARS + 'City budget\n'.length);
  });
});
