// English from public/_locales/en/messages.json, filled as the browsers' i18n.getMessage fills a message: named
// placeholders ($TITLE$) stand for their content ($1…), then $1… for the substitutions, and $$ for a dollar sign.
// The dom tests' setup hands it to the components (tests/setup-english.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../components/i18n.ts';

interface Message {
  readonly message: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

/** The English messages, by key. */
export const ENGLISH = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, Message>;

/** English as the browser would give it; the key itself for a missing message (as lib/i18n.ts does). */
export const english: Translate = (key, substitutions = []) => {
  const entry = ENGLISH[key];
  if (!entry) return key;
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
  return named.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (substitutions[Number(what) - 1] ?? '')));
};
