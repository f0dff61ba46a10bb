/** How much page text the quick look reads at most: enough to recognize a story, bounded on huge pages. */
export const QUICK_TEXT_BUDGET = 100_000;

/**
 * Characters of a page's visible prose (after its title) in which a report of a story names one of its actors.
 * News is written lead first: every report in the development set (24 of the bundled story by other outlets, 5 of
 * a second story) names one of its key names in its headline or its first 500 characters. A page whose title and first
 * 4,000 characters name none is not read further.
 */
export const LEAD_CHARS = 4_000;
/** Pages with less text than this may still be rendering their article; they are watched for a while. */
export const SMALL_PAGE_CHARS = 2_000;

/**
 * Elements whose text is not what a reader reads there: code and data (an inline JSON blob reached 1.1 MB on one
 * real page), and the site's own furniture, whose links to other stories would make every page of a site that
 * covers a story look like it. ARIA roles mark the same furniture on sites built of <div>s.
 */
const SKIPPED = [
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'select', 'textarea', 'nav', 'header', 'footer', 'aside',
  ...['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar'].map((role) => `[role="${role}"]`),
].join(',');

/** The quick look's reading of a page. */
export interface QuickLook {
  /** The page's title, a line break, then the text read. */
  readonly text: string;
  /** Characters of body text read, with the spaces joining them (at most the budget). */
  readonly shown: number;
}

/** Where a page's prose is. */
const PROSE = 'h1, h2, h3, p';
/** Characters of prose from which the paragraphs alone are read: enough to recognize a story. */
export const PROSE_ENOUGH = 1_500;

/** Elements visited at most: a page of 60,000 elements costs no more than a long article (whose text sits in far fewer). */
export const QUICK_ELEMENT_BUDGET = 2_000;

/** Tags and roles of SKIPPED, for the cheap per-element test. */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'NAV', 'HEADER', 'FOOTER', 'ASIDE']);
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar']);

/**
 * The page's title and the beginning of the text a reader sees, read without layout and without touching the
 * DOM: the cheap first look the content script takes at every page. A subtree with nothing to leave out is read
 * with one native `textContent`; only the elements that contain code, data or navigation are looked into, so the
 * script itself visits a handful of nodes on most pages (walking every node from a content script costs far more).
 * Stops at the budget, so a huge page costs no more than a large one.
 */
export function quickText(doc: Document, budget = QUICK_TEXT_BUDGET, elementBudget = QUICK_ELEMENT_BUDGET): QuickLook {
  const parts: string[] = [];
  let shown = 0;
  const add = (data: string) => {
    if (data.length === 0) return;
    // The space that joins this part to the previous one counts against the budget too.
    if (parts.length > 0) shown++;
    parts.push(shown + data.length > budget ? data.slice(0, Math.max(0, budget - shown)) : data);
    shown += data.length;
  };
  // Most pages hold their prose in paragraphs and headings: read those natively first. A page whose paragraphs
  // hold little (an app, a page of <div>s) is walked below.
  for (const block of doc.body?.querySelectorAll(PROSE) ?? []) {
    if (shown >= budget) break;
    if (block.closest(SKIPPED) === null) add(block.textContent ?? '');
  }
  if (shown >= PROSE_ENOUGH) return { text: `${doc.title ?? ''}\n${parts.join(' ')}`, shown: Math.min(shown, budget) };
  parts.length = 0;
  shown = 0;
  let visits = 0;
  // Depth first, in document order, with an explicit stack: hostile pages nest thousands of levels deep.
  const stack: Array<Node | null> = [doc.body?.firstChild ?? null];
  while (stack.length > 0 && shown < budget && visits < elementBudget) {
    const node = stack.pop();
    if (!node) continue;
    stack.push(node.nextSibling);
    if (node.nodeType === 3) add((node as Text).data);
    else if (node.nodeType === 1 && !isSkipped(node as Element)) {
      visits++;
      if ((node as Element).querySelector(SKIPPED) === null) add(node.textContent ?? '');
      else stack.push(node.firstChild);
    }
  }
  // Parts are joined with a space: blocks often sit side by side with no space between their texts.
  return { text: `${doc.title ?? ''}\n${parts.join(' ')}`, shown: Math.min(shown, budget) };
}

function isSkipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role);
}

/** Whether the page shows less than `limit` characters of text (by its quick look): it may still be rendering. */
export function showsLittleText(look: QuickLook, limit: number): boolean {
  return look.shown < limit;
}

export { firstHeading, headOf, headText, titleIsOnlySiteName, titleIsSiteName } from './page-head.ts';
