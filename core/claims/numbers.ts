import { PEOPLE_UNITS, STOPWORDS } from '../text/lexicon.ts';
import { termOf } from '../text/tokens.ts';

/** How a number is hedged in the text; `many` is a plural round number ("hundreds of", "thousands of"). */
export type NumberQualifier = 'more-than' | 'less-than' | 'about' | 'at-least' | 'up-to' | 'exactly' | 'many';

/** A number read from a sentence, with what it counts. */
export interface NumberMention {
  /** The phrase as written, qualifier included ("more than 150 employees"). */
  readonly text: string;
  /** Offsets of the phrase in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Comparison key of what is counted ("employe", "year", "usd"), or null when nothing follows. */
  readonly unit: string | null;
  /** The unit word as written. */
  readonly unitText: string | null;
  readonly qualifier: NumberQualifier;
  /** The step of the last written digit ("19.4 million": 100,000; "150": 1): how far the figure may be rounded. */
  readonly precision: number;
}

// "one" is left out: "one worker said" names a person, it does not count anything.
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12,
};
const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9,
};
const QUALIFIERS: ReadonlyArray<[RegExp, NumberQualifier]> = [
  // A count that has "crossed 800" or "topped 1,000" is past that mark (tolls, signatures, sales).
  [/(more than|over|upwards? of|in excess of|above|north of|crossed|topped|exceeded|surpassed)\s$/i, 'more-than'],
  [/(fewer than|less than|under|below)\s$/i, 'less-than'],
  [/(about|around|roughly|nearly|almost|approximately|some|an estimated|close to)\s$/i, 'about'],
  [/(at least|no fewer than|no less than)\s$/i, 'at-least'],
  [/(up to|as many as|as much as)\s$/i, 'up-to'],
];
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
// "twenty-five" before "twenty", so the longer form wins.
const WORD_NUMBER = `(?:${TENS})-(?:${UNITS})|${Object.keys(WORD_NUMBERS).join('|')}`;
// "$US" and "USD" are how Australian, British and wire copy write US dollars.
const CURRENCIES: Record<string, string> = { $: 'usd', US$: 'usd', $US: 'usd', USD: 'usd', '€': 'eur', '£': 'gbp' };
/** Currencies named in words after a figure ("pounds" is left out: as often a weight). */
const CURRENCY_WORDS: Readonly<Record<string, string>> = { dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur' };
// Words after a number that are not what it counts.
const NOT_UNITS = new Set(['says', 'said', 'say', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'p.m', 'a.m', 'pm', 'am', 'per', 'now']);
// A number: "$19.4 million", "150", "1,000", "five", "20%", "6.5 per cent" (as British and Commonwealth outlets
// write it), "two and a half", then an optional scale word.
const NUMBER = new RegExp(
  String.raw`(US\$|\$US|USD(?=\s?\d)|\$|€|£)?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:${WORD_NUMBER})\b)([\s-]and[\s-]a[\s-]half\b)?(?:[\s-]?(hundred|thousand|million|billion|trillion|mln|mn|bln|bn|k|m)\b)?(\s?%| percent\b| per cent\b)?(\+|-plus\b)?`,
  'gi',
);
// Metric units and speeds written on the figure itself: "56km", "10kg", "3.5mm", "120mph".
const GLUED_UNIT = /^(km|kg|cm|mm|mg|ml|mph|kph)\b/i;
// Words between a count and the counted noun: "100 of the company's staff", "150 new employees".
const SKIPPABLE = new Set(['of', 'the', 'its', 'their', 'our', 'his', 'her', 'a', 'an', 'new', 'more', 'other', 'young', 'local', 'former', 'current', 'full-time', 'migrant']);
// "a hundred employees", "a thousand workers": a scale word with "a" is a figure of its own, or a part of one:
// "half a billion guests", "a quarter of a million acres".
const A_SCALE = /\b(?:(half|a quarter|a third|three quarters|two thirds) (?:of )?)?(?:a|one) (hundred|thousand|million|billion)\b(-plus\b)?/gi;
const SCALE_PARTS: Readonly<Record<string, number>> = { half: 1 / 2, 'a quarter': 1 / 4, 'a third': 1 / 3, 'three quarters': 3 / 4, 'two thirds': 2 / 3 };
// "hundreds of employees": a plural round number counts too, loosely; "tens of thousands of people" and "hundreds
// of millions of accounts" are one such number, not "tens" of something and "thousands of people".
const MANY = /\b(?:(tens|hundreds)\s+of\s+)?(dozens|hundreds|thousands|millions|billions)\s+of\s/gi;
const MANY_VALUES: Record<string, number> = { tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 };
// A share of a group: "nine in ten drivers", "one in five", "3 out of 4", read as a percentage. The whole is a
// round number (two to five, ten, a hundred, a thousand); "12 in 24 hours" is a count in a span of time.
const SHARE_PART = `\\d{1,3}|one|${Object.keys(WORD_NUMBERS).filter((w) => WORD_NUMBERS[w]! <= 10).join('|')}`;
const SHARE = new RegExp(String.raw`\b(${SHARE_PART})\s+(?:in|out of)\s+(two|three|four|five|ten|a hundred|a thousand|[2-5]|10|100|1,?000)\b(?!\s+(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|games?|matches?)\b)`, 'gi');
// "a third of", "two-thirds of", "a quarter of": a fraction of a group, read as a percentage too.
// "a quarter of a million" is a number, not a share (A_SCALE).
const FRACTION = /\b(a|one|two|three)[\s-](half|thirds?|quarters?|fifths?|sixths?|tenths?)(?=\s+of\b)(?!\s+of\s+(?:a|one)\s+(?:hundred|thousand|million|billion)\b)/gi;
// "a two-thirds majority": written with a hyphen, a fraction is one whatever follows it.
const HYPHEN_FRACTION = /\b(one|two|three)-(thirds?|quarters?|fifths?|sixths?|tenths?)\b(?!\s+of\b)/gi;
const SHARE_WORDS: Record<string, number> = { a: 1, one: 1, 'a hundred': 100, 'a thousand': 1000, half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6, tenth: 10, tenths: 10 };
/** The count a word or numeral of a share gives: "nine", "one", "a hundred", "1,000", "sixth" (of six). */
const shareCount = (written: string): number => {
  const word = written.toLowerCase();
  return SHARE_WORDS[word] ?? WORD_NUMBERS[word] ?? Number(word.replace(/,/g, ''));
};

/** The shares of a group a sentence gives ("nine in ten drivers", "about a sixth of"), as percentages. */
function readShares(sentence: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of [...sentence.matchAll(SHARE), ...sentence.matchAll(FRACTION), ...sentence.matchAll(HYPHEN_FRACTION)]) {
    const part = shareCount(m[1]!);
    const whole = shareCount(m[2]!);
    if (!(part > 0 && part <= whole)) continue;
    const hedge = hedgeBefore(sentence, m.index);
    const end = m.index + m[0].length;
    out.push({ text: sentence.slice(hedge.start, end), start: hedge.start, end, value: (100 * part) / whole, unit: 'percent', unitText: '%', qualifier: hedge.qualifier, precision: 100 / whole });
  }
  return out;
}

