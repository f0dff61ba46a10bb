import type { Claim } from '../claims/claim.ts';
import { expandWord, termOf, words } from '../text/tokens.ts';

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

/** For each referring noun, the anchor term its sources use it for, when they agree on one. */
export function storyReferences(sources: ReadonlyArray<readonly Claim[]>, anchors: readonly string[]): Map<string, string> {
  const anchorSet = new Set(anchors);
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
  return out;
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
