// Where the hover card goes: next to its mark, inside the viewport, never over the mark.
import { describe, expect, it } from 'vitest';
import { placeCard } from '../../page/card-position.ts';

const viewport = { width: 1280, height: 800 };
const card = { width: 380, height: 300 };

function overlaps(mark: { top: number; bottom: number; left: number }, place: ReturnType<typeof placeCard>, height: number) {
  const bottom = place.top + Math.min(height, place.maxHeight);
  return place.top < mark.bottom && bottom > mark.top;
}

describe('placeCard', () => {
  it.each([
    ['a mark high on the page: below it', { top: 100, bottom: 130, left: 200 }, 'below'],
    ['a mark near the bottom: above it', { top: 700, bottom: 730, left: 200 }, 'above'],
    ['a mark in the middle with room below', { top: 380, bottom: 410, left: 200 }, 'below'],
  ] as const)('%s', (_label, mark, side) => {
    const place = placeCard(mark, card, viewport);
    expect(place.side).toBe(side);
    expect(overlaps(mark, place, card.height)).toBe(false);
    expect(place.top).toBeGreaterThanOrEqual(0);
    expect(place.top + Math.min(card.height, place.maxHeight)).toBeLessThanOrEqual(viewport.height);
  });

  it('keeps the card inside the viewport horizontally', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 1200 }, card, viewport).left).toBeLessThanOrEqual(viewport.width - card.width);
    expect(placeCard({ top: 100, bottom: 120, left: -50 }, card, viewport).left).toBeGreaterThanOrEqual(0);
  });

  it('limits the height to the room on the chosen side when neither side fits, without covering the mark', () => {
    const tall = { width: 380, height: 2000 };
    const mark = { top: 300, bottom: 330, left: 100 };
    const place = placeCard(mark, tall, viewport);
    expect(overlaps(mark, place, tall.height)).toBe(false);
    expect(place.maxHeight).toBeLessThan(viewport.height);
  });
});
