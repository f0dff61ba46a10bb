/**
 * Ids for the reader's own stories and sources. A story id is a story pack's `story.id` (lower-case letters,
 * digits and dashes); a source id is the name of its text file without `.txt`. Both become folder and file
 * names when a pack is unzipped, so they stay short, plain ASCII and unique even on a file system that ignores
 * case.
 */

/** The longest id made here: room for a readable title, short enough for any file system's names. */
export const MAX_ID_LENGTH = 60;

/** Lower-case ASCII letters and digits joined by single dashes, at most `max` characters (whole words when it can); '' when none are left. */
export function slugOf(text: string, max: number = MAX_ID_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    // Accents come apart from their letters under NFKD, so "Zürich" keeps its u.
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cut(slug, max);
}

/** A slug at most `max` long, cut after a whole word when it has more than one. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const dash = slug.slice(0, max + 1).lastIndexOf('-');
  return dash > 0 ? slug.slice(0, dash) : slug.slice(0, max);
}

/**
 * `base` (a non-empty id), or `base-2`, `base-3`… the first that is not taken (compared without case), cut so
 * that it stays within MAX_ID_LENGTH with its suffix.
 */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const used = new Set([...taken].map((id) => id.toLowerCase()));
  const fits = (stem: string, suffix: string) => cut(stem, MAX_ID_LENGTH - suffix.length) + suffix;
  for (let n = 1; ; n++) {
    const candidate = fits(base, n === 1 ? '' : `-${n}`);
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A new story id from its title, unique among `taken` (the bundled and own stories' ids). */
export function storyIdFor(title: string, taken: ReadonlySet<string>): string {
  return uniqueId(slugOf(title) || 'story', taken);
}

/** A new source id from its outlet or its page's host, unique among `taken` (the story's source ids). */
export function sourceIdFor(outletOrHost: string, taken: ReadonlySet<string>): string {
  return uniqueId(slugOf(outletOrHost.replace(/^www\./i, '')) || 'source', taken);
}
