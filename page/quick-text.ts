/** How much page text the quick look reads at most: enough to recognize a story, bounded on huge pages. */
export const QUICK_TEXT_BUDGET = 100_000;

/**
 * The page's title and the beginning of its text, read in one native call, without layout and without touching
 * the DOM: the cheap first look the content script takes at every page. Script and style text comes along; it
 * can only make a page look less like a story, never more.
 */
export function quickText(doc: Document, budget = QUICK_TEXT_BUDGET): string {
  const text = doc.body?.textContent ?? '';
  return `${doc.title ?? ''}\n${text.length > budget ? text.slice(0, budget) : text}`;
}
