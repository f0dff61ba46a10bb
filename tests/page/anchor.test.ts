// Anchoring claims in a live page: exact after normalization, fuzzy on small differences, never a wrong place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../core/claims/extract.ts';
import { normalizeForCompare } from '../../core/text/normalize.ts';
import { anchorText, anchorToRange, readPageText } from '../../page/anchor.ts';
import { extractArticle } from '../../page/extract.ts';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');

function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype[^>]*>/i, '').replace(/<\/?html[^>]*>/gi, '');
  return document;
}

function anchoredText(doc: Document, claim: string): string | null {
  const page = readPageText(doc.body);
  const anchor = anchorText(page, claim);
  if (!anchor) return null;
  return anchorToRange(page, anchor)?.toString() ?? null;
}

describe('anchoring a claim in the page', () => {
  it.each([
    ['a sentence split across a link, emphasis and a span', '<p>In an open letter to <a href="/n">Satya <em>Nadella</em></a>, <span class="x">employees said</span> no.</p>', 'In an open letter to Satya Nadella, employees said no.'],
    ['typographic quotes in the claim, straight quotes on the page', '<p>"We refuse," the letter reads.</p>', '\u201CWe refuse,\u201D the letter reads.'],
    ['non-breaking spaces on the page', '<p>a $19.4&nbsp;million contract with ICE</p>', 'a $19.4 million contract with ICE'],
    ['a line break inside the paragraph', '<p>First sentence here.<br>Second sentence is this one.</p>', 'Second sentence is this one.'],
    ['zero-width and soft hyphen characters on the page', '<p>Micro\u00ADsoft employees\u200B signed it.</p>', 'Microsoft employees signed it.'],
  ])('%s', (_label, html, claim) => {
    const text = anchoredText(load(`<body>${html}</body>`), claim);
    expect(text).not.toBeNull();
    expect(normalizeForCompare(text!)).toBe(normalizeForCompare(claim).replace(/\u00AD/g, ''));
  });

  it('finds a sentence with a small wording difference approximately', () => {
    const doc = load('<body><p>Intro text that is not the claim at all.</p><p>The employee letter gained more than 150 signatures in about six hours.</p></body>');
    const page = readPageText(doc.body);
    const anchor = anchorText(page, 'The employee letter gained more than 150 signatures in about five hours.');
    expect(anchor).not.toBeNull();
    expect(anchor!.errors).toBeGreaterThan(0);
    expect(anchorToRange(page, anchor!)!.toString()).toContain('gained more than 150 signatures');
  });

  it('gives up rather than anchor a sentence the page does not have', () => {
    const doc = load('<body><p>Microsoft employees are asking the company to cancel a contract.</p></body>');
    expect(anchoredText(doc, 'Google employees protested the Pentagon drone program on Monday.')).toBeNull();
  });

  it('prefers the occurrence after the previous claim', () => {
    const doc = load('<body><p>Same sentence here.</p><p>Other.</p><p>Same sentence here.</p></body>');
    const page = readPageText(doc.body);
    const first = anchorText(page, 'Same sentence here.')!;
    const second = anchorText(page, 'Same sentence here.', first.end)!;
    expect(second.start).toBeGreaterThan(first.start);
  });
});

describe.each(['seattletimes-article', 'motherboard-article', 'mashable-article'])('every claim of %s', (slug) => {
  it('anchors in the live page at text equal to the claim', () => {
    const doc = load(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'));
    const article = extractArticle(doc);
    expect(typeof article).toBe('object');
    const { claims } = extractClaims((article as { text: string }).text);
    expect(claims.length).toBeGreaterThan(10);
    const page = readPageText(doc.body);
    let hint = 0;
    let anchored = 0;
    for (const claim of claims) {
      const anchor = anchorText(page, claim.text, hint);
      if (!anchor) continue;
      anchored++;
      hint = anchor.end;
      const text = anchorToRange(page, anchor)!.toString();
      expect(normalizeForCompare(text)).toBe(normalizeForCompare(claim.text));
    }
    expect(anchored).toBe(claims.length);
  });
});
