import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { isChecked } from '../../shared/claim-counts.ts';
import type { TabRecord } from '../../shared/tab-record.ts';

/**
 * Runs in the page before any of its scripts: keeps a copy of the DOM as served and counts every DOM mutation
 * made after the load event, so tests can prove the extension changed nothing.
 */
export const MUTATION_PROBE = `
  window.__probe = { mutations: 0, served: null };
  document.addEventListener('DOMContentLoaded', () => {
    window.__probe.served = document.documentElement.outerHTML;
  });
  window.addEventListener('load', () => {
    new MutationObserver((records) => { window.__probe.mutations += records.length; })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
`;

/** What the probe saw. */
export async function probe(page: Page): Promise<{ mutations: number; served: string | null; now: string }> {
  return page.evaluate(() => {
    const p = (window as unknown as { __probe: { mutations: number; served: string | null } }).__probe;
    return { mutations: p.mutations, served: p.served, now: document.documentElement.outerHTML };
  });
}

/** Waits until the content script has painted marks (or the timeout passes). */
export async function waitForMarks(page: Page, timeout = 15_000): Promise<number> {
  await page.waitForSelector('triangulate-mark', { timeout, state: 'attached' });
  // Marks are painted in one pass; give it a moment to finish.
  await page.waitForTimeout(200);
  return page.locator('triangulate-mark').count();
}

/** Normalizes text the way the comparison does (quotes, spaces) for comparing marks with claims. */
export function loose(text: string): string {
  return text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Calls `read` until it returns a value other than null/undefined, or throws after `timeout`. */
export async function eventually<T>(read: () => Promise<T | null | undefined>, timeout = 10_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out waiting for a value');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How a test reads what the extension did with one page, in either browser. */
export interface PageReader {
  /** Resolves once the background has judged every page opened so far (ExtensionBrowser.judged, FirefoxExtension.judged). */
  judged(): Promise<void>;
  /** Which of the extension's scripts are in the page. */
  scripts(): Promise<readonly string[]>;
  /** The page's status (the full script's, else the first look's), or null. */
  status(): Promise<{ readonly state: string } | null>;
}

/** Statuses of a page whose scripts have not decided yet. */
const UNDECIDED = new Set(['checking', 'analyzing']);

/**
 * Waits until the extension is done with a page: judged by the background, and then either no script of the
 * extension in it ('no script') or a status past checking and analyzing (returned). Every check that something
 * did not happen comes after this, never after a fixed sleep: a sleep passes when the script has not run yet.
 */
export async function settledState(reader: PageReader, timeout = 20_000): Promise<string> {
  await reader.judged();
  return eventually(async () => {
    if ((await reader.scripts()).length === 0) return 'no script';
    const status = await reader.status();
    return status && !UNDECIDED.has(status.state) ? status.state : null;
  }, timeout);
}

/** A claim's marks on the page, joined: their text, relation and whether they all sit inside <article>. */
export interface MarkedText {
  readonly text: string;
  readonly relation: string;
  readonly inArticle: boolean;
}

/**
 * Asserts that the marks on a page are exactly the claims another outlet confirms or contradicts (the default:
 * no related or only-here marks) that could be anchored, each with the claim's text and relation, inside the
 * article (both browsers' tests use it).
 */
export function expectMarksMatchAnalysis(marked: ReadonlyMap<number, MarkedText>, record: TabRecord): void {
  const expected = record.result.claims.map((c, i) => ({ c, i })).filter(({ c, i }) => isChecked(c.status) && !record.unanchored!.includes(i));
  expect(marked.size).toBeGreaterThanOrEqual(3);
  expect([...marked.keys()].sort((a, b) => a - b)).toEqual(expected.map(({ i }) => i));
  for (const { c, i } of expected) {
    const mark = marked.get(i)!;
    expect(loose(mark.text)).toBe(loose(c.text));
    expect(mark.relation).toBe(c.status);
    expect(mark.inArticle).toBe(true);
  }
}
