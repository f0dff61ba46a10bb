/** A problem in a corpus file, naming the file and the field so that whoever adds a story can fix it. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field} ${problem}`);
    this.name = 'CorpusError';
  }
}

/** A story id: lower-case letters, digits and dashes (it names the story's folder). */
export const STORY_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** A source's text file, in the story's folder. */
export const SOURCE_FILE_PATTERN = /^[\w.-]+\.txt$/;

/** A source entry of a story manifest, validated. */
export interface SourceManifest {
  readonly file: string;
  readonly outlet: string;
  readonly title: string;
  readonly date: string | null;
  readonly url: string | null;
}

/** A story manifest (`sources.json` in a story folder), validated. */
export interface StoryManifest {
  readonly story: { readonly id: string; readonly title: string; readonly summary: string };
  readonly sources: readonly SourceManifest[];
}

/** Parses and validates a story manifest; throws CorpusError naming the file and field on any problem. */
export function parseStoryManifest(file: string, json: string): StoryManifest {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new CorpusError(file, '(file)', `is not valid JSON: ${(error as Error).message}`);
  }
  const root = record(file, '(root)', data);
  const story = record(file, 'story', root['story']);
  const id = text(file, 'story.id', story['id']);
  if (!STORY_ID_PATTERN.test(id)) throw new CorpusError(file, 'story.id', 'must be lower-case letters, digits and dashes');
  const sourcesValue = root['sources'];
  if (!Array.isArray(sourcesValue) || sourcesValue.length === 0) {
    throw new CorpusError(file, 'sources', 'must be a non-empty array');
  }
  const sources = sourcesValue.map((value, i): SourceManifest => {
    const at = `sources[${i}]`;
    const source = record(file, at, value);
    const name = text(file, `${at}.file`, source['file']);
    if (!SOURCE_FILE_PATTERN.test(name)) throw new CorpusError(file, `${at}.file`, 'must name a .txt file in the same folder');
    const date = optionalText(file, `${at}.date`, source['date']);
    if (date !== null && !isCalendarDate(date)) throw new CorpusError(file, `${at}.date`, 'must be yyyy-mm-dd, a real date');
    const url = optionalText(file, `${at}.url`, source['url']);
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) throw new CorpusError(file, `${at}.url`, 'must be an http(s) URL or null');
    return { file: name, outlet: text(file, `${at}.outlet`, source['outlet']), title: text(file, `${at}.title`, source['title']), date, url };
  });
  const files = new Set<string>();
  sources.forEach((s, i) => {
    if (files.has(s.file)) throw new CorpusError(file, `sources[${i}].file`, `repeats "${s.file}"`);
    files.add(s.file);
  });
  return {
    story: { id, title: text(file, 'story.title', story['title']), summary: optionalText(file, 'story.summary', story['summary']) ?? '' },
    sources,
  };
}

function record(file: string, field: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CorpusError(file, field, 'must be an object');
  return value as Record<string, unknown>;
}

function text(file: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') throw new CorpusError(file, field, 'must be a non-empty string');
  return value.trim();
}

function optionalText(file: string, field: string, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return text(file, field, value);
}

/** Whether a string is a real day written yyyy-mm-dd. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  // Date rolls 2018-02-30 over to March: a real date survives the round trip.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
