import { CALENDAR_NAME, WEEKDAY_PATTERN } from '../text/calendar.ts';
import { termOf } from '../text/tokens.ts';
import type { QuoteSpan } from './quotes.ts';

/** What kind of thing a speaker is; decides which speakers can be the same source of a quote. */
export type SpeakerKind = 'person' | 'group' | 'organization' | 'document';

/** Who a quotation is attributed to. */
export interface Speaker {
  /** As the text names it ("Nadella", "the letter", "a spokesperson"). */
  readonly name: string;
  /** Comparison key: a person's surname, an organization's name, a noun's stem. */
  readonly key: string;
  readonly kind: SpeakerKind;
  /** Read from a pronoun ("she said") as the last speaker before it: a guess, as the person meant may be named otherwise. */
  readonly byPronoun?: true;
}

/** What attribution needs to know about the rest of the article. */
export interface SpeakerContext {
  /** Surnames (lower case) that the article uses for people, from names like "Satya Nadella". */
  readonly persons: ReadonlySet<string>;
  /** The last person named as a speaker, for "he wrote". */
  lastPerson: Speaker | null;
  /** The last speaker of any kind, for "it added". */
  lastSpeaker: Speaker | null;
  /** Words the article also writes in lower case: "Employees" at a sentence start is not a name. */
  readonly lowerWords: ReadonlySet<string>;
}

const VERBS =
  'said|says|say|wrote|writes|told|tells|added|adds|stated|states|tweeted|reads|read|continued|explained|noted|argued|asked|asks|demands|demanded|urged|urges|called|calls|warned|declared|insisted|acknowledged|admitted|announced|replied|responded|posted|reiterated|reiterates|claimed|claims|complained|described|concluded|stressed|emphasized|emphasised|remarked|observed|recalled|countered|cautioned|conceded|maintained|suggested|commented|asserted|lamented|vowed|pledged|promised';
