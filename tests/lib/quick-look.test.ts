// The script on every page: it brings in the full script only for pages that may be about a story, answers for the
// page until then, and leaves every other page without a trace.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageTimings } from '../../lib/messages.ts';
import { lookAt, QUICK_SAMPLE_CHARS, QuickLookWatch } from '../../lib/quick-look.ts';
import { LATE_CONTENT_DEFAULTS } from '../../page/late-content.ts';
import { titleIsSiteName } from '../../page/quick-text.ts';
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

  it('passes on a report of one quoted person\u2019s words: its head names the person, its text only the company', () => {
    const look = lookAt(page('nadella-memo-article'));
    expect(look.headOnly).toBe(false);
    expect(look.found).toBe(true);
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

describe('the quick look reads the page\'s head before its text', () => {
  const story = readFileSync(join(PAGES, 'seattletimes-article', 'source.html'), 'utf8');
  const paragraphs = [...htmlDocument(story, 'https://example.com/').querySelectorAll('article p')].map((p) => p.outerHTML).join('');
  const pageWith = (head: string, path: string, heading = '') =>
    htmlDocument(`<html><head>${head}</head><body><article>${heading}${paragraphs}</article></body></html>`, `https://example.com${path}`);

  it('does not read the text of a page whose title, headline and address name no actor of any story', () => {
    const look = lookAt(pageWith('<title>Weekend reads from our newsroom</title>', '/2018/06/weekend-reads', '<h1>Microsoft staff protest</h1>'));
    expect(look).toMatchObject({ found: false, headOnly: true });
    // What was read is the head alone: not a word of the article's paragraphs.
    expect(look.text).not.toMatch(/Nadella|petition/);
  });

  it.each([
    ['its title', '<title>Microsoft staff protest immigration contract</title>', '/news/1', ''],
    ['its headline, under a title that is only the site\'s name', '<title>The Daily Ledger</title>', '/news/2', '<h1>Microsoft employees ask Nadella to drop the ICE contract</h1>'],
    ['its address', '<title>Weekend reads from our newsroom</title>', '/2018/06/19/microsoft-employees-ice-contract', ''],
  ])('reads the text of a story page that names its actors in %s', (_where, head, path, heading) => {
    const look = lookAt(pageWith(head, path, heading));
    expect(look.headOnly).toBe(false);
    expect(look.found).toBe(true);
  });

  it('watches a page that shows little yet, whatever its head says (an app that fills its page later)', () => {
    const doc = htmlDocument('<html><head><title>Loading…</title></head><body><div id="app"></div></body></html>', 'https://example.com/app');
    expect(lookAt(doc)).toMatchObject({ found: false, little: true });
    expect(lookAt(pageWith('<title>Weekend reads from our newsroom</title>', '/weekend')).little).toBe(false);
  });
});

describe('the quick look on a page whose head changes', () => {
  it('looks again when an app sets the article\'s title after the first look', async () => {
    const doc = htmlDocument('<html><head><title>The Daily Ledger: news, sport and opinion</title></head><body><main></main></body></html>', 'https://example.com/app');
    const loads: number[] = [];
    const watch = new QuickLookWatch(doc, { load: () => (loads.push(1), Promise.resolve(true)) });
    watch.start();
    expect(watch.pageStatus()).toMatchObject({ state: 'no-story' });
    // The app renders the article and sets its title.
    const story = htmlDocument(readFileSync(join(PAGES, 'seattletimes-article', 'source.html'), 'utf8'), 'https://example.com/');
    doc.querySelector('main')!.innerHTML = story.querySelector('article')!.innerHTML;
    doc.title = story.title;
    await new Promise((resolve) => setTimeout(resolve, LATE_CONTENT_DEFAULTS.debounceMs + 300));
    expect(loads).toEqual([1]);
    watch.stop();
  });
});

describe('titleIsSiteName', () => {
  it.each([
    ['Loading…', true],
    ['The Daily Ledger', true],
    ['Microsoft staff protest immigration contract', false],
    // A headline in a script without spaces is a headline by its length.
    ['宇航员在太空中喝酒会怎么样？后果很严重 _探索者 _光明网', false],
  ])('%s → %s', (title, siteName) => {
    expect(titleIsSiteName(title)).toBe(siteName);
  });
});
