/**
 * The page's own publication date, for telling a report of a story from a later event on the same subject.
 * News pages state it for search engines and social sites in several ways; the first one found wins.
 */

/** Meta tags that carry a publication date, most specific first. */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[property="og:published_time"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** An ISO day (yyyy-mm-dd) from a date string as pages write it; null when it has none. */
export function isoDay(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (!/\d{4}/.test(text)) return null;
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : new Date(parsed).toISOString().slice(0, 10);
}

/** Publication dates in JSON-LD blocks (`datePublished` of an article, or of any item in a graph). */
function jsonLdDate(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const found = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(script.textContent ?? '');
    const day = isoDay(found?.[1]);
    if (day) return day;
  }
  return null;
}

/**
 * The page's publication day: Readability's reading of its metadata when given, then JSON-LD, the meta tags
 * above, and a `<time datetime>` inside the article. Null when the page does not say.
 */
export function pageDate(doc: Document, readabilityDate?: string | null): string | null {
  const fromReadability = isoDay(readabilityDate);
  if (fromReadability) return fromReadability;
  const fromJsonLd = jsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  for (const selector of META_SELECTORS) {
    const day = isoDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const time = doc.querySelector('article time[datetime], main time[datetime], time[pubdate], time[itemprop="datePublished"]');
  return isoDay(time?.getAttribute('datetime'));
}
