import { SKIPPED_ELEMENTS } from './block-text.ts';

/** How much page text the quick look reads at most: enough to recognize a story, bounded on huge pages. */
export const QUICK_TEXT_BUDGET = 60_000;

/**
 * The page's title and the first part of its visible-ish text, read without layout and without touching the
 * DOM: the cheap first look the content script takes at every page.
 */
export function quickText(doc: Document, budget = QUICK_TEXT_BUDGET): string {
  const body = doc.body;
  if (!body) return doc.title ?? '';
  const parts: string[] = [doc.title ?? ''];
  let length = parts[0]!.length;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node && length < budget; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIPPED_ELEMENTS.has(parent.tagName.toUpperCase())) continue;
    const data = (node as Text).data;
    parts.push(data);
    length += data.length + 1;
  }
  return parts.join(' ');
}
