import type { DetectionIndex } from '../core/detect/detect.ts';

/**
 * A gate before the quick look's scoring, for the great majority of pages that are about no bundled story. A page
 * scores zero for a story unless it uses one of the story's anchors, or the name an acronym anchor stands for
 * (core/detect/detect.ts scales the score by the anchors it finds), and the scoring counts only the words of the
 * index's word table. So a page that contains none of the table's words for anchors and their names needs no
 * scoring: one native, case-insensitive pattern scan finds out, without lower-casing or splitting the page.
 *
 * The gate only ever lets more pages through than the scoring would score, never fewer (tests/lib/anchor-gate.test.ts).
 */

// The word characters of the quick look's word pattern (core/detect/detect.ts QUICK_WORD).
const CHAR = 'A-Za-z0-9\\u00c0-\\u024f';

/** Whether a text may be about one of the index's stories. */
export type AnchorGate = (text: string) => boolean;

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
  const words = gateWords(index);
  return words === null ? () => true : gateOf(words);
}

/**
 * The words a page must contain (any one of them) to be scored against the index: its anchors' and their names'
 * written forms. Null when nothing can be gated on (a story without anchors, an index without a word table).
 */
export function gateWords(index: DetectionIndex): string[] | null {
  if (index.stories.some((story) => story.anchors === 0) || !index.forms) return null;
  const wanted = new Set<string>();
  for (const term of Object.keys(index.postings)) if (index.postings[term]!.some((posting) => posting[2] === 1)) wanted.add(term);
  for (const [, anchor, terms] of index.aliases ?? []) {
    wanted.add(anchor);
    for (const term of terms) wanted.add(term);
  }
  return Object.keys(index.forms).filter((word) => wanted.has(index.forms[word]!));
}

/** A gate that passes a text containing any of the words as a whole word, in any case. */
export function gateOf(words: readonly string[]): AnchorGate {
  if (words.length === 0) return () => false;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const pattern = new RegExp(`(?<![${CHAR}])(?:${alternatives})(?![${CHAR}])`, 'i');
  return (text) => pattern.test(text);
}
