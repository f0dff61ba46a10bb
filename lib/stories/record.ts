import { isCalendarDate, SOURCE_FILE_PATTERN, STORY_ID_PATTERN } from '../../core/corpus/schema.ts';
import type { StoredSource, StoredStory } from '../../shared/stories.ts';

/**
 * Reads a record of the story store back, trusting nothing: a record can be damaged on disk, written by a
 * version of the extension with other fields, or edited by hand in the developer tools. A record that is not a
 * StoredStory in every field is reported, never half-read, so a story is never shown or matched with a source
 * missing.
 */

/** The first field at fault, as "field problem". */
class Unreadable extends Error {}

function fail(field: string, problem: string): never {
  throw new Unreadable(`${field} ${problem}`);
}

function objectAt(field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(field, 'is not an object');
  return value as Record<string, unknown>;
}

function stringAt(field: string, value: unknown, nonEmpty = true): string {
  if (typeof value !== 'string') fail(field, 'is not a string');
  if (nonEmpty && value.trim() === '') fail(field, 'is empty');
  return value;
}

function nullableAt(field: string, value: unknown, valid: (s: string) => boolean, expected: string): string | null {
  if (value === null) return null;
  if (typeof value !== 'string' || !valid(value)) fail(field, `is not ${expected} or null`);
  return value;
}

function sourceAt(field: string, value: unknown): StoredSource {
  const source = objectAt(field, value);
  const id = stringAt(`${field}.id`, source['id']);
  if (!SOURCE_FILE_PATTERN.test(`${id}.txt`)) fail(`${field}.id`, 'is not a file name (letters, digits, _ . -)');
  const text = stringAt(`${field}.text`, source['text']);
  if (text.includes('\u0000')) fail(`${field}.text`, 'is not text');
  return {
    id,
    outlet: stringAt(`${field}.outlet`, source['outlet']),
    title: stringAt(`${field}.title`, source['title']),
    date: nullableAt(`${field}.date`, source['date'], isCalendarDate, 'a yyyy-mm-dd date'),
    url: nullableAt(`${field}.url`, source['url'], (s) => /^https?:\/\/\S+$/.test(s), 'an http(s) URL'),
    text,
    added: stringAt(`${field}.added`, source['added']),
  };
}

/** A stored record as a StoredStory (only its known fields), or what is wrong with it: "field problem". */
export function parseStoredStory(value: unknown): StoredStory | string {
  try {
    const story = objectAt('(record)', value);
    const id = stringAt('id', story['id']);
    if (!STORY_ID_PATTERN.test(id)) fail('id', 'is not lower-case letters, digits and dashes');
    const list = story['sources'];
    if (!Array.isArray(list) || list.length === 0) fail('sources', 'is not a non-empty list');
    const sources = list.map((s, i) => sourceAt(`sources[${i}]`, s));
    const ids = new Set<string>();
    sources.forEach((s, i) => {
      if (ids.has(s.id)) fail(`sources[${i}].id`, `repeats "${s.id}"`);
      ids.add(s.id);
    });
    return {
      id,
      title: stringAt('title', story['title']),
      summary: stringAt('summary', story['summary'], false),
      sources,
      created: stringAt('created', story['created']),
      updated: stringAt('updated', story['updated']),
    };
  } catch (error) {
    if (error instanceof Unreadable) return error.message;
    throw error;
  }
}
