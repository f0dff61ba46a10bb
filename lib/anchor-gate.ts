import type { DetectionIndex } from '../core/detect/detect.ts';
import { SYNONYM_GROUPS } from '../core/text/lexicon.ts';
import { termOf } from '../core/text/tokens.ts';

/**
 * A gate before the quick look's scoring, for the great majority of pages that are about no bundled story. A page
 * scores zero for a story unless it uses one of the story's anchor terms (core/detect/detect.ts scales the score by
 * the anchors it finds), so a page where no word can stem to any anchor needs no scoring at all. Finding such words
 * is one native regular-expression scan; only its few hits are stemmed.
 *
 * It relies on the fact detectStory's own prefix filter relies on: a word's stem starts with the word's first
 * letters. The gate only ever lets more pages through to the scoring, never fewer.
 */

// The word characters of the quick look's word pattern (core/detect/detect.ts QUICK_WORD), after lower-casing.
const CHAR = 'a-z0-9\\u00c0-\\u024f';

/** The gate for an index: a function telling whether a lower-cased text may be about one of its stories. */
export type AnchorGate = (lowerText: string) => boolean;

const gates = new WeakMap<DetectionIndex, AnchorGate>();

/** The gate for an index (built once per index). */
export function anchorGate(index: DetectionIndex): AnchorGate {
  let gate = gates.get(index);
  if (!gate) {
    gate = buildGate(index);
    gates.set(index, gate);
  }
  return gate;
}

function buildGate(index: DetectionIndex): AnchorGate {
  // A story without anchors scores on its vocabulary alone: nothing to gate on.
  if (index.stories.some((story) => story.anchors === 0)) return () => true;
  const anchors = new Set<string>();
  // Lower-cased, and a word is checked as written as well as by its term: the gate must hold however the core
  // spells a term (an acronym may keep its case and skip stemming).
  for (const [term, postings] of Object.entries(index.postings)) if (postings.some((p) => p[2] === 1)) anchors.add(term.toLowerCase());
  if (anchors.size === 0) return () => true;
  // Words reach an anchor by their own stem or through a synonym group ("staff" counts as "employe").
  const starts = new Set([...anchors].map((term) => term.slice(0, 3)));
  for (const group of SYNONYM_GROUPS) for (const word of group) if (anchors.has(termOf(word).toLowerCase())) starts.add(word.slice(0, 3));
  const alternatives = [...starts].sort((a, b) => b.length - a.length).map((s) => s.replace(/[^a-z0-9]/g, '\\$&')).join('|');
  const candidate = new RegExp(`(?<![${CHAR}])(?:${alternatives})[${CHAR}]*(?:['.][${CHAR}]+)*`, 'g');
  return (lowerText) => {
    candidate.lastIndex = 0;
    for (let m = candidate.exec(lowerText); m; m = candidate.exec(lowerText)) {
      const word = m[0].endsWith("'s") ? m[0].slice(0, -2) : m[0];
      if (anchors.has(word) || anchors.has(termOf(word).toLowerCase())) return true;
    }
    return false;
  };
}
