// Where the hover card goes: inside the viewport at every edge and on small screens, never over the claim it
// explains when there is any room, beside the text column when there is room for it there.
import { describe, expect, it } from 'vitest';
import { MIN_CARD_HEIGHT, placeCard, type Box, type CardPlacement, type CardTarget } from '../../page/card-position.ts';

const box = (top: number, left: number, width: number, height: number): Box => ({ top, left, right: left + width, bottom: top + height });
const card = { width: 380, height: 300 };

/** A one-line claim in a 720-pixel text column starting at `columnLeft`. */
function oneLine(top: number, left: number, columnLeft = 110, columnWidth = 720): CardTarget {
  const line = box(top, left, 300, 24);
  return { claim: [line], anchor: line, column: box(top - 200, columnLeft, columnWidth, 600) };
}

/** A claim over several lines of a column. */
function lines(top: number, count: number, viewportWidth: number): CardTarget {
  const claim = Array.from({ length: count }, (_, i) => box(top + i * 28, 16, viewportWidth - 32, 24));
  return { claim, anchor: claim[0]!, column: box(top - 100, 16, viewportWidth - 32, 2000) };
}

const overlaps = (a: Box, b: Box) => a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;

function cardBox(place: ReturnType<typeof placeCard>, size: { width: number; height: number }, viewport: { width: number }): Box {
  const width = Math.min(size.width, viewport.width - 16);
  return box(place.top, place.left, width, Math.min(size.height, place.maxHeight));
}

function expectInside(b: Box, viewport: { width: number; height: number }) {
  expect(b.top).toBeGreaterThanOrEqual(0);
  expect(b.left).toBeGreaterThanOrEqual(0);
  expect(b.bottom).toBeLessThanOrEqual(viewport.height);
  expect(b.right).toBeLessThanOrEqual(viewport.width);
}

describe('placeCard', () => {
  it.each<[string, CardTarget, { width: number; height: number }, CardPlacement['side']]>([
    ['a claim at the top edge of a narrow window: below it', oneLine(4, 40, 16, 700), { width: 740, height: 800 }, 'below'],
    ['a claim at the bottom edge: above it', oneLine(760, 40, 16, 700), { width: 740, height: 800 }, 'above'],
    ['a claim at the left edge', oneLine(300, 0, 0, 700), { width: 720, height: 800 }, 'below'],
    ['a claim at the right edge', oneLine(300, 600, 0, 700), { width: 720, height: 800 }, 'below'],
    ['a wide window with room right of the column: beside it', oneLine(300, 200), { width: 1280, height: 800 }, 'right'],
    ['room only left of the column: beside it, on the left', oneLine(300, 600, 500, 700), { width: 1220, height: 800 }, 'left'],
  ])('%s', (_label, target, viewport, side) => {
    const place = placeCard(target, card, viewport);
    expect(place.side).toBe(side);
    const b = cardBox(place, card, viewport);
    expectInside(b, viewport);
    for (const line of target.claim) expect(overlaps(b, line)).toBe(false);
    expect(place.maxHeight).toBeGreaterThanOrEqual(card.height);
    // Beside the column, no text of the column is covered.
    if (side === 'right' || side === 'left') expect(overlaps(b, target.column)).toBe(false);
  });

  it('starts level with the line being read when beside the column, and stays inside at the bottom edge', () => {
    const high = placeCard(oneLine(200, 200), card, { width: 1280, height: 800 });
    expect(high.top).toBe(200);
    const low = placeCard(oneLine(770, 200), card, { width: 1280, height: 800 });
    expect(low.top + card.height).toBeLessThanOrEqual(800);
  });

  it('a tall card with room on neither side gets the roomier one, not over the claim, and scrolls inside', () => {
    const tall = { width: 380, height: 2000 };
    const viewport = { width: 720, height: 800 };
    const target = oneLine(300, 100, 0, 720);
    const place = placeCard(target, tall, viewport);
    const b = cardBox(place, tall, viewport);
    expectInside(b, viewport);
    expect(overlaps(b, target.claim[0]!)).toBe(false);
    expect(place.maxHeight).toBeGreaterThanOrEqual(MIN_CARD_HEIGHT);
  });

  it('a long claim on a small screen: the card avoids the line being read and keeps a usable height', () => {
    const viewport = { width: 360, height: 480 };
    const target = lines(60, 12, 360); // 336 pixels of claim in a 480-pixel viewport
    const place = placeCard(target, card, viewport);
    const b = cardBox(place, card, viewport);
    expectInside(b, viewport);
    expect(overlaps(b, target.anchor)).toBe(false);
    expect(place.maxHeight).toBeGreaterThanOrEqual(MIN_CARD_HEIGHT);
    expect(b.right - b.left).toBeLessThanOrEqual(360 - 16);
  });

  it.each([
    ['a phone held sideways', { width: 640, height: 300 }, 130],
    ['a tiny window', { width: 300, height: 220 }, 100],
  ])('%s: still inside the viewport, whole and usable', (_label, viewport, top) => {
    const target = lines(top, 2, viewport.width);
    const place = placeCard(target, card, viewport);
    const b = cardBox(place, card, viewport);
    expectInside(b, viewport);
    expect(place.maxHeight).toBeGreaterThanOrEqual(Math.min(96, viewport.height - 16));
  });
});

describe('placeCard with a claim reaching past the viewport', () => {
  it('a claim running off the top and bottom of a tiny window: the card stays inside, beside the line in view', () => {
    const viewport = { width: 320, height: 240 };
    const claim = Array.from({ length: 20 }, (_, i) => box(-195 + i * 29, 8, 300, 22));
    const anchor = claim[7]!; // the first line in view
    const place = placeCard({ claim, anchor, column: box(-400, 8, 304, 1200) }, { width: 304, height: 386 }, viewport);
    const b = cardBox(place, { width: 304, height: 386 }, viewport);
    expectInside(b, viewport);
    expect(overlaps(b, anchor)).toBe(false);
  });
});
