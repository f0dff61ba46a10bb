import type { Claim } from '../claims/claim.ts';
import { MAIN_ANCHORS } from '../detect/fingerprint.ts';
import { contentTerms, expandWord, termOf, words } from '../text/tokens.ts';

/**
 * What "the agency" or "the company" stands for in a story. News copy names an organization once and then refers
 * back to it by a common noun ("Immigration and Customs Enforcement (ICE) ... the agency's policies"; "Microsoft
 * ... the company said"); another outlet may use the name where this one uses the noun. The story's own sources
 * show which of its anchors each noun stands for: the anchor named last before it (in its sentence, else in the
 * one before).
 */

/** Common nouns that refer back to a named organization. */
export const REFERRING_NOUNS = ['company', 'firm', 'agency', 'giant', 'department', 'administration', 'organization', 'organisation', 'government', 'union', 'startup', 'corporation'];
/** How often a noun must point at the same anchor in the sources to stand for it. */
export const MIN_REFERENCES = 2;

// "the agency", "The company", "the immigration agency", "the Redmond company", "the Seattle-based company".
const REFERENCE = new RegExp(String.raw`\b[Tt]he (?:[A-Za-z-]+,? ){0,2}?(${REFERRING_NOUNS.join('|')})\b`, 'g');

/**
 * The nouns of a sentence that refer back ("the immigration agency" → "agency"). With `known` (the story's
 * terms), a noun after a name the story never uses is left out: "the Obama administration" names another
 * administration, it does not refer back to one.
 */
export function referringNouns(sentence: string, known?: (term: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(REFERENCE)) {
    const modifiers = m[0].split(/\s+/).slice(1, -1);
    if (known && modifiers.some((w) => /^[A-Z]/.test(w) && !known(termOf(w.replace(/[,']s?$/, '').toLowerCase())))) continue;
    out.push(m[1]!);
  }
  return out;
}

/** The anchor a text names last, if any. */
function lastAnchor(text: string, anchors: ReadonlySet<string>): string | null {
  let last: string | null = null;
  for (const token of words(text)) for (const w of expandWord(token.word)) if (anchors.has(termOf(w))) last = termOf(w);
  return last;
}

/**
 * For each referring noun, the anchor term its sources use it for, when they agree on one. A noun the sources
 * write right after a name ("the U.S. Customs and Border Protection agency", "the CBP agency") stands for that
 * name whatever else comes before it: the nearest name before "the agency" may be the company that works for it.
 * `aliases` gives the words each acronym anchor stands for.
 */
export function storyReferences(sources: ReadonlyArray<readonly Claim[]>, anchors: readonly string[], aliases: ReadonlyArray<readonly [string, readonly string[]]> = []): Map<string, string> {
  // Only the story's main actors: a further key name is often a place or a regulator named in passing ("Denver",
  // "the FAA"), and would split the votes of "the company" between the actor and the name written last before it.
  const anchorSet = new Set(anchors.slice(0, MAIN_ANCHORS));
  const votes = new Map<string, Map<string, number>>();
  for (const claims of sources) {
    claims.forEach((claim, i) => {
      for (const m of claim.normalized.matchAll(REFERENCE)) {
        const anchor = lastAnchor(claim.normalized.slice(0, m.index), anchorSet) ?? lastAnchor(claims[i - 1]?.normalized ?? '', anchorSet);
        if (!anchor) continue;
        const tally = votes.get(m[1]!) ?? new Map<string, number>();
        tally.set(anchor, (tally.get(anchor) ?? 0) + 1);
        votes.set(m[1]!, tally);
      }
    });
  }
  const out = new Map<string, string>();
  for (const [noun, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    if (best && best[1] >= MIN_REFERENCES && (!second || best[1] > second[1])) out.set(noun, best[0]);
  }
  for (const [noun, anchor] of describedNouns(sources, anchorSet, aliases)) out.set(noun, anchor);
  return out;
}

// A name in capitals (words of it joined by "and", "of" or "&") right before a referring noun.
const DESCRIBED = new RegExp(String.raw`((?:[A-Z][\w.'-]*\s+(?:(?:and|of|&)\s+)?)+)(${REFERRING_NOUNS.join('|')})\b`, 'g');

/** The referring nouns the sources write right after one anchor's name (never after another's). */
function describedNouns(sources: ReadonlyArray<readonly Claim[]>, anchors: ReadonlySet<string>, aliases: ReadonlyArray<readonly [string, readonly string[]]>): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const claims of sources) {
    for (const claim of claims) {
      for (const m of claim.normalized.matchAll(DESCRIBED)) {
        const anchor = anchorNamed(contentTerms(m[1]!), anchors, aliases);
        if (anchor) (seen.get(m[2]!) ?? seen.set(m[2]!, new Set()).get(m[2]!)!).add(anchor);
      }
    }
  }
  const out = new Map<string, string>();
  for (const [noun, named] of seen) if (named.size === 1) out.set(noun, [...named][0]!);
  return out;
}

/** The anchor a name ends with: the anchor itself ("CBP") or the words it stands for ("Customs and Border Protection"). */
function anchorNamed(terms: readonly string[], anchors: ReadonlySet<string>, aliases: ReadonlyArray<readonly [string, readonly string[]]>): string | null {
  const last = terms[terms.length - 1];
  if (last !== undefined && anchors.has(last)) return last;
  for (const [anchor, words] of aliases) {
    if (words.length === 0 || words.length > terms.length) continue;
    if (words.every((word, i) => terms[terms.length - words.length + i] === word)) return anchor;
  }
  return null;
}

/** The anchor terms a sentence refers to by a noun, that it does not name. */
export function referredAnchors(sentence: string, terms: readonly string[], references: ReadonlyMap<string, string>, known?: (term: string) => boolean): string[] {
  const out: string[] = [];
  for (const noun of referringNouns(sentence, known)) {
    const anchor = references.get(noun);
    if (anchor && !terms.includes(anchor) && !out.includes(anchor)) out.push(anchor);
  }
  return out;
}
