// Covers core/text/furniture.ts: page furniture inside article text is never a claim. Examples written in the
// manner of newspaper, wire, magazine and blog pages.
import { describe, expect, it } from 'vitest';
import { furnitureKind } from '../../core/text/furniture.ts';

describe('furnitureKind', () => {
  it.each([
    ['Business', 'title-case label'],
    ['The Boston Globe.', 'title-case label'],
    ['Transit Workers Vote to Strike Over Pension Cuts', 'title-case label'],
    ['By Maria Lopez', 'byline'],
    ['By Tom Reyes and Ann Li | Staff', 'byline'],
    ['Oregonian business reporter', 'byline'],
    ['Dana Whitfield Night Editor / News', 'byline'],
    ['Originally published March 3, 2021 at 6:10 pm', 'time stamp'],
    ['Updated 4/12/2019', 'time stamp'],
    ['Published 3 hours ago', 'time stamp'],
    ['5 min read', 'time stamp'],
    ['Tuesday, March 3, 2021', 'time stamp'],
    ['(Staff Photo/Ken Ito/File)', 'picture credit'],
    ['Photo: Reuters', 'picture credit'],
    ['Lee Park/Bay Area News Group via Getty Images', 'picture credit'],
  ])('%s → %s', (text, kind) => {
    expect(furnitureKind(text)).toBe(kind);
  });

  it.each([
    'The union said 4,000 workers would strike on Monday.',
    'By Friday, the council had approved the budget.',
    'by the end of the year the plant will close.',
    'She spent ten years as a photo editor before joining the paper.',
    'The mayor called the vote a mistake.',
    'A good way to debug a leak is a memory dump and/or sampling.',
    'Officials published the report on June 3, 2019, after a long delay.',
  ])('a claim: %s', (text) => {
    expect(furnitureKind(text)).toBeNull();
  });
});
