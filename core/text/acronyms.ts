/**
 * Acronyms and the names they stand for. News copy names an agency in full once and by its initials after
 * ("Immigration and Customs Enforcement (ICE)", "Customs and Border Protection ... CBP"); another outlet may use
 * only one of the two. And an acronym is told from a common word by its capitals: "ICE" the agency, "ice" the
 * frozen water.
 */

/** Small words a name's initials skip: "Customs and Border Protection" is CBP. */
const SKIPPED = new Set(['and', 'of', 'the', 'for', 'on', 'in', '&']);
/** A word written in capitals this often is an acronym. */
export const ACRONYM_CAPS_SHARE = 0.8;

/** Words of two to six letters that a text writes in capitals nearly every time it uses them, lower case. */
export function acronymsOf(text: string): Set<string> {
  const caps = new Map<string, number>();
  const all = new Map<string, number>();
  for (const m of text.matchAll(/\b[A-Za-z]{2,6}\b/g)) {
    const lower = m[0].toLowerCase();
    all.set(lower, (all.get(lower) ?? 0) + 1);
    if (m[0] === m[0].toUpperCase()) caps.set(lower, (caps.get(lower) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [word, n] of caps) if (n >= ACRONYM_CAPS_SHARE * all.get(word)!) out.add(word);
  return out;
}

/** The capitalized names in a text whose initials spell `acronym` ("Customs and Border Protection" for "cbp"). */
export function expansionsOf(acronym: string, text: string): string[] {
  const out = new Set<string>();
  const letters = acronym.toUpperCase();
  const NAME = /\b[A-Z][a-z]+(?:\s+(?:(?:and|of|the|for|on|in|&)\s+)*[A-Z][a-z]+)+/g;
  for (const m of text.matchAll(NAME)) {
    const words = m[0].split(/\s+/);
    // Any run of the name's words may be the expansion: "U.S. Immigration and Customs Enforcement".
    for (let i = 0; i < words.length; i++) {
      if (SKIPPED.has(words[i]!.toLowerCase())) continue;
      const initials: string[] = [];
      for (let k = i; k < words.length && initials.length <= letters.length; k++) {
        if (SKIPPED.has(words[k]!.toLowerCase())) continue;
        initials.push(words[k]![0]!);
        if (initials.join('') === letters) out.add(words.slice(i, k + 1).join(' '));
      }
    }
  }
  return [...out];
}
