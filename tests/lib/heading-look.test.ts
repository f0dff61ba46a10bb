// The heading look: in a page whose title is only a site's name, the first heading alone is read; one that names a
// story brings in the first look, and a page with no heading yet is looked at again as it renders.
import { afterEach, describe, expect, it } from 'vitest';
import gate from 'virtual:triangulate/gate-check';
import { passesGate } from '../../lib/anchor-gate.ts';
import { headingLookIn } from '../../lib/heading-look.ts';
import { LATE_CONTENT_DEFAULTS } from '../../page/late-content.ts';
import { htmlDocument } from '../../scripts/html-document.ts';
import { judgeWith } from './judged-page.ts';

afterEach(() => {
  delete (globalThis as Record<string, unknown>)['__triangulateHeadingLook'];
});

function lookWith(html: string) {
  const doc = htmlDocument(html, 'https://news.example/');
  const calls: number[] = [];
  const control = headingLookIn(doc, { passes: (text) => passesGate(gate, text), namesStory: async () => void calls.push(1) });
  return { doc, control, calls };
}

describe('the heading look', () => {
  it('brings in the first look when the first heading names a story', () => {
    const { control, calls } = lookWith('<html><head><title>The Daily Ledger</title></head><body><h1>Microsoft employees protest ICE contract</h1><p>Text.</p></body></html>');
    expect(calls).toEqual([1]);
    expect(control.status().state).toBe('passed');
  });

  it('stops at a first heading that names nothing known, and reads no other part of the page', () => {
    const { control, calls } = lookWith('<html><head><title>The Daily Ledger</title></head><body><h1>Cup final goes to extra time</h1><p>Microsoft and ICE.</p></body></html>');
    expect(calls).toEqual([]);
    expect(control.status()).toEqual({ state: 'no-story', timings: { checks: 1 } });
  });

  it('reads the heading again when an app renders it late, and once per page however often it is put in', async () => {
    const { doc, control, calls } = lookWith('<html><head><title>Loading…</title></head><body><div id="app"></div></body></html>');
    expect(calls).toEqual([]);
    doc.getElementById('app')!.innerHTML = '<h1>Microsoft employees protest ICE contract</h1>';
    await new Promise((resolve) => setTimeout(resolve, LATE_CONTENT_DEFAULTS.debounceMs + 200));
    expect(calls).toEqual([1]);
    expect(headingLookIn(doc, { passes: () => true, namesStory: async () => void calls.push(2) })).toBe(control);
    expect(calls).toEqual([1]);
  });

  it('has the judge put the first look in for it', async () => {
    const { judge, firstLooks } = judgeWith();
    await judge.headingNamesStory(7);
    expect(firstLooks).toEqual([7]);
  });
});
