// Covers core/text/normalize.ts: character mapping, whitespace collapsing and the normalized → raw offset map.
import { describe, expect, it } from 'vitest';
import { seeded } from '../seeded.ts';
import { normalizeForCompare, normalizeText, toRawSpan } from '../../core/text/normalize.ts';
import { normOffset } from '../../core/text/offsets.ts';

describe('normalizeForCompare', () => {
  it.each([
    ['curly double quotes', '\u201CWe refuse,\u201D she said', '"We refuse," she said'],
    ['curly single quotes and apostrophes', '\u2018proud\u2019 of the company\u2019s work', "'proud' of the company's work"],
    ['low and reversed quotes', '\u201EJa\u201C \u201Anein\u2018 \u00ABnon\u00BB', '"Ja" \'nein\' "non"'],
    ['backtick and modifier apostrophe', '`quoted\u00B4 it\u02BCs', "'quoted' it's"],
    ['en dash', 'respond the right way \u2013 they will', 'respond the right way - they will'],
    ['em dash: a clause break, never a hyphen', 'Face API\u2014facial recognition', 'Face API--facial recognition'],
    ['minus sign and non-breaking hyphen', '\u22125 and co\u2011operate', '-5 and co-operate'],
    ['no-break space', '$19.4\u00A0million', '$19.4 million'],
    ['NBSP followed by a space is one space', 'complicit,\u201D\u00A0 the employees', 'complicit," the employees'],
    ['narrow, thin and ideographic spaces', 'a\u202Fb\u2009c\u3000d', 'a b c d'],
    ['tabs, CR/LF and line separators', 'one\t\ttwo\r\nthree\u2028four', 'one two three four'],
    ['runs of spaces collapse', 'too    many     spaces', 'too many spaces'],
    ['leading and trailing whitespace dropped', '  \n trimmed \t ', 'trimmed'],
    ['soft hyphen dropped', 'co\u00ADoperate', 'cooperate'],
    ['zero-width space, joiner and non-joiner dropped', 'zero\u200Bwidth\u200Cjoin\u200Ders', 'zerowidthjoiners'],
    ['byte-order mark and bidi marks dropped', '\uFEFFleft\u200Eright\u202Aembed\u202C', 'leftrightembed'],
    ['invisible characters inside a whitespace run', 'a \u200B \u00AD b', 'a b'],
    ['ellipsis expands (NFKC)', 'wait\u2026', 'wait...'],
    ['ligature expands (NFKC)', '\uFB01nal', 'final'],
    ['full-width letters fold (NFKC)', '\uFF29\uFF23\uFF25', 'ICE'],
    ['emoji kept whole', 'great \u{1F44D} news', 'great \u{1F44D} news'],
    ['emoji with skin tone kept', 'ok \u{1F44D}\u{1F3FD}!', 'ok \u{1F44D}\u{1F3FD}!'],
    ['non-Latin text kept', 'Mitarbeiter \u00FCber \u5FAE\u8F6F', 'Mitarbeiter \u00FCber \u5FAE\u8F6F'],
    ['only whitespace and invisibles', ' \u00A0\u200B\u00AD ', ''],
    ['empty', '', ''],
  ])('%s', (_name, raw, expected) => {
    expect(normalizeForCompare(raw)).toBe(expected);
  });

  it('makes a typographic and a plain-ASCII copy of a sentence compare equal', () => {
    const page = '\u201CI\u2019m very hopeful \u2013 they will do the right thing,\u201D\u00A0 said one employee.';
    const plain = '"I\'m very hopeful - they will do the right thing," said one employee.';
    expect(normalizeForCompare(page)).toBe(normalizeForCompare(plain));
  });
});

