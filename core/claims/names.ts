const NAME = String.raw`[A-Z][\w&'.-]*(?:\s(?:of\s)?[A-Z][\w&'.-]*){0,3}`;
const LIST = new RegExp(String.raw`${NAME}(?:,\s${NAME})*,?\s(?:and|or)\s(?:${NAME}|more|others)`, 'g');
// Words that announce an enumeration. Without one, "X and Y" is as likely a single name
// ("Immigration and Customs Enforcement") as a list of two.
const LIST_CUE = /\b(?:including|like|such as|among them|namely|notably|from)\s*$/;
// Words that say a list gives examples, not every member: "including Facebook and Google", "like Apple, Uber,
// and more". Two such lists that name different members do not disagree.
const EXAMPLES_BEFORE = /\b(?:including|like|such as|among them|among others|notably|for example|e\.g\.)\s*$/;

/** A list of names a sentence gives, and whether it claims to be the whole list. */
export interface NameList {
  /** The names as written, in order. */
  readonly items: readonly string[];
  /** False when the sentence gives the names as examples ("including", "like", "and more"). */
  readonly complete: boolean;
}

/** Names listed in a sentence ("like Apple, Facebook, YouTube, Uber, and more"), or null when it lists none. */
export function listedNames(sentence: string): NameList | null {
  let best: NameList | null = null;
  for (const m of sentence.matchAll(LIST)) {
    const items = m[0]
      .split(/,\s|\s(?:and|or)\s/)
      // A sentence's full stop is not part of its last name ("Benchmark."); an abbreviation's is ("Inc.").
      .map((s) => s.replace(/^(?:and|or)\s/, '').trim().replace(/^([^.]+)\.$/, '$1'))
      .filter((s) => s && s !== 'more' && s !== 'others');
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    const cued = LIST_CUE.test(before);
    const open = /\s(?:and|or)\s(?:more|others)$/.test(m[0]) || EXAMPLES_BEFORE.test(before) || /^,?\s(?:among others|etc)/.test(sentence.slice(m.index + m[0].length));
    if (items.length > (best?.items.length ?? 0) && (items.length >= 3 || (items.length === 2 && cued))) best = { items, complete: !open };
  }
  return best;
}
