/** A rectangle in viewport coordinates (what getBoundingClientRect returns). */
export interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** What the card is placed around. */
export interface CardTarget {
  /** Every line box of the claim's marks: the card never covers any of them if the viewport leaves room. */
  readonly claim: readonly Box[];
  /** The mark piece the pointer or focus is on: the card starts level with it, and never covers it. */
  readonly anchor: Box;
  /** The text around the claim (its paragraph or article column): a card beside it covers no neighbouring text. */
  readonly column: Box;
}

/** Where to put the card, and how tall it may be (its body scrolls inside that height). */
export interface CardPlacement {
  readonly top: number;
  readonly left: number;
  readonly maxHeight: number;
  readonly side: 'right' | 'left' | 'below' | 'above';
}

/** Gap between the text and the card. */
const GAP = 8;
/** Distance kept from the viewport's edges. */
const MARGIN = 8;
/** The least height that still shows the card's head, a few lines and its button: below it, try harder. */
export const MIN_CARD_HEIGHT = 160;
/** The least height at all: the head and the button, with the body scrolled away. */
const MIN_USABLE_HEIGHT = 96;

/**
 * Places a card of a given natural size next to a claim, inside the viewport. In order of preference: beside the
 * text column, where it covers no text (right, then left); below or above the whole claim, where its full height
 * fits; then on the roomier side, the card's body scrolling. When the claim is taller than the viewport leaves
 * room for, the card avoids the line being read instead; only on a viewport too small for even that may it cover
 * part of the claim. The card's width never exceeds the viewport's.
 */
export function placeCard(target: CardTarget, card: { width: number; height: number }, viewport: { width: number; height: number }): CardPlacement {
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const fullHeight = Math.min(card.height, viewport.height - 2 * MARGIN);
  const alignedLeft = clamp(target.anchor.left, MARGIN, viewport.width - MARGIN - width);
  const levelTop = (height: number) => clamp(target.anchor.top, MARGIN, viewport.height - MARGIN - height);

  // Beside the column: nothing of the page's text is covered.
  if (target.column.right + GAP + width <= viewport.width - MARGIN) {
    return { top: levelTop(fullHeight), left: target.column.right + GAP, maxHeight: fullHeight, side: 'right' };
  }
  if (target.column.left - GAP - width >= MARGIN) {
    return { top: levelTop(fullHeight), left: target.column.left - GAP - width, maxHeight: fullHeight, side: 'left' };
  }

  // Room below and above a box, counting only what is inside the viewport (the box may reach past its edges).
  const vertical = (avoid: Box): { below: number; above: number; place: (side: 'below' | 'above', height: number) => CardPlacement } => {
    const belowTop = Math.max(avoid.bottom + GAP, MARGIN);
    const aboveBottom = Math.min(avoid.top - GAP, viewport.height - MARGIN);
    return {
      below: viewport.height - MARGIN - belowTop,
      above: aboveBottom - MARGIN,
      place: (side, height) => ({ top: side === 'below' ? belowTop : aboveBottom - height, left: alignedLeft, maxHeight: height, side }),
    };
  };

  const whole = vertical(union(target.claim, target.anchor));
  if (card.height <= whole.below) return whole.place('below', card.height);
  if (card.height <= whole.above) return whole.place('above', card.height);
  for (const room of [whole, vertical(target.anchor)]) {
    const side = room.below >= room.above ? 'below' : 'above';
    const height = Math.min(card.height, Math.max(room.below, room.above));
    if (height >= Math.min(MIN_CARD_HEIGHT, card.height)) return room.place(side, height);
  }
  // A viewport barely taller than a line or two: keep the card whole and usable, over the text if need be.
  const line = vertical(target.anchor);
  const side = line.below >= line.above ? 'below' : 'above';
  const height = Math.min(fullHeight, Math.max(MIN_USABLE_HEIGHT, side === 'below' ? line.below : line.above));
  const top = clamp(side === 'below' ? target.anchor.bottom + GAP : target.anchor.top - GAP - height, MARGIN, viewport.height - MARGIN - height);
  return { top, left: alignedLeft, maxHeight: height, side };
}

/** The smallest box holding all the boxes (the claim's lines, plus the anchor). */
function union(boxes: readonly Box[], anchor: Box): Box {
  let { top, bottom, left, right } = anchor;
  for (const b of boxes) {
    top = Math.min(top, b.top);
    bottom = Math.max(bottom, b.bottom);
    left = Math.min(left, b.left);
    right = Math.max(right, b.right);
  }
  return { top, bottom, left, right };
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}
