import { extractClaims } from '../claims/extract.ts';
import { buildFingerprint } from '../detect/fingerprint.ts';
import { CorpusError, parseStoryManifest } from './schema.ts';
import { sourceTextOf } from './source-text.ts';
import type { CorpusSource, CorpusStory } from './types.ts';

/** A story folder as read from disk or from a story pack: its manifest and a way to read the texts next to it. */
export interface StoryFolder {
  /** Path of the manifest, for error messages. */
  readonly manifestPath: string;
  readonly manifest: string;
  /** Reads a text file of the folder; null when it does not exist. Also returns its path for messages. */
  readonly readText: (name: string) => { path: string; text: string | null };
}

/**
 * The form of what compiling a story makes. Raise it with any change that compiles the same story differently (a
 * fingerprint's key names, a new field): the reader's own stories' compiled copies kept by an earlier version are
 * then compiled again (lib/stories/library.ts), not used as they were.
 */
export const COMPILED_FORMAT = 2;

/**
 * Compiles story folders: validated, cleaned, claims read, fingerprints built. `common` holds the stems of
 * common English words (from a word-frequency list): the build passes the whole list, the background (which
 * compiles the reader's own stories and does not ship the list) a table compiled at build time. `taken` holds
 * ids already in use (a repeated id is an error naming the manifest).
 */
export function compileStories(folders: readonly StoryFolder[], common: ReadonlySet<string>, taken: ReadonlySet<string> = new Set()): CorpusStory[] {
  const stories: CorpusStory[] = [];
  const ids = new Set(taken);
  for (const folder of folders) {
    const manifest = parseStoryManifest(folder.manifestPath, folder.manifest);
    if (ids.has(manifest.story.id)) throw new CorpusError(folder.manifestPath, 'story.id', `repeats "${manifest.story.id}"`);
    ids.add(manifest.story.id);
    const sources = manifest.sources.map((entry, i): CorpusSource => {
      const { path, text } = sourceTextOf(folder, entry, i);
      const { claims } = extractClaims(text);
      if (claims.length === 0) throw new CorpusError(path, '(text)', 'has no sentences after cleaning');
      return { id: entry.file.replace(/\.txt$/, ''), outlet: entry.outlet, title: entry.title, date: entry.date, url: entry.url, text, claims };
    });
    const fingerprint = buildFingerprint(sources.map((s) => s.claims.map((c) => c.normalized).join('\n')));
    const commonTerms = [...new Set(sources.flatMap((s) => s.claims.flatMap((c) => c.terms)))].filter((t) => common.has(t)).sort();
    stories.push({ ...manifest.story, sources, fingerprint, commonTerms });
  }
  return stories;
}