// Years like 2018 and times of day are labels, not quantities.
const YEARISH = /^(1[89]|20)\d\d$/;

/** Reads the numbers of a sentence (normalized text) with their value, unit and qualifier. */
export function readNumbers(sentence: string): NumberMention[] {
  const shares = readShares(sentence);
  const out: NumberMention[] = [...shares];
  // "three quarters of a million" is one figure (A_SCALE), not three quarters: read once, used twice.
  const scaleWords = [...sentence.matchAll(A_SCALE)];
  const parts = scaleWords.filter((m) => m[1]);
  for (const m of sentence.matchAll(NUMBER)) {
    // "100+ employees", "100-plus employees": a lower bound.
    const [whole, currency, digits = '', half, scale, percent, plus] = m;
    // The numbers of a share ("nine in ten") are read as the share.
    const at = m.index + (whole.length - whole.trimStart().length);
    if (shares.some((n) => n.start <= at && n.end > at) || parts.some((p) => p.index <= at && p.index + p[0].length > at)) continue;
    if (!currency && YEARISH.test(digits) && !scale) continue;
    // Ordinals and codes ("19th", "5G") and times of day ("5 p.m.") are not quantities; a metric unit written on
    // the figure is ("56km northeast of", "a 10kg bag").
    const next = sentence.slice(m.index + whole.length, m.index + whole.length + 5);
    const glued = !scale && !percent && !plus && !currency ? GLUED_UNIT.exec(next) : null;
    if (!glued && !scale && !percent && !plus && (/^[A-Za-z]/.test(next) || /^\s?[ap]\.?m\b/i.test(next))) continue;
    const lower = digits.toLowerCase();
    const [tens, ones] = lower.split('-');
    const base = ones !== undefined && !/\d/.test(lower) ? (WORD_NUMBERS[tens!] ?? 0) + (WORD_NUMBERS[ones] ?? 0) : (WORD_NUMBERS[lower] ?? Number(lower.replace(/,/g, '')));
    if (!Number.isFinite(base)) continue;
    const value = (base + (half ? 0.5 : 0)) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    const figureStart = m.index + (whole.length - whole.trimStart().length);
    const end = m.index + whole.length;
    const hedge = hedgeBefore(sentence, figureStart);
    const { start } = hedge;
    const qualifier = plus && hedge.qualifier === 'exactly' ? 'more-than' : hedge.qualifier;
    const unitWord = currency || percent ? null : glued ? glued[1]! : unitAfter(sentence.slice(end));
    // "19.4 million dollars", "a 40-million-euro fund": the currency named after the figure.
    const named = !currency && unitWord !== null ? CURRENCY_WORDS[unitWord.toLowerCase()] : undefined;
    const unit = currency ? (CURRENCIES[currency] ?? 'usd') : named ? named : percent ? 'percent' : unitWord ? unitTerm(sentence, start, unitWord) : null;
    const unitEnd = unitWord ? sentence.indexOf(unitWord, end) + unitWord.length : end;
    out.push({
      text: sentence.slice(start, unitEnd),
      start,
      end: unitEnd,
      value,
      unit,
      unitText: currency ? currency : percent ? '%' : unitWord,
      qualifier,
      precision: precisionOf(digits) * (half ? 0.5 : 1) * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1),
    });
  }
  for (const m of scaleWords) {
    if (out.some((n) => n.start <= m.index && n.end > m.index)) continue;
    const end = m.index + m[0].length;
    // "half a billion guests" is 500 million.
    const value = SCALES[m[2]!.toLowerCase()]! * (m[1] ? SCALE_PARTS[m[1].toLowerCase().replace(/\s+/g, ' ')]! : 1);
    const hedge = hedgeBefore(sentence, m.index);
    const { start } = hedge;
    const qualifier = m[3] && hedge.qualifier === 'exactly' ? 'more-than' : hedge.qualifier;
    const unitWord = unitAfter(sentence.slice(end));
    const unitEnd = unitWord ? sentence.indexOf(unitWord, end) + unitWord.length : end;
    out.push({ text: sentence.slice(start, unitEnd), start, end: unitEnd, value, unit: unitWord ? unitTerm(sentence, start, unitWord) : null, unitText: unitWord, qualifier, precision: m[1] ? value : 1 });
  }
  for (const m of sentence.matchAll(MANY)) {
    const unitWord = unitAfter(sentence.slice(m.index + m[0].length - 1));
    if (!unitWord) continue;
    const end = sentence.indexOf(unitWord, m.index + m[0].length - 1) + unitWord.length;
    const value = MANY_VALUES[m[2]!.toLowerCase()]! * (m[1] ? MANY_VALUES[m[1].toLowerCase()]! : 1);
    out.push({ text: sentence.slice(m.index, end), start: m.index, end, value, unit: unitTerm(sentence, m.index, unitWord), unitText: unitWord, qualifier: 'many', precision: value });
  }
  return withoutConversions(sentence, out.sort((a, b) => a.start - b.start));
}

