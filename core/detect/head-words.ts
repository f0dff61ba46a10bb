import { termOf } from '../text/tokens.ts';

/**
 * The words a report of a story may be headlined by, read from the headlines the story already has (its title and
 * its sources' titles). Headlines name an event by what several of them share: a place or a name ("Paradise",
 * "Rapinoe", "Starwood"), a word for the event ("tsunami", "quake", "wildfire", "settlement"), or a phrase of
 * everyday words ("Camp Fire", "World Cup", "data breach"). A later report is headlined the same way: "Death Toll
 * in Indonesia Quake, Tsunami Climbs to 384" names neither Sulawesi nor Palu. The background's head gate
 * (lib/gate-words.ts) lets such a headline through to the first look, where the page's text must still carry the
 * story's key names (core/detect/detect.ts).
 */

/** A word or phrase counts when at least this many of the story's headlines use it. */
export const HEADLINES_SHARING = 2;

const WORD = /[a-z0-9\u00c0-\u024f]+/g;

/**
 * Head words of a story: single words that at least HEADLINES_SHARING of its headlines use, that its sources use
 * (`storyTerms`, stemmed) and that are not everyday English (`commonTerms`); and pairs of adjacent words that as
 * many headlines use, everyday words or not, when neither is a stopword or a number nor already a head word. Lower
 * case, phrases with one space.
 */
export function headWords(headlines: readonly string[], storyTerms: ReadonlySet<string>, commonTerms: ReadonlySet<string>, stopwords: ReadonlySet<string>): string[] {
  const words = new Map<string, number>();
  const pairs = new Map<string, number>();
  // A word that can name something: not a stopword, a number or a scrap.
  const plain = (w: string) => w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w);
  for (const headline of headlines) {
    const tokens = headline.toLowerCase().replace(/[’']s\b/g, '').match(WORD) ?? [];
    for (const word of new Set(tokens.filter(plain))) words.set(word, (words.get(word) ?? 0) + 1);
    const adjacent = new Set<string>();
    for (let i = 1; i < tokens.length; i++) if (plain(tokens[i - 1]!) && plain(tokens[i]!)) adjacent.add(`${tokens[i - 1]} ${tokens[i]}`);
    for (const pair of adjacent) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  const out: string[] = [];
  for (const [word, n] of words) {
    const term = termOf(word);
    if (n >= HEADLINES_SHARING && storyTerms.has(term) && !commonTerms.has(term)) out.push(word);
  }
  for (const [pair, n] of pairs) {
    // A pair one of whose words is a head word already adds nothing.
    if (n >= HEADLINES_SHARING && !pair.split(' ').some((w) => out.includes(w))) out.push(pair);
  }
  out.push(...headFigures(headlines));
  return out.sort();
}

// "500 million", "$5 billion", "1.2bn": a figure with a scale, as headlines write it.
const SCALED = /(\d+(?:\.\d+)?)\s*(million|billion|trillion|mn|bn|m|tn)\b/gi;
const SCALE_OF: Readonly<Record<string, string>> = { million: 'million', mn: 'million', m: 'million', billion: 'billion', bn: 'billion', trillion: 'trillion', tn: 'trillion' };
// The written forms of a scaled figure: words, and the short forms headlines use ("500m", "$5bn").
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = { million: ['m', 'mn'], billion: ['bn'], trillion: ['tn'] };

/**
 * The event's headline figure ("500 million" guests, a "$5 billion" fine), when HEADLINES_SHARING headlines give
 * it, in the forms another headline may write it: "500 million", "500m", "500mn". A British headline abbreviates
 * the scale ("Hotel hack 'may hit 500m guests'"), an American one spells it out.
 */
function headFigures(headlines: readonly string[]): string[] {
  const figures = new Map<string, { readonly value: string; readonly scale: string; n: number }>();
  for (const headline of headlines) {
    const seen = new Set<string>();
    for (const m of headline.matchAll(SCALED)) {
      const value = m[1]!;
      const scale = SCALE_OF[m[2]!.toLowerCase()]!;
      const key = `${value} ${scale}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const figure = figures.get(key) ?? figures.set(key, { value, scale, n: 0 }).get(key)!;
      figure.n++;
    }
  }
  return [...figures].flatMap(([written, { value, scale, n }]) => (n < HEADLINES_SHARING ? [] : [written, ...SHORT_FORMS[scale]!.map((short) => `${value}${short}`)]));
}