describe('toRawSpan', () => {
  it.each([
    ['curly quotes map back to the curly originals', '\u201CHi,\u201D she said', '"Hi,"', '\u201CHi,\u201D'],
    ['a collapsed NBSP + space maps back to both', 'complicit,\u201D\u00A0 the employees', '," the', ',\u201D\u00A0 the'],
    ['a dropped soft hyphen stays inside the span', 'co\u00ADoperate now', 'cooperate', 'co\u00ADoperate'],
    ['an emoji maps to its surrogate pair', 'great \u{1F44D} news', '\u{1F44D}', '\u{1F44D}'],
    ['an ellipsis maps to the one raw character', 'wait\u2026 what', '...', '\u2026'],
    ['leading whitespace is not part of the text', '\n\n   First line.', 'First', 'First'],
    ['a dash maps to the dash', 'head\u2013on', '-', '\u2013'],
  ])('%s', (_name, raw, normalizedPart, expectedRaw) => {
    const normalized = normalizeText(raw);
    const at = normalized.text.indexOf(normalizedPart);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = toRawSpan(normalized, normOffset(at), normOffset(at + normalizedPart.length));
    expect(raw.slice(span.start, span.end)).toBe(expectedRaw);
  });

  it('keeps text and offsets whole on a long page whose characters expand (em dashes, ellipses)', () => {
    // Longer than the units decoded at once, and growing past the raw length as each em dash becomes two dashes.
    const paragraph = 'The council\u2014after a long night\u2014voted\u2026 \u201CNo,\u201D said Ruiz. ';
    const raw = paragraph.repeat(400);
    const normalized = normalizeText(raw);
    expect(normalized.text).toBe(normalizeForCompare(paragraph).concat(' ').repeat(400).trimEnd());
    const at = normalized.text.lastIndexOf('"No,"');
    const span = toRawSpan(normalized, normOffset(at), normOffset(at + 5));
    expect(raw.slice(span.start, span.end)).toBe('\u201CNo,\u201D');
    expect(span.start).toBe(raw.lastIndexOf('\u201CNo'));
  });

  it('maps an empty normalized text to an empty raw span', () => {
    expect(toRawSpan(normalizeText(' \u200B '), normOffset(0), normOffset(0))).toEqual({ start: 0, end: 0 });
  });

  it('returns offsets into the whole raw string when only a slice was normalized', () => {
    const raw = 'skip this. \u201CKeep\u00A0this\u201D and not this';
    const from = raw.indexOf('\u201C');
    const to = raw.indexOf(' and');
    const normalized = normalizeText(raw, from, to);
    expect(normalized.text).toBe('"Keep this"');
    const span = toRawSpan(normalized, normOffset(0), normOffset(normalized.text.length));
    expect(raw.slice(span.start, span.end)).toBe('\u201CKeep\u00A0this\u201D');
  });
});


describe('offset map round trip', () => {
  const samples = [
    '\u201CAs the people who build the technologies,\u201D\u00A0 the employees said \u2013 in a letter.',
    '  Leading  spaces,\ttabs\r\nand\u2028separators\u00A0\u00A0everywhere   ',
    'co\u00ADoperate\u200B with\uFEFF zero\u200Dwidth \u200Ejoiners\u00AD',
    'Emoji \u{1F44D}\u{1F3FD} and \u{1F600} flags \u{1F1FA}\u{1F1F8} \u2014 done\u2026',
    '\uFB01nal \uFF29\uFF23\uFF25 \u00BD caf\u00E9 \u2018quoted\u2019 `tick\u00B4 \u201Eunten\u201C',
    'plain ascii text with nothing special in it at all.',
  ];

  it.each(samples)('raw span of any normalized substring normalizes back to it: %j', (raw) => {
    const normalized = normalizeText(raw);
    const { text, rawStart } = normalized;
    // Cut points between characters of the raw text (not inside a surrogate pair or an NFKC expansion).
    const cuts = [0];
    for (let k = 1; k < text.length; k++) if (rawStart[k] !== rawStart[k - 1]) cuts.push(k);
    cuts.push(text.length);
    const random = seeded(raw.length);
    for (let trial = 0; trial < 300; trial++) {
      const a = cuts[Math.floor(random() * cuts.length)]!;
      const b = cuts[Math.floor(random() * cuts.length)]!;
      const [start, end] = a <= b ? [a, b] : [b, a];
      if (start === end) continue;
      const span = toRawSpan(normalized, normOffset(start), normOffset(end));
      expect(span.start).toBeLessThan(span.end);
      expect(normalizeForCompare(raw.slice(span.start, span.end)), `[${start}, ${end})`).toBe(text.slice(start, end).trim());
    }
  });

  it.each(samples)('every output character points at the raw characters it came from: %j', (raw) => {
    const { text, rawStart, rawEnd } = normalizeText(raw);
    expect(rawStart.length).toBe(text.length);
    expect(rawEnd.length).toBe(text.length);
    for (let k = 0; k < text.length; k++) {
      expect(rawEnd[k]!).toBeGreaterThan(rawStart[k]!);
      if (k > 0) expect(rawStart[k]!).toBeGreaterThanOrEqual(rawStart[k - 1]!);
      expect(normalizeForCompare(raw.slice(rawStart[k]!, rawEnd[k]!)) || ' ').toContain(text[k]!);
    }
  });
});

describe('combining accents', () => {
  it('compose with their letter, so decomposed and precomposed text compare equal, offsets covering both', () => {
    expect(normalizeForCompare('cafe\u0301')).toBe(normalizeForCompare('caf\u00e9'));
    const raw = 'x cafe\u0301 y';
    const normalized = normalizeText(raw);
    expect(normalized.text).toBe('x caf\u00e9 y');
    const span = toRawSpan(normalized, normOffset(2), normOffset(6));
    expect(raw.slice(span.start, span.end)).toBe('cafe\u0301');
  });
});
