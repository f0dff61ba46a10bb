/** How much page text the quick look reads at most: enough to recognize a story, bounded on huge pages. */
export const QUICK_TEXT_BUDGET = 100_000;

/**
 * The page's title and the beginning of its text, read in one native call, without layout and without touching
 * the DOM: the cheap first look the content script takes at every page. Inline script and style text comes
 * along (a site's embedded data may even name the story); at worst that costs one extraction, which then finds
 * no article.
 */
export function quickText(doc: Document, budget = QUICK_TEXT_BUDGET): string {
  const text = doc.body?.textContent ?? '';
  return `${doc.title ?? ''}\n${text.length > budget ? text.slice(0, budget) : text}`;
}

/** Length of the page's text without its scripts and styles: what a reader could see, read without layout. */
export function visibleTextLength(doc: Document): number {
  const body = doc.body;
  if (!body) return 0;
  let hidden = 0;
  for (const el of body.querySelectorAll('script, style, noscript, template')) hidden += el.textContent?.length ?? 0;
  return (body.textContent?.length ?? 0) - hidden;
}
