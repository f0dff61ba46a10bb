import type { AnalyzedClaim } from '../core/result.ts';
import { describeStatus } from '../shared/relation.ts';
import { marksStatus, type Settings } from '../shared/settings.ts';
import { anchorText, anchorToRange, readPageText, type Anchor } from './anchor.ts';
import { createHighlights, highlightRange, type Highlights } from './highlighter.ts';

/** What painting needs to know besides the claims: which of the optional quieter marks are switched on, and
 *  whether agreement is marked fully (quiet when not said). */
export type PaintOptions = Pick<Settings, 'markUnique' | 'markRelated'> & Partial<Pick<Settings, 'showAgreement'>>;

/** The marks of one analysis, and the claims that could not be placed. */
export interface Painted {
  readonly highlights: Highlights;
  readonly marksByClaim: ReadonlyMap<number, readonly HTMLElement[]>;
  /** Claims that should have been marked but were not found in the page. */
  readonly unanchored: readonly number[];
}

/**
 * Anchors claims in the live page under `root` and wraps them in marks. All claims are anchored against the
 * untouched text first, then wrapped from the last to the first, so that splitting text nodes for one mark never
 * moves the positions of the marks still to come.
 */
export function paintClaims(root: Element, claims: readonly AnalyzedClaim[], options: PaintOptions): Painted {
  const page = readPageText(root);
  const anchored: Array<{ index: number; anchor: Anchor }> = [];
  const unanchored: number[] = [];
  let hint = 0;
  claims.forEach((claim, index) => {
    if (!marksStatus(options, claim.status)) return;
    const anchor = anchorText(page, claim.text, hint);
    if (!anchor) return void unanchored.push(index);
    anchored.push({ index, anchor });
    hint = anchor.end;
  });
  anchored.sort((a, b) => b.anchor.start - a.anchor.start);
  const highlights = createHighlights();
  const marksByClaim = new Map<number, HTMLElement[]>();
  let limit = Infinity;
  for (const { index, anchor } of anchored) {
    // Overlapping anchors (a sentence the page repeats) would nest marks: keep the later one only.
    if (anchor.end > limit) {
      unanchored.push(index);
      continue;
    }
    const range = anchorToRange(page, anchor);
    const claim = claims[index]!;
    const outlets = [...new Set(claim.matches.map((m) => m.outlet))];
    // Agreement stays quiet unless the reader asks for it: the differences are what a reader looks for.
    const quiet = claim.status === 'agree' && !options.showAgreement;
    const marks = range ? highlightRange(range, { relation: claim.status, claim: index, label: describeStatus(claim.status, outlets), quiet }, highlights) : [];
    if (marks.length === 0) unanchored.push(index);
    else marksByClaim.set(index, marks);
    limit = anchor.start;
  }
  return { highlights, marksByClaim, unanchored: unanchored.sort((a, b) => a - b) };
}
