/** How much page text the quick look reads at most: enough to recognize a story, bounded on huge pages. */
export const QUICK_TEXT_BUDGET = 100_000;

/**
 * Elements whose text is not what a reader reads there: code and data (an inline JSON blob reached 1.1 MB on one
 * real page), and the site's own furniture, whose links to other stories would make every page of a site that
 * covers a story look like it.
 */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'IFRAME', 'OBJECT', 'SELECT', 'TEXTAREA', 'NAV', 'HEADER', 'FOOTER', 'ASIDE']);
/** ARIA roles of the same furniture, for sites built of <div>s. */
const SKIPPED_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar']);

/** The quick look's reading of a page. */
export interface QuickLook {
  /** The page's title, a line break, then the text read. */
  readonly text: string;
  /** Characters of body text read, with the spaces joining them (at most the budget). */
  readonly shown: number;
}

/**
 * The page's title and the beginning of the text a reader sees, read without layout and without touching the
 * DOM: the cheap first look the content script takes at every page. Walks text nodes, leaves out code, data and
 * navigation, and stops at the budget, so a huge page costs no more than a large one.
 */
export function quickText(doc: Document, budget = QUICK_TEXT_BUDGET): QuickLook {
  const body = doc.body;
  const parts: string[] = [];
  let shown = 0;
  if (body) {
    const walker = doc.createTreeWalker(body, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, { acceptNode: accept });
    for (let node = walker.nextNode(); node && shown < budget; node = walker.nextNode()) {
      // The space that joins this part to the previous one counts against the budget too.
      if (parts.length > 0) shown++;
      const data = (node as Text).data;
      parts.push(shown + data.length > budget ? data.slice(0, Math.max(0, budget - shown)) : data);
      shown += data.length;
    }
  }
  // Text nodes are joined with a space: blocks often sit side by side with no space between their texts.
  const text = parts.join(' ');
  return { text: `${doc.title ?? ''}\n${text}`, shown: Math.min(shown, budget) };
}

function accept(node: Node): number {
  if (node.nodeType === 3) return 1; // FILTER_ACCEPT
  const el = node as Element;
  if (SKIPPED_TAGS.has(el.tagName)) return 2; // FILTER_REJECT: not its subtree either
  const role = el.getAttribute('role');
  return role !== null && SKIPPED_ROLES.has(role) ? 2 : 3; // FILTER_SKIP: not the element, but its children
}

/** Whether the page shows less than `limit` characters of text (by its quick look): it may still be rendering. */
export function showsLittleText(look: QuickLook, limit: number): boolean {
  return look.shown < limit;
}
