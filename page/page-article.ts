import type { PageArticle } from '../shared/article.ts';
import { articleCandidate, extractArticle } from './extract.ts';

/** Longest summary offered from a page's description or first sentence. */
const DESCRIPTION_CHARS = 280;

/**
 * The page's article as the popup offers to store it in a story: the text Readability extracts (the same text the
 * analysis reads), the outlet, the page's own date, its address, and a description to start a summary with.
 * Null when the page has no article.
 */
export function pageArticle(doc: Document): PageArticle | null {
  if (!articleCandidate(doc).ok) return null;
  const article = extractArticle(doc);
  if (typeof article === 'string') return null;
  const url = (doc.location?.href ?? '').replace(/#.*$/, '');
  return {
    text: article.text,
    title: article.title,
    url,
    date: article.date,
    outlet: outletOf(doc, url),
    words: article.text.split(/\s+/).filter(Boolean).length,
    description: descriptionOf(doc, article.text),
  };
}

/** The outlet's name: the page's `og:site_name` (or its application name), else its host without `www.`. */
export function outletOf(doc: Document, url: string): string {
  const named = metaContent(doc, 'meta[property="og:site_name"], meta[name="application-name"]');
  if (named) return named;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || 'Unknown outlet';
  } catch {
    return 'Unknown outlet';
  }
}

/** The page's own description, else the article's first sentence, cut to a summary's length. */
function descriptionOf(doc: Document, text: string): string {
  const described = metaContent(doc, 'meta[name="description"], meta[property="og:description"]');
  const first = described ?? /^[^\n]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim().split('\n')[0] ?? '';
  return first.length > DESCRIPTION_CHARS ? `${first.slice(0, DESCRIPTION_CHARS - 1).trimEnd()}…` : first;
}

function metaContent(doc: Document, selector: string): string | null {
  for (const meta of doc.querySelectorAll(selector)) {
    const content = meta.getAttribute('content')?.replace(/\s+/g, ' ').trim();
    if (content) return content;
  }
  return null;
}
