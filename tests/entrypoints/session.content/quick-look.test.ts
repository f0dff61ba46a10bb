// The quick look inside the full content script (after an in-site navigation, a refresh): the head first, then the
// lead, then the scoring. The first look in a page and the background's judge: tests/entrypoints/look/first-look.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LEAD_CHARS as QUICK_SAMPLE_CHARS } from '../../../page/quick-text.ts';
import { lookAt } from '../../../entrypoints/session.content/quick-look.ts';
import { titleIsOnlySiteName, titleIsSiteName } from '../../../page/quick-text.ts';
import { htmlDocument } from '../../../scripts/html-document.ts';

const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const page = (slug: string) => htmlDocument(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), `https://example.com/${slug}/`);

describe('the quick look', () => {
  it('passes on a report of one quoted person\u2019s words: its head names the person, its text only the company', () => {
    const look = lookAt(page('nadella-memo-article'));
    expect(look.headOnly).toBe(false);
    expect(look.found).toBe(true);
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

describe('titleIsOnlySiteName', () => {
  it.each([
    ['', 'app.example', true],
    ['Loading…', 'app.example', true],
    ['The Seattle Times', 'www.seattletimes.com', true],
    ['BBC News', 'www.bbc.co.uk', true],
    ['Mozilla - Wikipedia', 'en.wikipedia.org', true],
    ['AP News', 'apnews.com', true],
    // Short titles that name no part of the address are headlines of few words, not a site's name.
    ['The Seattle Times', '127.0.0.1', false],
    ['Quake jolts Palu', 'news.example', false],
    ['Microsoft staff protest immigration contract', 'www.microsoft-news.example', false],
  ])('%s at %s → %s', (title, host, siteName) => {
    expect(titleIsOnlySiteName(title, host)).toBe(siteName);
  });
});
