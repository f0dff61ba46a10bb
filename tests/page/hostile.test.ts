// Extraction on one generated hostile page of each kind (happy-dom, scripts off): no exception escapes, and the
// live document is never modified by extraction.
import { describe, expect, it } from 'vitest';
import { articleCandidate, extractArticle } from '../../page/extract.ts';
import { quickText, QUICK_TEXT_BUDGET } from '../../page/quick-text.ts';
import { htmlDocument } from '../../scripts/html-document.ts';
import { oneOfEachKind } from '../fixtures/hostile/generate.ts';

describe.each(oneOfEachKind().map((p) => [p.name, p] as const))('%s', (_name, page) => {
  it('is read and extracted without an exception and without changing the page', () => {
    const doc = htmlDocument(page.html);
    // Element count and text, not outerHTML: happy-dom's serializer recurses and cannot print the deepest pages.
    const snapshot = () => `${doc.getElementsByTagName('*').length}|${doc.body?.textContent ?? ''}`;
    const before = snapshot();
    expect(quickText(doc).text.length).toBeLessThanOrEqual(QUICK_TEXT_BUDGET + doc.title.length + 1);
    const candidate = articleCandidate(doc);
    if (candidate.ok) {
      const article = extractArticle(doc);
      if (page.story) expect(typeof article).toBe('object');
    } else {
      expect(page.story).toBe(false);
    }
    expect(snapshot()).toBe(before);
  });
});
