// The first look, the only script in a page not yet known to be about a story, and the background's judge of what
// it shows: the full script goes only into pages that may be about a story, after reading no more than asked for.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLookIn } from '../../../entrypoints/look/first-look.ts';
import { markSessionIn } from '../../../lib/handoff.ts';
import { LATE_CONTENT_DEFAULTS } from '../../../page/late-content.ts';
import { htmlDocument } from '../../../scripts/html-document.ts';
import { judgedPage, settled } from '../../lib/judged-page.ts';
import { LEAD_CHARS } from '../../../page/quick-text.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const page = (slug: string) => htmlDocument(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), `https://example.com/${slug}/`);
const story = page('seattletimes-article');
const paragraphs = [...story.querySelectorAll('article p')].map((p) => p.outerHTML).join('');
const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} of a long report on a city budget, with its parks, libraries and bus routes discussed at length by the council.</p>`).join('');

afterEach(() => {
  const store = globalThis as Record<string, unknown>;
  delete store['__triangulateSession'];
  delete store['__triangulateFirstLook'];
  delete store['__triangulateHandoff'];
});

describe('the first look and the judge', () => {
  it.each(['seattletimes-article', 'mashable-article', 'motherboard-article', 'nadella-memo-article'])('bring the full script into %s once, and the page answers no more', async (slug) => {
    const doc = page(slug);
    const { look, sessions, answers } = await judgedPage(doc);
    look.again();
    look.again();
    await settled();
    expect(sessions).toEqual([1]);
    expect(answers.at(-1)).toBe('pass');
    expect(look.status()).toBeUndefined();
    expect(look.again()).toBe(false);
  });

  it.each(['google-maven-article', 'microsoft-github-article', 'non-article-page'])('leave %s alone, changed in nothing, and say "no story"', async (slug) => {
    const doc = page(slug);
    const before = doc.documentElement.outerHTML;
    const { look, sessions } = await judgedPage(doc);
    look.again();
    await settled();
    expect(sessions).toEqual([]);
    expect(look.status()).toMatchObject({ state: 'no-story', timings: { checks: 1 } });
    expect(doc.documentElement.outerHTML).toBe(before);
    look.stop();
  });

  it('answer "no" at once to a head that names no actor of any story (the background puts no look in such a page)', async () => {
    const doc = htmlDocument(`<html><head><title>Weekend reads from our newsroom</title></head><body><article><h1>Microsoft staff protest</h1>${paragraphs}</article></body></html>`, 'https://example.com/2018/06/weekend-reads');
    const { look, sent, answers, sessions } = await judgedPage(doc);
    look.again();
    await settled();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.head).not.toMatch(/Microsoft|Nadella|petition/);
    expect(answers).toEqual(['no']);
    expect(sessions).toEqual([]);
    expect(look.status()).toMatchObject({ state: 'no-story' });
  });

  it.each([
    ['its title', '<title>Microsoft staff protest immigration contract</title>', '/news/1', ''],
    ['its first heading, under a title that is only the site\'s name', '<title>The Daily Ledger</title>', '/news/2', '<h1>Microsoft employees ask Nadella to drop the ICE contract</h1>'],
    ['its address', '<title>Weekend reads from our newsroom</title>', '/2018/06/19/microsoft-employees-ice-contract', ''],
  ])('read the lead of a story page that names its actors in %s, and pass it', async (_where, head, path, heading) => {
    const doc = htmlDocument(`<html><head>${head}</head><body><article>${heading}${paragraphs}</article></body></html>`, `https://example.com${path}`);
    const { look, sent, sessions } = await judgedPage(doc);
    look.again();
    await settled();
    // The lead goes with the first message: the head passed the background's gate before the look went in.
    expect(sent[0]!.text).toContain('Nadella');
    expect(sessions).toEqual([1]);
  });

  it(`read no further than ${LEAD_CHARS.toLocaleString('en')} characters of prose that name no actor of any story`, async () => {
    // The address names an actor; the lead does not.
    const doc = htmlDocument(`<html><head><title>City budget</title></head><body><article>${filler}${paragraphs}</article></body></html>`, 'https://example.com/2018/microsoft-city-budget');
    const { look, sent, sessions, answers } = await judgedPage(doc);
    look.again();
    await settled();
    expect(answers).toEqual(['no']);
    expect(sent[0]!.text!.length).toBeLessThanOrEqual(LEAD_CHARS + 'City budget\n'.length);
    expect(sessions).toEqual([]);
  });

  it('hand the full script what the look measured', async () => {
    const { look } = await judgedPage(page('seattletimes-article'));
    look.again();
    await settled();
    const handoff = (globalThis as unknown as Record<string, { timings: { quickLook?: number } } | undefined>)['__triangulateHandoff'];
    expect(handoff?.timings.quickLook).toBeGreaterThanOrEqual(0);
  });

  it('look again when an app renders its article under a title that is only the site\'s name', async () => {
    const doc = htmlDocument('<html><head><title>The Daily Ledger</title></head><body><main></main></body></html>', 'https://example.com/app');
    const { look, sessions } = await judgedPage(doc);
    look.again();
    await settled();
    expect(look.status()).toMatchObject({ state: 'no-story' });
    doc.querySelector('main')!.innerHTML = story.querySelector('article')!.innerHTML;
    await new Promise((resolve) => setTimeout(resolve, LATE_CONTENT_DEFAULTS.debounceMs + 300));
    await settled();
    expect(sessions).toEqual([1]);
  });

  it('ask the background again when it could not answer (a service worker stopped under the look)', async () => {
    const doc = page('seattletimes-article');
    const { judge, sessions } = await judgedPage(doc);
    let failures = 1;
    const look = firstLookIn(doc, {
      send: (shown) => (failures-- > 0 ? Promise.reject(new Error('The message port closed before a response was received.')) : judge.judge(shown, 1, 0)),
    });
    await settled();
    expect(sessions).toEqual([1]);
    expect(look.status()).toBeUndefined();
  });

  it('leave a page the full script already holds to it, and look once per page however often injected', async () => {
    const doc = page('seattletimes-article');
    const sends: unknown[] = [];
    const ports = { send: async () => (sends.push(1), 'no' as const) };
    const first = firstLookIn(doc, ports);
    expect(firstLookIn(doc, ports)).toBe(first);
    await settled();
    expect(sends).toHaveLength(2);
    markSessionIn();
    expect(first.again()).toBe(false);
    expect(first.status()).toBeUndefined();
  });
});
