import type { Claim } from '../claims/claim.ts';
import type { Corpus, CorpusSource, CorpusStory } from '../corpus/types.ts';
import { claimWords } from '../claims/claim-words.ts';

/** Share of a source's sentences a page must repeat word for word to be that source. */
const SELF_SHARE = 0.5;
/** And at least this many: a short page quoting two sentences is not the source. */
const SELF_MIN_SENTENCES = 4;

/** Recognizes a page that is one of the bundled sources: by its address, or by repeating its sentences. */
export const findSelf = {
  /** The bundled source at this URL (ignoring scheme, "www.", query, fragment and a trailing slash). */
  byUrl(corpus: Corpus, url: string | null): { story: CorpusStory; source: CorpusSource } | null {
    const key = url ? urlKey(url) : null;
    if (!key) return null;
    for (const story of corpus.stories) {
      for (const source of story.sources) if (source.url && urlKey(source.url) === key) return { story, source };
    }
    return null;
  },

  /** The source of `story` whose sentences the page repeats, if it repeats enough of them. */
  byText(story: CorpusStory, claims: readonly Claim[]): CorpusSource | null {
    // Recognition and the result both ask, for the same page and story.
    const known = selfCache.get(claims);
    if (known && known.story === story) return known.source;
    const source = sourceRepeated(story, claims);
    selfCache.set(claims, { story, source });
    return source;
  },
};

const selfCache = new WeakMap<readonly Claim[], { story: CorpusStory; source: CorpusSource | null }>();

/** The source of `story` whose sentences the page repeats, if it repeats enough of them. */
function sourceRepeated(story: CorpusStory, claims: readonly Claim[]): CorpusSource | null {
  const page = new Set(claims.map(sentenceKey));
  let best: CorpusSource | null = null;
  let bestShare = 0;
  for (const source of story.sources) {
    const repeated = source.claims.filter((c) => page.has(sentenceKey(c))).length;
    // Of the source's sentences: a page that is the source repeats most of them; one that quotes it, a few.
    const share = repeated >= SELF_MIN_SENTENCES ? repeated / Math.max(1, source.claims.length) : 0;
    if (share > bestShare) [best, bestShare] = [source, share];
  }
  return bestShare >= SELF_SHARE ? best : null;
}

const keys = new WeakMap<Claim, string>();

function sentenceKey(claim: Claim): string {
  let key = keys.get(claim);
  if (key === undefined) {
    key = claimWords(claim).join(' ');
    keys.set(claim, key);
  }
  return key;
}

/** A URL reduced to what identifies the article. */
export function urlKey(url: string): string | null {
  const m = /^https?:\/\/(?:www\.)?([^/?#]+)([^?#]*)/i.exec(url.trim());
  if (!m) return null;
  return `${m[1]!.toLowerCase()}${m[2]!.replace(/\/+$/, '')}`;
}
