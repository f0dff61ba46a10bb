import { CALENDAR_NAME } from '../text/calendar.ts';
import { contentTerms } from '../text/tokens.ts';
import { REFERRING_NOUNS } from './references.ts';
import type { NumberMention } from '../claims/numbers.ts';

/**
 * Whose figure a number is, by the names right next to it: "hundreds of employees at Salesforce", "650
 * Salesforce employees", "Palantir ... has $150 million in contracts". News copy puts the owner of a count or a sum
 * beside it; a name further off is usually another actor of the sentence.
 */

/** Words on each side of a number in which a name says whose figure it is. */
const OWNER_WORDS = 3;
// Words after which a name is who reports a figure, not whose it is: "worth $19.14 million, according to Bloomberg".
const REPORTER_BEFORE = /\b(?:according to|by|to|from|said|says|told|reported|reports|via|in)\s*$/i;
// A name between "the" and a referring noun: "the Redmond tech company", "the Seattle-based firm".
const DESCRIBED_NOUN = new RegExp(String.raw`^(?:\s+[a-z-]+){0,2}?\s+(?:${REFERRING_NOUNS.join('|')})\b`);
// Runs of capitalized words: one name ("New York Times"). Acronyms and codes ("NPW", "$A26") are left out.
const NAME_RUN = /\b[A-Z][a-z][\w&'-]*(?:\s+[A-Z][\w&'-]*)*/g;

/**
 * The names within OWNER_WORDS words of a number, as terms: "hundreds of employees at Salesforce", "Palantir ...
 * has over $150 million in contracts". Names of who reports the figure ("according to Bloomberg", "first reported
 * by the New York Times") and of days and months are left out; so is the sentence's first word.
 */
export function numberOwners(sentence: string, n: NumberMention): Set<string> {
  const out = new Set<string>();
  // The window stays inside the number's clause: "(NPW) — More than 100 ..." names no owner of the 100.
  const before = sentence.slice(0, n.start);
  const from = before.length - (/(?:[^\s,;:()]+\s+){0,3}$/.exec(before)?.[0].length ?? 0);
  const afterWindow = /^\s*(?:[^\s,;:()]+\s*){0,3}/.exec(sentence.slice(n.end))?.[0].length ?? 0;
  const to = n.end + afterWindow;
  for (const m of sentence.matchAll(NAME_RUN)) {
    const end = m.index + m[0].length;
    if (end <= from || m.index >= to) continue;
    if (m.index === 0 || REPORTER_BEFORE.test(sentence.slice(0, m.index))) continue;
    // "the Redmond tech company" describes a company the story refers to by a noun; it names no other owner.
    if (/\bthe\s$/i.test(sentence.slice(0, m.index)) && DESCRIBED_NOUN.test(sentence.slice(end))) continue;
    for (const word of m[0].split(/\s+/)) if (!CALENDAR_NAME.test(word)) for (const term of contentTerms(word)) out.add(term);
  }
  return out;
}

