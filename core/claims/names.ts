const NAME = String.raw`[A-Z][\w&'.-]*(?:\s(?:of\s)?[A-Z][\w&'.-]*){0,3}`;
const LIST = new RegExp(String.raw`${NAME}(?:,\s${NAME})*,?\s(?:and|or)\s(?:${NAME}|more|others)`, 'g');
// Words that announce an enumeration. Without one, "X and Y" is as likely a single name
// ("Immigration and Customs Enforcement") as a list of two.
const LIST_CUE = /\b(?:including|like|such as|among them|namely|notably|from)\s*$/;

/** Names listed in a sentence ("like Apple, Facebook, YouTube, Uber, and more"), as written, in order. */
export function listedNames(sentence: string): string[] {
  let best: string[] = [];
  for (const m of sentence.matchAll(LIST)) {
    const items = m[0]
      .split(/,\s|\s(?:and|or)\s/)
      .map((s) => s.replace(/^(?:and|or)\s/, '').trim())
      .filter((s) => s && s !== 'more' && s !== 'others');
    const cued = LIST_CUE.test(sentence.slice(Math.max(0, m.index - 20), m.index));
    if (items.length > best.length && (items.length >= 3 || (items.length === 2 && cued))) best = items;
  }
  return best;
}
