// Stored settings: anything corrupt or outdated falls back to the defaults, field by field.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, marksShownOn, parseSettings, withMarksOn } from '../../lib/settings.ts';

describe('parseSettings', () => {
  it.each<[string, unknown, ReturnType<typeof parseSettings>]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'corrupt', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['a number', 42, DEFAULT_SETTINGS],
    ['hiddenSites of the wrong type', { hiddenSites: 'example.com', markUnique: true }, { hiddenSites: [], markUnique: true }],
    ['markUnique of the wrong type', { hiddenSites: ['a.com'], markUnique: 'yes' }, { hiddenSites: ['a.com'], markUnique: false }],
    ['junk inside the list', { hiddenSites: ['a.com', 3, null, '', 'a.com', 'b.org'] }, { hiddenSites: ['a.com', 'b.org'], markUnique: false }],
    ['an older version with unknown fields', { version: 0, theme: 'dark', hiddenSites: ['a.com'] }, { hiddenSites: ['a.com'], markUnique: false }],
    ['good settings', { hiddenSites: ['news.example'], markUnique: true }, { hiddenSites: ['news.example'], markUnique: true }],
  ])('%s', (_label, stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });
});

describe('the per-site marks switch', () => {
  it('hides and shows marks on one host only', () => {
    const hidden = withMarksOn(DEFAULT_SETTINGS, 'a.com', false);
    expect(marksShownOn(hidden, 'a.com')).toBe(false);
    expect(marksShownOn(hidden, 'b.com')).toBe(true);
    expect(marksShownOn(withMarksOn(hidden, 'a.com', true), 'a.com')).toBe(true);
    expect(withMarksOn(withMarksOn(hidden, 'a.com', false), 'a.com', false).hiddenSites).toEqual(['a.com']);
  });
});
