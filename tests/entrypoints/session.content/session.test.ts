// The content session's state machine on real fixture pages (happy-dom) with the real analysis behind a port the
// tests control: what a reader would notice is whether marks are on the page, and what the popup is told.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import corpus from 'virtual:triangulate/corpus';
import detection from 'virtual:triangulate/detection';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../core/analyze.ts';
import type { AnalysisResult } from '../../../core/result.ts';
import { ContentSession, type SessionMessage, type SessionPorts } from '../../../entrypoints/session.content/session.ts';
import type { ArticlePayload } from '../../../shared/article.ts';
import { NAVIGATION_SETTLE_MS, ownHeadOf } from '../../../entrypoints/session.content/session.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/settings.ts';
import { htmlDocument } from '../../../scripts/html-document.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const page = (slug: string) => readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Ports whose analysis the test can hold back, with every notice and settings listener recorded. */
function fakePorts(options: { hold?: boolean; fail?: Error } = {}) {
  const notices: SessionMessage[] = [];
  const pending: Array<() => void> = [];
  let settingsListener: ((settings: Settings) => void) | null = null;
  const ports: SessionPorts = {
    analyze: (article: ArticlePayload) => {
      if (options.fail) return Promise.reject(options.fail);
      const result = analyzeArticle(corpus, detection, article);
      if (!options.hold) return Promise.resolve(result);
      return new Promise<AnalysisResult>((resolve) => pending.push(() => resolve(result)));
    },
    notify: (notice) => void notices.push(notice),
    loadSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    watchSettings: (listener) => {
      settingsListener = listener;
      return () => (settingsListener = null);
    },
  };
  return {
    ports,
    notices,
    types: () => notices.map((n) => n.type),
    /** Lets the analyses held so far answer. */
    release: () => pending.splice(0).forEach((resolve) => resolve()),
    changeSettings: (settings: Settings) => settingsListener?.(settings),
  };
}

const marks = (doc: Document) => doc.querySelectorAll('triangulate-mark').length;
const sessions: ContentSession[] = [];
function session(doc: Document, ports: SessionPorts, lifetime?: AbortSignal): ContentSession {
  const s = new ContentSession(doc, ports, lifetime);
  sessions.push(s);
  return s;
}

afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

/** Navigates without a reload, as a single-page site does, and tells the session. */
async function navigate(doc: Document, s: ContentSession, path: string): Promise<void> {
  doc.defaultView!.history.pushState({}, '', path);
  s.navigated();
  await sleep(NAVIGATION_SETTLE_MS + 50);
}

