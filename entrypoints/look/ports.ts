import { bareApi } from '../../lib/bare-api.ts';
import type { FirstLookPorts } from './first-look.ts';
import type { LookAnswer, PageLook } from '../../lib/messages.ts';

/** The first look's ports in a page (entrypoints/look/index.ts): the browser's own messaging, reached only when used. */
export const firstLookPorts: FirstLookPorts = {
  send: (look: PageLook) => bareApi().runtime.sendMessage({ type: 'look-at-page', look }) as Promise<LookAnswer>,
};
