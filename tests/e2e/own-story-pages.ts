// The fixture pages of the own-story end-to-end tests (tests/fixtures/own-story/, own writing): three reports of
// one invented event, a page about something else, and a malformed story pack.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtraRoutes } from './server.ts';

/** Where the own-story fixtures are. */
export const OWN_STORY_DIR = join(import.meta.dirname, '..', 'fixtures', 'own-story');
/** The title the reader gives the story in the tests. */
export const OWN_STORY_TITLE = 'Port Halden ferry contract';

/** The pages, served at /own-story/<name>/. */
export function ownStoryRoutes(): ExtraRoutes {
  const routes: Record<string, { body: string }> = {};
  for (const name of ['page-a', 'page-b', 'page-c', 'unrelated']) routes[`/own-story/${name}/`] = { body: readFileSync(join(OWN_STORY_DIR, `${name}.html`), 'utf8') };
  return routes;
}
