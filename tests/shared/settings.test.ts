// Stored settings: anything corrupt or outdated falls back to the defaults, field by field.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, marksShownOn, parseSettings, withMarksOn } from '../../shared/settings.ts';

describe('parseSettings', () => {
  it.each<[string, unknown, ReturnType<typeof parseSettings>]>([
    ['nothing stored', undefined, DEFAULT_SETTINGS],
    ['null', null, DEFAULT_SETTINGS],
    ['a string', 'corrupt', DEFAULT_SETTINGS],
    ['an array', [1, 2], DEFAULT_SETTINGS],
    ['a number', 42, DEFAULT_SETTINGS],
    ['hiddenSites of the wrong type', { hiddenSites: 'example.com', markUnique: true }, { hiddenSites: [], markUnique: true, markRelated: false, showAgreement: false }],
    ['markUnique of the wrong type', { hiddenSites: ['a.com'], markUnique: 'yes' }, { hiddenSites: ['a.com'], markUnique: false, markRelated: false, showAgreement: false }],
    ['markRelated of the wrong type', { markRelated: 1, markUnique: true }, { hiddenSites: [], markUnique: true, markRelated: false, showAgreement: false }],
    ['junk inside the list', { hiddenSites: ['a.com', 3, null, '', 'a.com', 'b.org'] }, { hiddenSites: ['a.com', 'b.org'], markUnique: false, markRelated: false, showAgreement: false }],
    ['an older version without markRelated', { version: 0, theme: 'dark', hiddenSites: ['a.com'], markUnique: true }, { hiddenSites: ['a.com'], markUnique: true, markRelated: false, showAgreement: false }],
    ['showAgreement of the wrong type', { showAgreement: 'on' }, { hiddenSites: [], markUnique: false, markRelated: false, showAgreement: false }],
    ['agreement shown fully', { showAgreement: true }, { hiddenSites: [], markUnique: false, markRelated: false, showAgreement: true }],
    ['good settings', { hiddenSites: ['news.example'], markUnique: true, markRelated: true }, { hiddenSites: ['news.example'], markUnique: true, markRelated: true, showAgreement: false }],
  ])('%s', (_label, stored, expected) => {
    expect(parseSettings(stored)).toEqual(expected);
  });
});

describe('defaults', () => {
  it('mark only what another outlet confirms or contradicts: related and only-here marks are off', () => {
    expect(DEFAULT_SETTINGS).toEqual({ hiddenSites: [], markUnique: false, markRelated: false, showAgreement: false });
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
