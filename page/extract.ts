import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { blockText } from './block-text.ts';
import { pageDate } from './page-date.ts';

/** An article found in a page. */
export interface ExtractedArticle {
  readonly title: string;
  /** The article's text, one block per line. Claim offsets refer to this text. */
  readonly text: string;
  readonly lang: string | null;
  /** The page's publication day (yyyy-mm-dd), when it states one. */
  readonly date: string | null;
  /**
   * The page's headline as it gives it elsewhere (its document title, social-card title, first heading), where
   * they differ from `title`: Readability keeps one part of "Nadella: Border policy is 'cruel'".
   */
  readonly headlines: readonly string[];
}

/** Why a page yielded no article. */
export type ExtractionFailure = 'not-article' | 'empty';

/** Pages with more elements than this are not extracted: Readability on them could stall the tab. */
export const MAX_ELEMENTS = 60_000;

/** Cheap checks and Readability's own guess: is this page worth extracting? */
export function looksLikeArticle(doc: Document): boolean {
  if (!doc.body || !/html/.test(doc.contentType || 'text/html')) return false;
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}

/**
 * Whether a page can be extracted: `too-large` past `maxElements` (MAX_ELEMENTS unless a test scales it down),
 * `not-article` when it is not one.
 */
export function articleCandidate(
  doc: Document,
  maxElements = MAX_ELEMENTS,
): { ok: true } | { ok: false; reason: 'too-large'; elements: number } | { ok: false; reason: 'not-article' } {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) return { ok: false, reason: 'too-large', elements };
  return looksLikeArticle(doc) ? { ok: true } : { ok: false, reason: 'not-article' };
}

/**
 * Extracts the article of a page with Mozilla's Readability, run on a clone so the live page is never touched.
 * Returns the article's text with line breaks between blocks.
 */
export function extractArticle(doc: Document): ExtractedArticle | ExtractionFailure {
  // Readability rewrites the DOM it is given: always a clone.
  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (node) => node, charThreshold: 300 }).parse();
  if (!parsed || !parsed.content) return 'not-article';
  // Captions and credits describe pictures, not the story (the content is a detached clone: safe to edit).
  for (const caption of (parsed.content as Element).querySelectorAll?.('figcaption') ?? []) caption.remove();
  const text = blockText(parsed.content).text.replace(/[ \t\u00a0]*\n[\s]*/g, '\n').trim();
  if (text.length === 0) return 'empty';
  const title = (parsed.title ?? doc.title ?? '').trim();
  return { title, text, lang: parsed.lang ?? null, date: pageDate(doc, parsed.publishedTime), headlines: headlinesOf(doc, title) };
}

/** The page's own headline forms besides `title`: document title, social-card title, first heading. */
function headlinesOf(doc: Document, title: string): string[] {
  const forms = [
    doc.title,
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content'),
    doc.querySelector('meta[name="twitter:title"]')?.getAttribute('content'),
    doc.body?.getElementsByTagName('h1')[0]?.textContent,
  ].map((t) => (t ?? '').replace(/\s+/g, ' ').trim());
  return [...new Set(forms)].filter((t) => t.length > 0 && t.length <= MAX_HEADLINE_CHARS && t !== title);
}

/** A "headline" longer than this is a page that put its text in a heading: not a headline, and not sent on. */
const MAX_HEADLINE_CHARS = 300;