// A figure in brackets right after another, and nothing else in the brackets: "six meters (20 feet)", "80 km (50
// miles)", "€19.4 million ($22 million)".
const CONVERSION_OPEN = /^\s*[\p{L}.]{0,12}\s*\($/u;
const CONVERSION_CLOSE = /^\s*\)/;

/**
 * The figures less those that give the one before in another unit. A conversion is the same quantity, rounded
 * its own way ("six meters (20 feet)" in one report, "(18 feet)" in another): compared as a figure of its own, it
 * would set two reports of one height against each other.
 */
function withoutConversions(sentence: string, figures: NumberMention[]): NumberMention[] {
  return figures.filter((n, i) => {
    const before = figures[i - 1];
    return !(before && CONVERSION_OPEN.test(sentence.slice(before.end, n.start)) && CONVERSION_CLOSE.test(sentence.slice(n.end)));
  });
}

/** Pronouns that count a group named before: "its own employees ... more than a hundred of them". */
const COUNTED_PRONOUNS = new Set(['them', 'those', 'whom', 'these']);
const PEOPLE_TERMS = new Set([...PEOPLE_UNITS].map((w) => termOf(w)));

/**
 * The comparison key of what a figure counts. "More than a hundred of them" counts the people the sentence named
 * before the figure ("Its own employees ..."): the pronoun stands for the last of them.
 */
