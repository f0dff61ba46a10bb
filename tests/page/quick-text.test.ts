// The quick look every page gets: bounded text, and "little text" judged without the page's scripts.
import { describe, expect, it } from 'vitest';
import { quickText, showsLittleText } from '../../page/quick-text.ts';

describe('quick look', () => {
  it('reads the title and at most the budget of body text, and measures the whole body', () => {
    document.title = 'Title';
    document.body.innerHTML = `<p>${'x'.repeat(500)}</p>`;
    const look = quickText(document, 100);
    expect(look.text).toBe(`Title\n${'x'.repeat(100)}`);
    expect(look.bodyLength).toBe(500);
  });

  it.each([
    ['a loading screen whose text is mostly an inline script', `<p>Loading…</p><script>var data = "${'d'.repeat(5000)}";</script>`, true],
    ['a page with a long article', `<p>${'word '.repeat(1000)}</p>`, false],
    ['an empty body', '', true],
  ])('%s', (_label, html, little) => {
    document.body.innerHTML = html;
    expect(showsLittleText(document, 2000)).toBe(little);
    expect(showsLittleText(document, 2000, quickText(document).bodyLength)).toBe(little);
  });
});
