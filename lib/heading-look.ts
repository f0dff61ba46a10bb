import { watchLateContent } from '../page/late-content.ts';
import { firstHeading } from '../page/page-head.ts';

/**
 * The first stage in a page whose title is only a site's name and whose title and address named no story
 * (lib/tab-gate.ts 'heading'): a site's front page, an app still rendering. Its first heading decides, read alone
 * and checked in the page against the gate words: every part of a page a script touches, every call into the
 * extension's API costs the page, and most such pages name nothing we know. A heading that names a story brings
 * in the first look (lib/first-look.ts); a page with no heading yet is looked at again as it renders, for a while.
 */

/** The heading look in a page, as the next injection of it (and a test, through the extension's world) finds it. */
export interface HeadingLookControl {
  /** What it found: still looking, or no story named (`checks`: headings read). */
  status(): { readonly state: 'checking' | 'no-story' | 'passed'; readonly timings: { readonly checks: number } };
  /** Reads the heading again. */
  again(): void;
}

/** What the heading look needs: the gate on a text, and a way to bring in the first look. */
export interface HeadingLookPorts {
  passes(text: string): boolean;
  /** The heading named a story: the background puts the first look in. */
  namesStory(): Promise<void>;
}

/** One heading look per frame: put in again (a new title, the reader's stories changed), it reads again instead. */
export function headingLookIn(doc: Document, ports: HeadingLookPorts): HeadingLookControl {
  const store = globalThis as { __triangulateHeadingLook?: HeadingLookControl };
  if (store.__triangulateHeadingLook) {
    store.__triangulateHeadingLook.again();
    return store.__triangulateHeadingLook;
  }
  let state: 'checking' | 'no-story' | 'passed' = 'checking';
  let checks = 0;
  let stopWatching: (() => void) | null = null;
  const look = (): boolean => {
    if (state === 'passed') return true;
    checks++;
    const heading = firstHeading(doc);
    if (!ports.passes(heading)) {
      state = 'no-story';
      // No heading yet: an app still rendering its page.
      if (heading.trim() === '' && !stopWatching) stopWatching = watchLateContent(doc.body ?? doc, look);
      return false;
    }
    state = 'passed';
    stopWatching?.();
    // Shown again if the background could not answer (a service worker stopped under it): the first look it puts
    // in looks once however often it is put in.
    const tell = (tries: number): Promise<void> => ports.namesStory().catch(() => (tries > 0 ? tell(tries - 1) : undefined));
    void tell(2);
    return true;
  };
  const control: HeadingLookControl = { status: () => ({ state, timings: { checks } }), again: () => void look() };
  store.__triangulateHeadingLook = control;
  look();
  return control;
}
