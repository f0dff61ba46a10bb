// Covers page/page-date.ts: a page's publication day from the ways news sites state it.
import { describe, expect, it } from 'vitest';
import { isoDay, pageDate } from '../../page/page-date.ts';

function page(head: string, body = '<article><p>Text.</p></article>'): Document {
  const doc = document.implementation.createHTMLDocument('t');
  doc.head.innerHTML = head;
  doc.body.innerHTML = body;
  return doc;
}

describe('pageDate', () => {
  it.each([
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2018-06-19T10:02:00-07:00"}</script>', '2018-06-19'],
    ['JSON-LD graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"Article","datePublished":"2019-11-20"}]}</script>', '2019-11-20'],
    ['Open Graph article time', '<meta property="article:published_time" content="2018-06-18T21:40:00Z">', '2018-06-18'],
    ['itemprop', '<meta itemprop="datePublished" content="2018-06-20">', '2018-06-20'],
    ['parsely', '<meta name="parsely-pub-date" content="2026-02-11T12:00:00Z">', '2026-02-11'],
    ['a plain date meta', '<meta name="date" content="June 18, 2018">', '2018-06-18'],
  ])('reads %s', (_what, head, day) => {
    expect(pageDate(page(head))).toBe(day);
  });

  it('reads a <time datetime> in the article', () => {
    expect(pageDate(page('', '<article><time datetime="2018-06-19T08:00">June 19</time><p>Text.</p></article>'))).toBe('2018-06-19');
  });

  it("prefers Readability's reading of the metadata", () => {
    expect(pageDate(page('<meta name="date" content="2020-01-01">'), '2018-06-18T00:00:00Z')).toBe('2018-06-18');
  });

  it('says nothing when the page does not', () => {
    expect(pageDate(page('<meta name="date" content="yesterday">', '<p>No dates here, only 19.4 million.</p>'))).toBeNull();
  });

  it('isoDay leaves text without a year alone', () => {
    expect(isoDay('Tuesday')).toBeNull();
    expect(isoDay(undefined)).toBeNull();
  });
});
