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

  it('keeps words of neighbouring blocks apart where it looks into the page', () => {
    document.body.innerHTML = '<h1>Letter</h1><p>Microsoft</p><div><script>x</script><p>Workers</p><p>walked</p></div>';
    expect(quickText(document).text).toMatch(/Letter\s+Microsoft\s+Workers\s+walked/);
  });

  it('finds the article inside wrappers that also hold the navigation', () => {
    document.body.innerHTML = `<div><div><nav>ICE Microsoft</nav><div><p>${'Workers walked out. '.repeat(10)}</p></div></div></div>`;
    const look = quickText(document);
    expect(look.text).toContain('Workers walked out.');
    expect(look.text).not.toMatch(/ice|microsoft/i);
  });

  it('reads a page of paragraphs from its paragraphs and headings, leaving scripts and navigation out', () => {
    document.title = '';
    const prose = 'Council members voted to extend the bridge repair contract for two more years. '.repeat(25);
    document.body.innerHTML = `<nav><p>ICE Microsoft</p></nav><script>${'var microsoft = 1;'.repeat(5_000)}</script><h1>Bridge vote</h1><div><p>${prose}</p></div>`;
    const look = quickText(document);
    expect(look.text).toMatch(/Bridge vote Council members voted/);
    expect(look.text).not.toMatch(/ice|microsoft/i);
  });

  it('walks a page whose paragraphs hold too little prose (an app of <div>s)', () => {
    document.title = '';
    document.body.innerHTML = `<p>Menu</p><div>${'Workers at the plant walked out on Monday. '.repeat(10)}</div>`;
    expect(quickText(document).text).toContain('Workers at the plant walked out on Monday.');
  });

  it('visits a bounded number of elements on a page of nested wrappers', () => {
    document.body.innerHTML = `${'<div><script>1</script>'.repeat(300)}<p>deep</p>${'</div>'.repeat(300)}`;
    expect(quickText(document, 1_000, 100).text).not.toContain('deep');
    expect(quickText(document, 1_000, 1_000).text).toContain('deep');
  });

  it('reads no more than the budget of a 2 MB page', () => {
    document.body.innerHTML = `<script>${'d'.repeat(2_000_000)}</script><div>${'<p>word word word</p>'.repeat(8_000)}</div>`;
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
