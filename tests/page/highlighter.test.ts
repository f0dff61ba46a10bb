// Marks wrap page text without changing it, and removing them restores the DOM exactly.
import { describe, expect, it } from 'vitest';
import { anchorText, anchorToRange, readPageText } from '../../page/anchor.ts';
import { createHighlights, highlightRange, MARK_TAG, removeHighlights } from '../../page/highlighter.ts';

const PAGE = `<article><p>In an open letter to <a href="/nadella" class="person">Satya Nadella</a>, employees said they were
<em>"dismayed"</em> to learn of the contract.</p><table><tr><td>Cell one.</td>
<td>Cell two.</td></tr></table><p>Another sentence stays unmarked.</p></article>`;

function setup() {
  document.body.innerHTML = PAGE;
  const before = document.body.innerHTML;
  const textNodes: Text[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) textNodes.push(n as Text);
  return { before, textNodes };
}

function mark(claims: string[]) {
  const page = readPageText(document.body);
  const highlights = createHighlights();
  const anchors = claims.map((c) => anchorText(page, c)!).sort((a, b) => b.start - a.start);
  for (const anchor of anchors) highlightRange(anchorToRange(page, anchor)!, { relation: 'conflict', claim: 0, label: 'x' }, highlights);
  return highlights;
}

describe('highlighter', () => {
  it('wraps a sentence split across elements without changing the text or the link', () => {
    const { before } = setup();
    const textBefore = document.body.textContent;
    const highlights = mark(['In an open letter to Satya Nadella, employees said they were "dismayed" to learn of the contract.']);
    expect(highlights.marks.length).toBeGreaterThanOrEqual(3);
    expect(document.body.textContent).toBe(textBefore);
    const link = document.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/nadella');
    expect(link.textContent).toBe('Satya Nadella');
    expect(link.querySelector(MARK_TAG)).not.toBeNull();
    expect(document.body.innerHTML).not.toBe(before);
  });

  it('leaves whitespace between table cells bare', () => {
    setup();
    const highlights = mark(['Cell one. Cell two.']);
    for (const m of highlights.marks) expect(m.textContent!.trim()).not.toBe('');
    expect(document.querySelector('tr')!.children.length).toBe(2);
  });

  it('gives only the first piece of a claim a keyboard stop', () => {
    setup();
    const highlights = mark(['In an open letter to Satya Nadella, employees said they were "dismayed" to learn of the contract.']);
    expect(highlights.marks.filter((m) => m.tabIndex === 0)).toHaveLength(1);
    expect(highlights.marks[0]!.getAttribute('aria-label')).toBe('x');
  });

  it('restores the DOM exactly, keeping the page\'s own text nodes', () => {
    const { before, textNodes } = setup();
    const highlights = mark(['In an open letter to Satya Nadella, employees said they were "dismayed" to learn of the contract.', 'Cell one. Cell two.']);
    removeHighlights(highlights);
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(0);
    const after: Text[] = [];
    const walker = document.createTreeWalker(document.body, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) after.push(n as Text);
    expect(after).toHaveLength(textNodes.length);
    after.forEach((node, i) => expect(node).toBe(textNodes[i]));
  });
});

describe('highlighter around elements whose text is not page text', () => {
  it('never puts a mark inside <style>, <script> or <textarea>', () => {
    document.body.innerHTML = '<p>Start of it <style>.x{color:red}</style><script>var a=1;</script><textarea>t</textarea> and the end.</p>';
    const before = document.body.innerHTML;
    const range = document.createRange();
    range.setStart(document.querySelector('p')!.firstChild!, 0);
    range.setEnd(document.querySelector('p')!.lastChild!, 12);
    const highlights = createHighlights();
    highlightRange(range, { relation: 'agree', claim: 0, label: 'x' }, highlights);
    expect(highlights.marks.length).toBe(2);
    expect(document.querySelector(`style ${MARK_TAG}, script ${MARK_TAG}, textarea ${MARK_TAG}`)).toBeNull();
    removeHighlights(highlights);
    expect(document.body.innerHTML).toBe(before);
  });
});
