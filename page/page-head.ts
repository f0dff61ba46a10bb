/**
 * A page's head: what it says it is about without its body's text (its title, its address, its first heading).
 * Apart from page/quick-text.ts: the background's judge builds a tab's head from its title and address alone.
 */

/** A title of fewer words than this is the site's name, not a headline: the page's first heading is read too. */
const HEADLINE_WORDS = 4;

/** Characters from which a title is a headline whatever its words (a Chinese or Japanese title has no spaces). */
const HEADLINE_CHARS = 25;

/** Whether a page's title is too short to be a headline ("Loading…", "The Daily Ledger"). */
export function titleIsSiteName(title: string): boolean {
  const trimmed = title.trim();
  return trimmed.length < HEADLINE_CHARS && trimmed.split(/\s+/).filter(Boolean).length < HEADLINE_WORDS;
}

/**
 * Whether a tab's title is only the name of the site at `host` (an app still rendering, a page titled by its
 * site): no title, a single word ("Loading…", "Tasklane"), or a short title with a word the host's name holds
 * ("The Seattle Times" at seattletimes.com, "BBC News" at bbc.co.uk). A short headline at another site's address
 * ("RTL Test", "Lorem Ipsum") is a headline: the background reads no heading behind it, which costs the page a script.
 */
export function titleIsOnlySiteName(title: string, host: string): boolean {
  const trimmed = title.trim();
  const words = trimmed.split(/\s+/).filter(Boolean);
  if (words.length <= 1) return trimmed.length < HEADLINE_CHARS;
  if (!titleIsSiteName(trimmed)) return false;
  const name = host.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return words.some((word) => {
    const letters = word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return letters.length >= SITE_WORD_CHARS && name.includes(letters);
  });
}

/** A title word this long or longer counts when the host holds it ("bbc", "npr"; not "a", "of"). */
const SITE_WORD_CHARS = 3;

/**
 * What a page says it is about, read without touching its body's text: its title and the words of its address
 * ("/2018/06/19/microsoft-employees-protest-ice-contract"), and its first heading when the title is only a site's
 * name. A news report names its main actors there; the quick look reads no further on a page whose head names
 * none (entrypoints/session.content/quick-look.ts). Meta tags and headings are not read on every page: in a content script each element
 * touched costs (Chromium, 130 real pages: 0.35 ms at the median for the title and address, 1.1 ms with them).
 */
export function headText(doc: Document): string {
  const title = doc.title ?? '';
  return headOf(title, doc.location?.pathname ?? '', titleIsSiteName(title) ? firstHeading(doc) : '');
}

/** The text of a page's first top-level heading ('' when it has none). */
export function firstHeading(doc: Document): string {
  return doc.body?.getElementsByTagName('h1')[0]?.textContent ?? '';
}

/**
 * A page's head as the gate reads it, from its title, its address's path and (when its title is only a site's
 * name) its first heading: the background builds it from a tab's title and URL, the page from its document.
 */
export function headOf(title: string, path: string, heading = ''): string {
  return `${title}\n${heading}\n${safeDecode(path).replace(/[-_/.+]+/g, ' ')}`;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

