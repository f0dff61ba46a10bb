import { extractClaims } from '../claims/extract.ts';
import { buildDetectionIndex, type DetectionIndex } from '../detect/detect.ts';
import { buildFingerprint } from '../detect/fingerprint.ts';
import { commonOf } from '../text/common-english.ts';
import { CorpusError, parseStoryManifest } from './schema.ts';
import { summarize } from './summary.ts';
import type { Catalog, Corpus, CorpusSource, CorpusStory } from './types.ts';

/** A story folder as read from disk: its manifest and a way to read the texts next to it. */
export interface StoryFolder {
  /** Path of the manifest, for error messages. */
  readonly manifestPath: string;
  readonly manifest: string;
  /** Reads a text file of the folder; null when it does not exist. Also returns its path for messages. */
  readonly readText: (name: string) => { path: string; text: string | null };
}

/** Compiles story folders into the corpus: validated, cleaned, claims read, fingerprints built. */
export function compileCorpus(folders: readonly StoryFolder[]): Corpus {
  const stories: CorpusStory[] = [];
  const ids = new Set<string>();
  for (const folder of folders) {
    const manifest = parseStoryManifest(folder.manifestPath, folder.manifest);
    if (ids.has(manifest.story.id)) throw new CorpusError(folder.manifestPath, 'story.id', `repeats "${manifest.story.id}"`);
    ids.add(manifest.story.id);
    const sources = manifest.sources.map((entry, i): CorpusSource => {
      const { path, text } = folder.readText(entry.file);
      const field = `sources[${i}].file`;
      if (text === null) throw new CorpusError(folder.manifestPath, field, `names "${entry.file}", which does not exist`);
      if (text.trim() === '') throw new CorpusError(path, '(text)', 'is empty');
      if (text.includes('\u0000')) throw new CorpusError(path, '(text)', 'is not a text file');
      const { claims } = extractClaims(text);
      if (claims.length === 0) throw new CorpusError(path, '(text)', 'has no sentences after cleaning');
      return { id: entry.file.replace(/\.txt$/, ''), outlet: entry.outlet, title: entry.title, date: entry.date, url: entry.url, text, claims };
    });
    const fingerprint = buildFingerprint(sources.map((s) => s.claims.map((c) => c.normalized).join('\n')));
    const commonTerms = commonOf(sources.flatMap((s) => s.claims.flatMap((c) => c.terms)));
    stories.push({ ...manifest.story, sources, fingerprint, commonTerms });
  }
  return { stories };
}

/** The detection index of a compiled corpus: all the content script needs to recognize a story. */
export function detectionIndexOf(corpus: Corpus): DetectionIndex {
  return buildDetectionIndex(corpus.stories);
}

/** The list of stories and their sources, without texts: what the popup shows. */
export function catalogOf(corpus: Corpus): Catalog {
  return {
    stories: corpus.stories.map((story) => ({
      id: story.id,
      title: story.title,
      summary: story.summary,
      sources: story.sources.map(summarize),
    })),
  };
}

export { summarize } from './summary.ts';