const PARTICIPLES = 'saying|calling|adding|writing|noting|arguing|asking|demanding|urging|describing|stating|telling|declaring|warning|insisting';
const VERB_AFTER = new RegExp(String.raw`^([^,;:"]{1,80}?)\s+(?:also\s+|then\s+|later\s+)?(?:${VERBS})\b`);
const VERB_FIRST = new RegExp(String.raw`^(?:${VERBS})\s+([^,;:"]{1,80})`);
// The agent ends where the sentence goes on: a comma, a colon, a dash (normalized "--"), a parenthesis.
const BY_AGENT = /^(?:by|according to)\s+([^,;:"()\u2013\u2014]{1,80}?)(?=\s*(?:$|[,;:"()\u2013\u2014]|--|\s-\s))/;
const VERB_BEFORE = new RegExp(String.raw`\b(?:${VERBS}|${PARTICIPLES})\b`, 'g');
// "described as "unconscionable" by the UN": an agent after the quote only counts after such a verb.
const PASSIVE_VERB = 'described|called|criticized|condemned|denounced|labeled|labelled|branded';
// "… was called "reckless" by …": the verb after a form of "be" is passive too.
const PASSIVE_BEFORE = new RegExp(String.raw`\b(?:(?:${PASSIVE_VERB}) as|(?:is|was|were|are|been|being)\s+(?:\w+ly\s+)?(?:${PASSIVE_VERB}))\s*$`);
/** How far (in characters) a speech verb may stand before its quotation: "said in a statement it was". */
const VERB_REACH = 100;
const PARTICIPLE_REACH = 200;
const PARTICIPLE = new RegExp(String.raw`^(?:${PARTICIPLES})$`);
// Up to four capitalized words ending right before a participle: "Microsoft", "Satya Nadella", "Brad Smith".
const NAME_BEFORE_PARTICIPLE = /(?:^|[^,;:\s]\s+)((?:[A-Z][\w'’&-]*\s+){0,3}[A-Z][\w'’&-]*)\s+$/;

const DOCUMENT_NOUNS = new Set(
  'letter petition post blog statement email e-mail memo report tweet article message note release filing lawsuit complaint document website page'.split(' '),
);
const ORGANIZATION_NOUNS = new Set(
  'company firm spokesperson spokeswoman spokesman representative agency department government administration giant group corporation business team'.split(' '),
);
/** Roles a person is named by ("the CEO said"): a person, whichever one. Keys are stems, as speakers' keys are. */
const ROLE_NOUNS = new Set(['ceo', 'chief', 'executive', 'president', 'founder', 'chairman', 'chairwoman', 'chair', 'director', 'manager', 'head', 'minister', 'secretary'].map((w) => termOf(w)));
/** Nouns for a person who speaks for an organization: "he" or "she" may refer back to one. */
const SPOKESPEOPLE = new Set(['spokesperson', 'spokeswoman', 'spokesman', 'representative', 'spokespeople']);
/** Last words of names that belong to organizations, places or events, not people. */
export const NON_PERSON_NAME_WORDS = new Set(
  'inc corp corporation company co government department council commission times news post association union office agency enforcement protection service services nations rights group security day ii iii house senate congress university institute foundation committee court party states york board bureau administration coalition alliance federation league society network organization organisation center centre'.split(' '),
);
const DETERMINERS = /^(?:the|a|an|one|some|two|three|several|many|his|her|its|their|our|this|that|these|those|and|but)\s+/i;
// A Map, not an object: a word of the page may be "constructor" or another key every object has.
const PRONOUNS: ReadonlyMap<string, 'person' | 'any'> = new Map([['he', 'person'], ['she', 'person'], ['it', 'any'], ['they', 'any'], ['we', 'any']]);

/**
 * Finds the speaker of `quote` in `sentence`. Returns undefined when the sentence has no attribution at all
 * (the quote may continue an earlier one), null when it has one that cannot be resolved ("she said" with no
 * woman named before).
 */
export function attributeSpeaker(
  sentence: string,
  quote: QuoteSpan,
  context: SpeakerContext,
  previousInSentence: Speaker | null,
  sentenceSubject: string | null,
): Speaker | null | undefined {
  const after = sentence.slice(quote.end).replace(/^[\s"',.!?;:-]+/, '');
  const before = sentence.slice(0, Math.max(0, quote.start - 1));
  const passive = PASSIVE_BEFORE.test(before);
  const agent = passive ? BY_AGENT.exec(after)?.[1] : undefined;
  const phrase = VERB_AFTER.exec(after)?.[1] ?? VERB_FIRST.exec(after)?.[1] ?? agent;
  if (phrase && looksLikeNounPhrase(phrase)) return resolve(phrase, context);
  // "the policy, which has been described as "…"": what is described is no speaker; only a "by" names one.
  if (passive) return undefined;
  const verb = lastMatch(VERB_BEFORE, before);
  const distance = verb ? before.length - (verb.index + verb[0].length) : Infinity;
  if (verb && PARTICIPLE.test(verb[0])) {
    if (distance > PARTICIPLE_REACH) return null;
    // "... was Microsoft saying it was "proud"", "with Nadella calling it "cruel"": a name right before the
    // participle, no comma between, is who speaks; after a comma the participle goes with the sentence's subject.
    const named = NAME_BEFORE_PARTICIPLE.exec(before.slice(0, verb.index))?.[1];
    if (named && !SENTENCE_OPENERS.test(named.split(/\s+/)[0] ?? '')) return resolve(named, context);
    return previousInSentence ?? (sentenceSubject ? resolve(sentenceSubject, context) : null);
  }
  if (verb && distance <= VERB_REACH) {
    const subject = subjectBefore(before.slice(0, verb.index));
    if (subject) return resolve(subject, context);
  }
  return undefined;
}

/** The noun phrase a sentence starts with, after a leading adverbial ("After backlash, the company ..."). */
export function sentenceSubject(sentence: string): string | null {
  const body = sentence.replace(/^["'\s]+/, '');
  const lead = new RegExp(`^(?:in|on|at|after|before|following|with|as|over|since|during|now|but|and|so|meanwhile|earlier|later|last|this|${WEEKDAY_PATTERN})\\b[^,]{0,80},\\s*`, 'i');
  const rest = body.replace(lead, '');
  const m = SUBJECT_AND_VERB.exec(rest);
  if (m && LONE_DETERMINER.test(m[1]!)) {
    // "An undated letter signed by ...": an "-ed" word right after a determiner describes the noun; it is not the verb.
    const skipped = /^\S+\s+\S+\s+/.exec(rest)?.[0] ?? '';
    const again = SUBJECT_AND_VERB.exec(rest.slice(skipped.length));
    return again && skipped ? `${skipped}${again[1]!}` : null;
  }
  return m ? m[1]! : null;
}

const SUBJECT_AND_VERB = /^((?:[\w'-]+\s+){0,7}?[\w'-]+?)\s+(?:\w+ed|sent|said|wrote|told|gave|made|took|is|was|are|were|has|had|have|will|would|did|does|do|says|writes|reiterated|urged)\b/;
const LONE_DETERMINER = /^(?:a|an|the|this|that|its|their|his|her|our)$/i;

/** The words a text writes in lower case at least once. */
export function collectLowerWords(text: string): Set<string> {
  return new Set(text.match(/\b[a-z][a-z'-]+\b/g) ?? []);
}

/** The last person of `persons` a sentence mentions by surname, for a "he" or "she" in the next one. */
export function lastMentionedPerson(sentence: string, persons: ReadonlySet<string>): Speaker | null {
  let found: Speaker | null = null;
  for (const m of sentence.matchAll(/\b[A-Z][a-z]+\b/g)) {
    const key = m[0].toLowerCase();
    if (persons.has(key)) found = { name: m[0], key, kind: 'person' };
  }
  return found;
}

// Function words that open a sentence with a capital: "While Microsoft ..." names no person called Microsoft.
const SENTENCE_OPENERS =
  /^(?:In|On|At|As|After|Before|But|And|Or|So|Yet|When|While|Although|Though|Because|Since|If|Unlike|Like|Despite|Amid|During|Under|Over|Following|For|From|With|To|By|Of|Its|It|He|She|They|We|Our|Their|His|Her|However|Meanwhile|Now|Then|Still|Also)$/;

/** Collects the surnames an article uses for people: last words of multi-word capitalized names. */
export function collectPersons(text: string): Set<string> {
  const persons = new Set<string>();
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b/g)) {
    const words = m[0].split(/\s+/);
    const tokens = words.filter((t, i) => !DETERMINERS.test(`${t} `) && !SENTENCE_OPENERS.test(t) && (!CALENDAR_NAME.test(t) || isCalendarSurname(words, i)));
    const last = tokens[tokens.length - 1];
    if (tokens.length >= 2 && last && !NON_PERSON_NAME_WORDS.has(last.toLowerCase())) persons.add(last.toLowerCase());
  }
  return persons;
}

/**
 * Whether the calendar word at `i` of a run of capitalized words is a surname: a month or day is no name ("On
 * Tuesday Microsoft"), but it is one when it ends the run after a first name ("Theresa May", not "Tuesday May").
 */
function isCalendarSurname(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  return i === words.length - 1 && before !== undefined && !CALENDAR_NAME.test(before) && !SENTENCE_OPENERS.test(before);
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

function looksLikeNounPhrase(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  // A speaker is a noun phrase: what follows a quote from a preposition on ("by the separations at the border and
  // called ...") continues the sentence, it names nobody.
  return words.length <= 8 && !/^(?:and|but|or|that|which|to|in|on|for|by|at|with|from|of|after|before|over|about|as|into|against)$/i.test(words[0] ?? '');
}

function subjectBefore(text: string): string | null {
  // Drop what two commas set off right before the verb: a relative clause or an appositive ("Microsoft, which
  // works with ICE, said"; "Microsoft, under fire for its ICE deal, says"; "Nadella, 50, said").
  // A person's name set off after a role is who speaks: "The union general secretary, Graham Peel, said".
  const named = ROLE_THEN_NAME.exec(text);
  if (named) return named[1]!;
  const cleaned = text.replace(/,[^,]*,\s*$/, '').replace(/[\s,]+$/, '');
  const tail = (cleaned.split(/[,;:(]/).pop() ?? '').replace(/^[\s"']+/, '').trim();
  const words = tail.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= 8 ? tail : null;
}

// A role in lower case ("secretary", "spokeswoman", "chief executive"), then a name of two or more capitalized words
// between commas, right before the verb.
const ROLE_THEN_NAME = /\b[a-z][\w'-]*\s*,\s*([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+)\s*,\s*$/;

function resolve(phrase: string, context: SpeakerContext): Speaker | null {
  const name = phrase
    // "where Microsoft said", "It also wrote": a subordinator before the speaker, an adverb after it, are not its name.
    // A conjunction that opens the phrase ("But the software company said") is not part of the name either.
    .replace(/^(?:where|when|while|whereas|as|because|since|although|though|if|after|before|but|and|or|so|yet)\s+/i, '')
    .replace(/\s+(?:also|then|later|again|still|further|already|previously|recently|now|had|has|have)$/i, '')
    .replace(/\s+(?:who|that|which)\b.*$/i, '')
    .replace(/\s+(?:in|on|at|to|for|from|with|on)\s.*$/i, '')
    .replace(new RegExp(`\\s+(?:${WEEKDAY_PATTERN}|yesterday|today|tonight|earlier|later)$`, 'i'), '')
    .replace(/[\s.,;:!?'"]+$/, '')
    .trim();
  const bare = name.replace(DETERMINERS, '').replace(DETERMINERS, '');
  const lower = bare.toLowerCase();
  const pronoun = PRONOUNS.get(lower);
  if (pronoun) {
    // "she added" after "a Salesforce spokeswoman said": a spokesperson is a person speaking for an organization.
    const last = context.lastSpeaker;
    const human = last !== null && (last.kind === 'person' || SPOKESPEOPLE.has(last.name.replace(DETERMINERS, '').split(/\s+/).pop()?.toLowerCase() ?? ''));
    const meant = pronoun === 'person' ? (human ? last : context.lastPerson) : last;
    return meant && { ...meant, byPronoun: true };
  }
  const words = bare.split(/\s+/).filter(Boolean);
  const head = words[words.length - 1];
  if (!head) return null;
  const headLower = head.toLowerCase().replace(/'s$/, '');
  let speaker: Speaker;
  const commonNoun = words.length === 1 && context.lowerWords.has(headLower);
  if (ROLE_NOUNS.has(termOf(headLower)) && !ORGANIZATION_NOUNS.has(headLower)) {
    // "the India-born CEO", "Microsoft's president": a person named by a role.
    speaker = { name, key: termOf(headLower), kind: 'person' };
  } else if (!commonNoun && /^[A-Z]/.test(head) && words.every((w) => /^[A-Z0-9&]/.test(w) || /^(?:and|of|for|the)$/.test(w))) {
    const isPerson =
      !NON_PERSON_NAME_WORDS.has(headLower) && (context.persons.has(headLower) || (words.length >= 2 && /^[A-Z][a-z]+$/.test(words[words.length - 2] ?? '')));
    speaker = isPerson
      ? { name, key: headLower, kind: 'person' }
      : { name, key: words.join(' ').toLowerCase(), kind: 'organization' };
  } else if (/^[A-Z][a-z]/.test(head) && context.persons.has(headLower) && !NON_PERSON_NAME_WORDS.has(headLower)) {
    // "chief executive Dana Okafor", "Microsoft CEO Satya Nadella": a role before a person's name.
    speaker = { name, key: headLower, kind: 'person' };
  } else if (/^[A-Z]/.test(head) && NON_PERSON_NAME_WORDS.has(headLower)) {
    // "the advocacy group Tech Workers Coalition": a description, then the organization's own name.
    const own = words.slice(words.findLastIndex((w) => !/^[A-Z0-9&]/.test(w)) + 1);
    speaker = { name, key: own.join(' ').toLowerCase(), kind: 'organization' };
  } else if (DOCUMENT_NOUNS.has(headLower)) {
    speaker = { name, key: termOf(headLower), kind: 'document' };
  } else if (ORGANIZATION_NOUNS.has(headLower)) {
    speaker = { name, key: termOf(headLower), kind: 'organization' };
  } else {
    speaker = { name, key: termOf(headLower), kind: 'group' };
  }
  if (speaker.kind === 'person') context.lastPerson = speaker;
  context.lastSpeaker = speaker;
  return speaker;
}

/**
 * Whether two speakers can be the same source of a quotation. A document (a letter, a statement) may have been
 * written by anyone; a generic organization noun ("the company", "a spokesperson") may stand for any named
 * organization; otherwise the keys must agree.
 */
export function compatibleSpeakers(a: Speaker | null, b: Speaker | null): boolean {
  if (!a || !b) return true;
  if (a.kind === 'document' || b.kind === 'document') return true;
  if (a.key === b.key) return true;
  // "the CEO", "the company's president": a role held by a person, who may be the person the other names; "she",
  // read as the last person named, may be the other's person too.
  if (a.kind === 'person' && b.kind === 'person') return isRole(a) || isRole(b) || a.byPronoun === true || b.byPronoun === true;
  if (a.kind === 'organization' && b.kind === 'organization') {
    // "a Salesforce spokeswoman" and "a Salesforce representative", "Microsoft" and "a Microsoft spokesperson":
    // the same organization's voice.
    return isGenericOrg(a) || isGenericOrg(b) || sharesName(a, b);
  }
  return false;
}

/**
 * Whether two speakers are two different people, each named (not "the CEO"): the same quotation from both is
 * attributed to one of them wrongly.
 */
export function differentNamedPersons(a: Speaker | null, b: Speaker | null): boolean {
  // A speaker read from "she said" is the last one named, not always the one meant: no clash rests on it.
  return a !== null && b !== null && a.kind === 'person' && b.kind === 'person' && a.key !== b.key && !isRole(a) && !isRole(b) && !a.byPronoun && !b.byPronoun;
}

/** Whether a person speaker is named by a role ("the India-born CEO") rather than by name. */
function isRole(s: Speaker): boolean {
  return ROLE_NOUNS.has(s.key);
}

/** Whether two speakers' names share a capitalized word (past a sentence's leading determiner): an organization. */
function sharesName(a: Speaker, b: Speaker): boolean {
  const names = (s: Speaker) => new Set(s.name.replace(/^[^A-Za-z]+/, '').replace(DETERMINERS, '').match(/\b[A-Z][\w&'-]*/g) ?? []);
  const theirs = names(b);
  for (const name of names(a)) if (theirs.has(name)) return true;
  return false;
}

function isGenericOrg(s: Speaker): boolean {
  // "The tech company" at a sentence start is as generic as "the company": the determiner's capital is no name.
  const bare = s.name.replace(/^[^A-Za-z]+/, '').replace(DETERMINERS, '');
  return /^[a-z]/.test(bare) && !/[A-Z]/.test(bare);
}
