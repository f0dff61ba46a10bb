/** How much page text the quick look reads at most: enough to recognize a story, bounded on huge pages. */
export const QUICK_TEXT_BUDGET = 100_000;

/**
 * The page's title and the beginning of its text, read in one native call, without layout and without touching
 * the DOM: the cheap first look the content script takes at every page. Inline script and style text comes
 * along (a site's embedded data may even name the story); at worst that costs one extraction, which then finds
 * no article.
 */
export function quickText(doc: Document, budget = QUICK_TEXT_BUDGET): { text: string; bodyLength: number } {
  const text = doc.body?.textContent ?? '';
  return { text: `${doc.title ?? ''}\n${text.length > budget ? text.slice(0, budget) : text}`, bodyLength: text.length };
}

/**
 * Whether the page shows less than `limit` characters of text (its scripts and styles left out), read without
 * layout. Reads the body's text only when the quick look has not already measured it (`bodyLength`).
 */
export function showsLittleText(doc: Document, limit: number, bodyLength = doc.body?.textContent?.length ?? 0): boolean {
  const body = doc.body;
  if (!body || bodyLength < limit) return true;
  let hidden = 0;
  for (const el of body.querySelectorAll('script, style, noscript, template')) hidden += el.textContent?.length ?? 0;
  return bodyLength - hidden < limit;
}
