// The quick look every page gets: bounded text, without code, data or the site's navigation.
import { describe, expect, it } from 'vitest';
import { QUICK_TEXT_BUDGET, quickText, showsLittleText } from '../../page/quick-text.ts';

describe('quick look', () => {
  it('reads the title and at most the budget of body text', () => {
    document.title = 'Title';
    document.body.innerHTML = `<p>${'x'.repeat(500)}</p><p>${'y'.repeat(500)}</p>`;
    const look = quickText(document, 100);
    expect(look.text).toBe(`Title\n${'x'.repeat(100)}`);
    expect(look.shown).toBe(100);
  });

  it('stops at the budget across many text nodes', () => {
    document.body.innerHTML = '<p>abcdefghij</p>'.repeat(50);
    const look = quickText(document, 95);
    expect(look.shown).toBe(95);
    expect(look.text.replace(/^[^\n]*\n/, '')).toHaveLength(95);
  });

  it.each([
    ['inline scripts and JSON data', '<script>var microsoft = "ice";</script><script type="application/ld+json">{"a":"ice"}</script>'],
    ['styles, noscript and templates', '<style>.ice{}</style><noscript>ice</noscript><template><p>ice</p></template>'],
    ['the site navigation, header, footer and sidebars', '<header>Microsoft</header><nav><a>ICE</a></nav><aside>ice</aside><footer>ice</footer>'],
    ['navigation by ARIA role', '<div role="navigation"><a>ICE</a></div><div role="banner">Microsoft</div><ul role="menu"><li>ice</li></ul>'],
  ])('leaves out %s', (_label, furniture) => {
    document.title = '';
    document.body.innerHTML = `${furniture}<main><p>Workers at the plant walked out.</p></main>`;
    const look = quickText(document);
    expect(look.text).not.toMatch(/ice|microsoft/i);
    expect(look.text).toContain('Workers at the plant walked out.');
  });

  it('keeps words of neighbouring blocks apart', () => {
    document.body.innerHTML = '<h1>Letter</h1><p>Microsoft</p>';
    expect(quickText(document).text).toMatch(/Letter\s+Microsoft/);
  });

  it('reads no more than the budget of a 2 MB page', () => {
    document.body.innerHTML = `<script>${'d'.repeat(2_000_000)}</script>${'<p>word word word</p>'.repeat(8_000)}`;
    const look = quickText(document);
    expect(look.shown).toBe(QUICK_TEXT_BUDGET);
  });

  it.each([
    ['a loading screen whose text is mostly an inline script', true, `<p>Loading…</p><script>var data = "${'d'.repeat(5000)}";</script>`],
    ['a page with a long article', false, `<p>${'word '.repeat(1000)}</p>`],
    ['an empty body', true, ''],
  ])('%s: little text is %s', (_label, little, html) => {
    document.body.innerHTML = html;
    expect(showsLittleText(quickText(document), 2000)).toBe(little);
  });
});
