// The user-facing strings in public/_locales/en/messages.json: every key the code asks for (`t('key')`, and
// `__MSG_key__` in the manifest and the pages) is there, every message there is used, and each has a description
// for translators.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const messages = JSON.parse(readFileSync(join(ROOT, 'public', '_locales', 'en', 'messages.json'), 'utf8')) as Record<string, { message: string; description?: string }>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(?:ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

const sources = [...['lib', 'entrypoints', 'components'].flatMap((d) => filesUnder(join(ROOT, d))), join(ROOT, 'wxt.config.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
const asked = new Set([
  ...[...sources.matchAll(/\bt[x]?\('([A-Za-z0-9_]+)'/g), ...sources.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]!),
  // tn(n, 'key') asks for keyOne and keyOther.
  ...[...sources.matchAll(/\btn\([^,()]+(?:\([^()]*\))?,\s*'([A-Za-z0-9_]+)'/g)].flatMap((m) => [`${m[1]}One`, `${m[1]}Other`]),
]);

it('has every message the code asks for', () => {
  expect([...asked].filter((key) => !(key in messages))).toEqual([]);
});

it('uses every message it has, each described for translators', () => {
  expect(Object.keys(messages).filter((key) => !asked.has(key))).toEqual([]);
  expect(Object.entries(messages).filter(([, m]) => !m.description).map(([key]) => key)).toEqual([]);
});
