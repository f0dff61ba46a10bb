import { headOf, titleIsOnlySiteName } from '../page/quick-text.ts';
import { gateOf, type WordGate } from './gate-words.ts';

/**
 * The head gate, run by the background on what every tab shows it without a script in the page: its title and its
 * address (host permissions give both, in Chrome and Firefox, without the "tabs" permission). A news report names
 * its main actors in its headline or its address; a page whose head names no story's gate word (lib/gate-words.ts)
 * gets no script at all, and nothing is kept about it.
 */

/** What the background does about a tab's page. */
export type TabVerdict =
  /** Its title or address names a story: the first look reads its lead. */
  | 'look'
  /** Its title is only a site's name (an app still rendering, a page titled by its site): its first heading decides. */
  | 'heading'
  /** Nothing: no script goes into the page. */
  | 'none';


/** The gate words of the bundled stories (built) and of the reader's own (null: nothing gates, every page passes). */
export interface GateWords {
  readonly bundled: readonly string[] | null;
  readonly own: readonly string[];
}

/** The gate over bundled and own stories' words: any of them as a whole word, in any case. */
export function combinedGate(words: GateWords): WordGate {
  if (words.bundled === null) return () => true;
  return gateOf(words.own.length === 0 ? words.bundled : [...words.bundled, ...words.own]);
}

/** Whether the extension looks at pages at this address at all (its content scripts match http and https only). */
export function isWebPage(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** What to do about a tab showing `title` at `url`. */
export function tabVerdict(gate: WordGate, url: string | undefined, title: string | undefined): TabVerdict {
  if (!isWebPage(url)) return 'none';
  const shown = title ?? '';
  const address = parsed(url);
  if (gate(headOf(shown, address?.pathname ?? ''))) return 'look';
  return titleIsOnlySiteName(shown, address?.hostname ?? '') ? 'heading' : 'none';
}

function parsed(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