describe('the content session', () => {
  it('marks a story page and reports the marks, from checking through analyzing to ready', async () => {
    const doc = htmlDocument(page('seattletimes-article'), 'https://www.seattletimes.com/a/');
    const fake = fakePorts({ hold: true });
    const s = session(doc, fake.ports);
    expect(s.current.kind).toBe('checking');
    const started = s.start();
    await sleep(0);
    expect(s.current.kind).toBe('analyzing');
    expect(s.status().state).toBe('analyzing');
    fake.release();
    await started;
    expect(s.current.kind).toBe('ready');
    expect(marks(doc)).toBeGreaterThan(3);
    expect(fake.types()).toEqual(['marks-painted']);
    expect(s.status()).toMatchObject({ state: 'ready', marksShown: true });
  });

  it('drops an analysis that comes back after a navigation: no marks, nothing reported but the clearing', async () => {
    const doc = htmlDocument(page('seattletimes-article'), 'https://www.seattletimes.com/a/');
    const fake = fakePorts({ hold: true });
    const s = session(doc, fake.ports);
    const started = s.start();
    await sleep(0);
    expect(s.current.kind).toBe('analyzing');
    await navigate(doc, s, '/b/');
    // The site has not swapped its content yet: the session waits for the new page.
    expect(s.current).toEqual({ kind: 'checking', stale: expect.objectContaining({ text: expect.any(String) }) });
    fake.release();
    await started;
    await sleep(0);
    expect(marks(doc)).toBe(0);
    expect(s.current.kind).toBe('checking');
    expect(fake.types()).toEqual(['page-cleared']);
  });

  it('drops the old marks at once when the site navigates, and marks the new article once it is swapped in', async () => {
    const doc = htmlDocument(page('seattletimes-article'), 'https://www.seattletimes.com/a/');
    const fake = fakePorts();
    const s = session(doc, fake.ports);
    await s.start();
    const before = s.current.kind === 'ready' ? s.current.result.story?.self : null;
    expect(before).toBe('seattletimes');
    await navigate(doc, s, '/b/');
    expect(marks(doc)).toBe(0);
    expect(fake.types()).toContain('page-cleared');
    // The new page arrives late, as a framework that waits for data renders it.
    const next = htmlDocument(page('mashable-article'));
    doc.title = next.title;
    doc.body.innerHTML = next.body.innerHTML;
    await expect.poll(() => s.current.kind, { timeout: 5_000 }).toBe('ready');
    expect(s.current.kind === 'ready' && s.current.result.story?.self).toBe('mashable');
    expect(marks(doc)).toBeGreaterThan(3);
  });

  it('marks the article again when the site goes to another story and straight back while the analysis lands', async () => {
    const doc = htmlDocument(page('seattletimes-article'), 'https://www.seattletimes.com/a/');
    const story = doc.documentElement.innerHTML;
    const fake = fakePorts({ hold: true });
    const s = session(doc, fake.ports);
    const started = s.start();
    await sleep(0);
    expect(s.current.kind).toBe('analyzing');
    // The reader opens the next story (another subject) ...
    doc.documentElement.innerHTML = htmlDocument(page('google-maven-article')).documentElement.innerHTML;
    doc.defaultView!.history.pushState({}, '', '/next/');
    s.navigated();
    // ... the first story's analysis lands on it, finding nothing of its own to mark ...
    fake.release();
    await started;
    expect(marks(doc)).toBe(0);
    // ... and the reader goes straight back: the site renders the first story anew.
    doc.documentElement.innerHTML = story;
    await navigate(doc, s, '/a/');
    // Its analysis answers when asked.
    await expect.poll(() => (fake.release(), marks(doc)), { timeout: 3_000 }).toBeGreaterThan(3);
    expect(s.current.kind).toBe('ready');
  });

  it('looks again when the site goes to another story and straight back while the first look read the other', async () => {
    const doc = htmlDocument(page('google-maven-article'), 'https://www.seattletimes.com/a/');
    const fake = fakePorts();
    const s = session(doc, fake.ports);
    // The page showed the other story for a moment when the script first read it.
    await s.start();
    expect(s.current.kind).toBe('skipped');
    doc.defaultView!.history.pushState({}, '', '/next/');
    s.navigated();
    doc.documentElement.innerHTML = htmlDocument(page('seattletimes-article')).documentElement.innerHTML;
    await navigate(doc, s, '/a/');
    await expect.poll(() => marks(doc), { timeout: 3_000 }).toBeGreaterThan(3);
  });

  it('reads an article swapped in under the previous page\'s title and date as what its own text and heading say', async () => {
    const doc = htmlDocument(page('seattletimes-article'), 'https://www.seattletimes.com/a/');
    const fake = fakePorts();
    const s = session(doc, fake.ports);
    await s.start();
    expect(s.current.kind).toBe('ready');
    await navigate(doc, s, '/next/');
    // The site swaps in its next article (another subject) and leaves the head, title and date meta as they were.
    const article = doc.querySelector('article')!;
    article.outerHTML = /<article[\s\S]*<\/article>/.exec(page('google-maven-article'))![0];
    await expect.poll(() => s.current.kind, { timeout: 5_000 }).not.toBe('checking');
    expect(s.current.kind).toBe('skipped');
    expect(marks(doc)).toBe(0);
  });

  it('leaves a page that navigates to another subject unmarked, without telling the background it skipped it', async () => {
    const doc = htmlDocument(page('motherboard-article'), 'https://motherboard.vice.com/a/');
    const fake = fakePorts();
    const s = session(doc, fake.ports);
    await s.start();
    expect(s.current.kind).toBe('ready');
    const other = htmlDocument(page('google-maven-article'));
    doc.title = other.title;
    doc.body.innerHTML = other.body.innerHTML;
    await navigate(doc, s, '/other/');
    expect(s.current).toEqual({ kind: 'skipped', reason: 'no-story' });
    expect(marks(doc)).toBe(0);
    expect(fake.types()).toEqual(['marks-painted', 'page-cleared']);
  });

  it('repaints on a setting change: the per-site switch removes the marks, "only here" adds quieter ones', async () => {
    const doc = htmlDocument(page('mashable-article'), 'https://mashable.com/a/');
    const fake = fakePorts();
    const s = session(doc, fake.ports);
    await s.start();
    const shown = marks(doc);
    expect(shown).toBeGreaterThan(0);
    fake.changeSettings({ ...DEFAULT_SETTINGS, hiddenSites: ['mashable.com'] });
    expect(marks(doc)).toBe(0);
    expect(s.status()).toMatchObject({ state: 'ready', marksShown: false, marked: 0 });
    expect(fake.notices.at(-1)).toEqual({ type: 'marks-painted', unanchored: null, marksShown: false });
    fake.changeSettings({ ...DEFAULT_SETTINGS, markUnique: true });
    expect(doc.querySelectorAll('triangulate-mark[data-relation="unique"]').length).toBeGreaterThan(0);
    expect(marks(doc)).toBeGreaterThan(shown);
  });

  it('records an error for the popup and leaves the page as it was', async () => {
    const doc = htmlDocument(page('seattletimes-article'), 'https://www.seattletimes.com/a/');
    const before = doc.body.innerHTML;
    const fake = fakePorts({ fail: new Error('the background went away') });
    const s = session(doc, fake.ports);
    await s.start();
    expect(s.current).toEqual({ kind: 'error', message: 'the background went away' });
    expect(doc.body.innerHTML).toBe(before);
    expect(fake.notices).toEqual([{ type: 'page-skipped', status: { state: 'error', message: 'the background went away' } }]);
  });

  it('removes every mark and ignores a late analysis when the extension goes away (its lifetime ends)', async () => {
    const doc = htmlDocument(page('seattletimes-article'), 'https://www.seattletimes.com/a/');
    const before = doc.body.innerHTML;
    const lifetime = new AbortController();
    const fake = fakePorts({ hold: true });
    const s = session(doc, fake.ports, lifetime.signal);
    const started = s.start();
    await sleep(0);
    lifetime.abort();
    fake.release();
    await started;
    expect(marks(doc)).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
    expect(fake.types()).toEqual([]);
  });
});

