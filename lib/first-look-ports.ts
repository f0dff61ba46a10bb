import gate from 'virtual:triangulate/gate-check';
import { compileGate, passesGate } from './anchor-gate.ts';
import { bareApi } from './bare-api.ts';
import type { FirstLookPorts } from './first-look.ts';
import type { HeadingLookPorts } from './heading-look.ts';
import { OWN_WORDS_GLOBAL } from './handoff.ts';
import type { LookAnswer, PageLook } from './messages.ts';

/**
 * The ports of the first look and the heading look in a page (entrypoints/look.ts, entrypoints/heading.ts): the bundled stories' gate words
 * compiled at build time, the reader's own stories' words as the background left them (lib/inject.ts), and the
 * browser's own messaging, reached only when there is something to show the background.
 */
export const firstLookPorts: FirstLookPorts & HeadingLookPorts = {
  passes: (head) => {
    if (passesGate(gate, head)) return true;
    const own = (globalThis as Record<string, unknown>)[OWN_WORDS_GLOBAL];
    return Array.isArray(own) && own.length > 0 && passesGate(compileGate(own as string[]), head);
  },
  send: (look: PageLook) => bareApi().runtime.sendMessage({ type: 'look-at-page', look }) as Promise<LookAnswer>,
  namesStory: async () => void (await bareApi().runtime.sendMessage({ type: 'heading-names-story' })),
};
