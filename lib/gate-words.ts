import type { DetectionIndex } from '../core/detect/detect.ts';
import { escapeRegExp } from '../core/util/escape-reg-exp.ts';
import { STOPWORDS } from '../core/text/lexicon.ts';

/**
 * A gate before the quick look's scoring, for the great majority of pages that are about no bundled story. A page
 * scores below the quick look's bar for a story unless it uses one of the story's main key names (the names every
 * source uses: the fingerprint's `anchors` in core/detect, not anchoring text in the DOM, page/anchor.ts), or the
 * name an acronym among them stands for (core/detect/detect.ts scales the score by the key names it finds), and the scoring counts
 * only the words of the index's word table. So a page that contains none of the table's words for key names and
 * what they stand for needs no scoring. The background's judge runs the gate on a tab's title and address (and first heading, under a title
 * that is only a site's name) before any script goes into its page (lib/tab-judge.ts). The bundled stories' gate
 * words are listed at build time (virtual:triangulate/gate); the reader's own stories' are published by the
 * background (lib/own-look.ts).
 *
 * The gate only ever lets more pages through than the scoring would pass, never fewer (tests/lib/gate-words.test.ts).
 */

// The word characters of the quick look's word pattern (core/detect/detect.ts QUICK_WORD).
const CHAR = 'A-Za-z0-9\\u00c0-\\u024f';

/** Whether a text may be about one of the index's stories. */
export type WordGate = (text: string) => boolean;

/**
 * The words a page must contain (any one of them) to be scored against the index: the written forms of its key names
 * and of what they stand for, the surnames of the people its stories' sources quote, and the words and phrases its
 * stories' headlines share. Null when nothing can be
 * gated on (a story without key names, an index without a word table).
 */
export function gateWords(index: DetectionIndex): string[] | null {
  if (index.stories.some((story) => story.anchors === 0) || !index.forms) return null;
  const wanted = new Set<string>();
  for (const term of Object.keys(index.postings)) if (index.postings[term]!.some((posting) => posting[2] === 1)) wanted.add(term);
  // The story's main key names only: a further one ("Trump" beside Microsoft and ICE) is no report's sole subject,
  // and a gate word in many pages' titles would put a script into them for nothing.
  for (const [story, keyName, terms] of index.aliases ?? []) {
    if (!(Object.hasOwn(index.postings, keyName) && index.postings[keyName]!.some((posting) => posting[0] === story && posting[2] === 1))) continue;
    wanted.add(keyName);
    for (const term of terms) wanted.add(term);
  }
  const words = Object.keys(index.forms).filter((word) => wanted.has(index.forms[word]!));
  // A head that names a person the story quotes may open a report of that person's words alone. The gate reads
  // words in any case, so a surname that is also a function word ("May", "Will") would pass every other title.
  for (const story of index.stories) for (const person of story.persons ?? []) if (!STOPWORDS.has(person.toLowerCase())) words.push(person.toLowerCase());
  // A report is headlined the way the story's headlines are (core/detect/head-words.ts).
  for (const story of index.stories) words.push(...(story.headWords ?? []));
  return [...new Set(words)];
}

// What separates words for the gate: anything but the word characters.
const SEPARATOR = new RegExp(`[^${CHAR}]+`);

/**
 * A gate's words compiled into exactly what the check needs: the plain words, lower-cased, to look up one by one,
 * and a pattern for the few with inner punctuation ("u.s"). `every` when nothing can be gated on (every text
 * passes). Plain data: it can be made once and handed over as JSON.
 */
export interface CompiledGate {
  readonly every: boolean;
  readonly plain: Readonly<Record<string, 1>>;
  /** Source of a case-insensitive pattern for the words with inner punctuation; null when there are none. */
  readonly pattern: string | null;
}

/** Compiles gate words (null: nothing gates) for `passesGate`. */
export function compileGate(words: readonly string[] | null): CompiledGate {
  const plain: Record<string, 1> = {};
  const other: string[] = [];
  for (const word of words ?? []) {
    if (SEPARATOR.test(word)) other.push(word);
    else plain[word.toLowerCase()] = 1;
  }
  const alternatives = other.sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  return { every: words === null, plain, pattern: other.length === 0 ? null : `(?<![${CHAR}])(?:${alternatives})(?![${CHAR}])` };
}

/**
 * Whether a text contains any of a compiled gate's words as a whole word, in any case. Plain words are looked up
 * word by word: a script in a page starts cold, and a pattern of many alternatives costs more to compile than a
 * page's head costs to split. `patterns` caches the compiled pattern.
 */
export function passesGate(gate: CompiledGate, text: string, patterns: Map<string, RegExp> = PATTERNS): boolean {
  if (gate.every) return true;
  for (const token of text.toLowerCase().split(SEPARATOR)) if (Object.hasOwn(gate.plain, token)) return true;
  if (gate.pattern === null) return false;
  let pattern = patterns.get(gate.pattern);
  if (!pattern) patterns.set(gate.pattern, (pattern = new RegExp(gate.pattern, 'i')));
  return pattern.test(text);
}

const PATTERNS = new Map<string, RegExp>();

/** A gate that passes a text containing any of the words as a whole word, in any case (see `passesGate`). */
export function gateOf(words: readonly string[]): WordGate {
  const gate = compileGate(words);
  return (text) => passesGate(gate, text);
}