describe('ownHeadOf: what of an article belongs to the page after an in-site navigation', () => {
  const seen = (title: string, headlines: string[], date: string | null) => ({ text: title, title, headlines, date });
  it.each([
    ['a first page: everything is its own', seen('Dam vote set', ['Dam vote set | Herald'], '2020-01-02'), null, 'Dam vote set', '2020-01-02'],
    ['a head updated with the article: kept', seen('Ferry strike ends', ['Ferry strike ends | Herald'], '2020-01-03'), seen('Dam vote set', ['Dam vote set | Herald'], '2020-01-02'), 'Ferry strike ends', '2020-01-03'],
    ['the previous title and date: the new heading instead, no date', seen('Dam vote set', ['Dam vote set | Herald', 'Ferry strike ends'], '2020-01-02'), seen('Dam vote set', ['Dam vote set | Herald'], '2020-01-02'), 'Ferry strike ends', null],
    ['the previous title, no heading of its own: no title', seen('Dam vote set', [], null), seen('Dam vote set', [], '2020-01-02'), '', null],
  ] as const)('%s', (_what, article, stale, title, date) => {
    const own = ownHeadOf(article, stale);
    expect(own.title).toBe(title);
    expect(own.date).toBe(date);
    expect(own.headlines).not.toContain(title);
    if (stale) for (const old of [stale.title, ...stale.headlines]) expect(own.headlines).not.toContain(old);
  });
});
