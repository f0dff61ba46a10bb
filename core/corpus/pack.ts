import type { StoryFolder } from './compile-stories.ts';
import { sourceTextOf } from './source-text.ts';
import { uniqueId } from './ids.ts';
import { CorpusError, parseStoryManifest } from './schema.ts';
import type { SourceReport } from './types.ts';

/**
 * Story packs: a story of the reader's own as the files of a story folder (`<id>/sources.json` plus a `.txt` per
 * source, the format of `assets/corpus/`), and back. Pure: the zipping and unzipping happen in the page that
 * exports or imports, the storing in the background.
 *
 * The stored shapes are defined here, since the core imports nothing outside itself; shared/stories.ts re-exports them
 * as StoredStory, StoredSource and PackFiles.
 */

/** A source of an own story (shared/stories.ts's StoredSource). */
export interface OwnSource extends SourceReport {
  /** When the reader added it (ISO timestamp). */
  readonly added: string;
}

/** An own story (shared/stories.ts's StoredStory). */
export interface OwnStory {
  /** Lower-case letters, digits and dashes, as a story pack's `story.id`; never one of a bundled story. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sources: readonly OwnSource[];
  /** ISO timestamps. */
  readonly created: string;
  readonly updated: string;
}

/** A story pack's files by path (shared/stories.ts's PackFiles): `<story id>/sources.json` and `<story id>/<source id>.txt`. */
export type StoryPackFiles = Readonly<Record<string, string>>;

/** What a pack is made of: a story and its sources with their texts (bundled and own stories alike). */
export interface PackableStory {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sources: readonly SourceReport[];
}

/** The files of a story's pack: `<id>/sources.json`, pretty-printed as in assets/corpus/, and `<id>/<source id>.txt`. */
export function packOf(story: PackableStory): StoryPackFiles {
  const manifest = {
    // An empty summary is left out: the manifest's summary, when present, is a non-empty string.
    story: { id: story.id, title: story.title, ...(story.summary.trim() ? { summary: story.summary } : {}) },
    sources: story.sources.map((s) => ({ file: `${s.id}.txt`, outlet: s.outlet, title: s.title, date: s.date, url: s.url })),
  };
  const files: Record<string, string> = { [`${story.id}/sources.json`]: `${JSON.stringify(manifest, null, 2)}\n` };
  for (const source of story.sources) files[`${story.id}/${source.id}.txt`] = source.text;
  return files;
}

/** How deep a pack's `sources.json` may lie: at the top, in the story folder, or in a folder around that. */
const MAX_MANIFEST_DEPTH = 2;

/**
 * Debris of the archivers and file managers that made a pack: macOS's `__MACOSX/` resource forks and dot files
 * (`.DS_Store`, `._x.txt`), and folder entries.
 */
function isDebris(parts: readonly string[]): boolean {
  return parts[0] === '__MACOSX' || parts.some((part) => part.startsWith('.') && part !== '.') || parts.at(-1) === '';
}

/**
 * The story folder of a pack, for compileCorpus or storyOfPack. A pack holds exactly one story folder: its
 * `sources.json` at the top, in one folder (`<id>/sources.json`, as packOf writes) or two (`pack/<id>/…`, as
 * zips made by hand often are). Throws CorpusError for a path that climbs out (`..`) or starts at a root, and for
 * a pack with no `sources.json` or more than one.
 */
export function foldersOfPack(files: StoryPackFiles): StoryFolder[] {
  const manifests: string[] = [];
  for (const path of Object.keys(files)) {
    const parts = path.split(/[\\/]/);
    // An unzipper writes these wherever they point: refuse the whole pack rather than skip them.
    if (parts.includes('..') || /^(?:[\\/]|[a-z]:)/i.test(path)) throw new CorpusError(path, '(path)', 'leaves the pack: a story pack holds only relative paths within itself');
    if (isDebris(parts)) continue;
    if (parts.at(-1) === 'sources.json' && parts.length <= MAX_MANIFEST_DEPTH + 1) manifests.push(path);
  }
  manifests.sort();
  const [manifestPath, second] = manifests;
  if (manifestPath === undefined) throw new CorpusError('sources.json', '(file)', 'is missing: a story pack holds a story folder with a sources.json');
  if (second !== undefined) throw new CorpusError(second, '(file)', `is a second story beside ${manifestPath}: a story pack holds one story`);
  const dir = manifestPath.slice(0, manifestPath.length - 'sources.json'.length);
  return [
    {
      manifestPath,
      manifest: files[manifestPath]!,
      readText: (name) => {
        const path = dir + name;
        return { path, text: Object.hasOwn(files, path) ? files[path]! : null };
      },
    },
  ];
}

/**
 * A pack's story, validated as the corpus compiler validates a story folder (the manifest's schema, each named
 * text present, not blank, text), as an own story added `now`. Throws CorpusError naming the file and field.
 */
export function storyOfPack(files: StoryPackFiles, now: string): OwnStory {
  const [folder] = foldersOfPack(files);
  const manifest = parseStoryManifest(folder!.manifestPath, folder!.manifest);
  const sources = manifest.sources.map((entry, i): OwnSource => {
    const { text } = sourceTextOf(folder!, entry, i);
    return { id: entry.file.replace(/\.txt$/, ''), outlet: entry.outlet, title: entry.title, date: entry.date, url: entry.url, text, added: now };
  });
  return { ...manifest.story, sources, created: now, updated: now };
}

/**
 * `existing` with the sources of `incoming` it does not have yet: a source is had when its URL or its text is
 * already there (the same text under another address is the same report). A new source keeps its id unless the
 * story has it, then gets the next free `-2`, `-3`. Title and summary stay the reader's; `updated` moves only
 * when a source was added.
 */
export function mergeStories(existing: OwnStory, incoming: OwnStory, now: string): OwnStory {
  const urls = new Set(existing.sources.flatMap((s) => (s.url === null ? [] : [s.url])));
  const texts = new Set(existing.sources.map((s) => s.text.trim()));
  const ids = new Set(existing.sources.map((s) => s.id));
  const added: OwnSource[] = [];
  for (const source of incoming.sources) {
    if ((source.url !== null && urls.has(source.url)) || texts.has(source.text.trim())) continue;
    const id = uniqueId(source.id, ids);
    added.push({ ...source, id });
    ids.add(id);
    texts.add(source.text.trim());
    if (source.url !== null) urls.add(source.url);
  }
  if (added.length === 0) return existing;
  return { ...existing, sources: [...existing.sources, ...added], updated: now };
}