function unitTerm(sentence: string, start: number, unitWord: string): string {
  // "metres" and "meters", "kilometres" and "kilometers" are one unit however an outlet spells it.
  const lower = unitWord.toLowerCase().replace(/(met|lit)re(s?)$/, '$1er$2');
  if (!COUNTED_PRONOUNS.has(lower)) return termOf(lower);
  let found: string | null = null;
  for (const m of sentence.slice(0, start).matchAll(/[a-z][\w'-]*/gi)) {
    const term = termOf(m[0].toLowerCase().replace(/'s$/, ''));
    if (PEOPLE_TERMS.has(term)) found = term;
  }
  return found ?? termOf(lower);
}

/** The hedge ("more than", "nearly") right before a figure starting at `start`, and where the phrase then starts. */
function hedgeBefore(sentence: string, start: number): { qualifier: NumberQualifier; start: number } {
  const before = sentence.slice(Math.max(0, start - 24), start);
  for (const [pattern, qualifier] of QUALIFIERS) {
    const hit = pattern.exec(before);
    if (hit) return { qualifier, start: start - hit[0].length };
  }
  return { qualifier: 'exactly', start };
}

/** The step of a numeral's last written digit: "19.4" → 0.1, "150" → 1, "five" → 1. */
function precisionOf(digits: string): number {
  const decimals = /\.(\d+)$/.exec(digits)?.[1]?.length ?? 0;
  return 10 ** -decimals;
}

// Punctuation that ends a figure's phrase before its counted noun.
const PHRASE_END = /[:;!?()[\]—–,]/;

function unitAfter(rest: string): string | null {
  let names = 0;
  let last = 0;
  // Look at the next few words only: the counted noun follows closely or not at all.
  for (const m of rest.slice(0, 60).matchAll(/[A-Za-z][\w'-]*/g)) {
    // The counted noun is in the figure's own phrase: a colon, comma, bracket or dash ends it ("USA 2-0
    // Netherlands: Second half goals" counts no halves).
    if (PHRASE_END.test(rest.slice(last, m.index))) return null;
    last = m.index + m[0].length;
    // A plural possessive counts its noun: "500 million guests' data", "30 years' experience".
    const word = m[0].replace(/'+$/, '');
    const lower = word.toLowerCase();
    // "two of the five commissioners" counts commissioners, not fives.
    if (SKIPPABLE.has(lower) || lower.endsWith("'s") || WORD_NUMBERS[lower] !== undefined) continue;
    // Up to two names may qualify the noun: "300 Microsoft employees", "4,000 Google engineers".
    if (/^[A-Z]/.test(word) && names < 2) {
      names++;
      continue;
    }
    // Only a lower-case noun is a unit: "150 employees", not "150 Microsoft", "five in the morning" or "Sept. 8
    // that hackers" (a function word is never what is counted; "of them" is, a group named before).
    const functionWord = STOPWORDS.has(lower) && !COUNTED_PRONOUNS.has(lower);
    return /^[a-z]/.test(word) && word.length >= 3 && !functionWord && !NOT_UNITS.has(lower) ? word : null;
  }
  return null;
}
