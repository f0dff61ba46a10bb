// Extraction on one generated hostile page of each kind (happy-dom, scripts off): no exception escapes, and the
// live document is never modified by extraction. happy-dom builds an element in tens of microseconds, so the
// many-nodes page and the element limit are both scaled down tenfold here (the same branch, a tenth of the
// work); the browser tests load the full-size page against the real limit.
import { describe, expect, it } from 'vitest';
import { articleCandidate, extractArticle, MAX_ELEMENTS } from '../../page/extract.ts';
import { quickText, QUICK_TEXT_BUDGET } from '../../page/quick-text.ts';
import { htmlDocument } from '../../scripts/html-document.ts';
import { oneOfEachKind } from '../fixtures/hostile/generate.ts';

const SCALE = 0.1;

describe.each(oneOfEachKind(SCALE).map((p) => [p.name, p] as const))('%s', (name, page) => {
  it('is read and extracted without an exception and without changing the page', () => {
    const doc = htmlDocument(page.html);
    // Element count and text, not outerHTML: happy-dom's serializer recurses and cannot print the deepest pages.
    const snapshot = () => `${doc.getElementsByTagName('*').length}|${doc.body?.textContent ?? ''}`;
    const before = snapshot();
    expect(quickText(doc).text.length).toBeLessThanOrEqual(QUICK_TEXT_BUDGET + doc.title.length + 1);
    const candidate = articleCandidate(doc, MAX_ELEMENTS * SCALE);
    if (name.startsWith('many-nodes')) expect(candidate).toMatchObject({ ok: false, reason: 'too-large' });
    if (candidate.ok) {
      const article = extractArticle(doc);
      if (page.story) expect(typeof article).toBe('object');
    } else {
      expect(page.story).toBe(false);
    }
    expect(snapshot()).toBe(before);
  });
});
