/** Where to put a card of a given size next to a mark, inside the viewport, never over the mark. */
export interface CardPlacement {
  readonly top: number;
  readonly left: number;
  /** Height available on the chosen side; the card scrolls inside it. */
  readonly maxHeight: number;
  readonly side: 'below' | 'above';
}

/** Gap between a mark and its card. */
const GAP = 8;
/** Distance kept from the viewport's edges. */
const MARGIN = 8;

/**
 * Places a card below the mark when it fits, above when that fits better; horizontally aligned with the mark's
 * start and kept inside the viewport. The card never overlaps the mark's rectangle.
 */
export function placeCard(
  mark: { top: number; bottom: number; left: number },
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const below = viewport.height - mark.bottom - GAP - MARGIN;
  const above = mark.top - GAP - MARGIN;
  const side = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = side === 'below' ? mark.bottom + GAP : mark.top - GAP - height;
  const left = Math.max(MARGIN, Math.min(mark.left, viewport.width - card.width - MARGIN));
  return { top, left, maxHeight: room, side };
}
