import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { StoryFolder } from '../core/corpus/compile.ts';
import { foldersOfPack } from '../core/corpus/pack.ts';
import { unzipPack } from '../lib/stories/pack.ts';

/**
 * Place of the bundled stories: one folder per story, each with a `sources.json`. TRIANGULATE_CORPUS_DIR
 * overrides it (the build tests use it to build with a broken corpus).
 */
export const CORPUS_DIR = process.env['TRIANGULATE_CORPUS_DIR'] ?? join(import.meta.dirname, '..', 'assets', 'corpus');

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Reads one story folder (Node only). */
export function readStoryFolder(folder: string): StoryFolder {
  const manifestPath = join(folder, 'sources.json');
  if (!existsSync(manifestPath)) throw new Error(`${shown(manifestPath)}: (file) is missing: every story folder needs one`);
  return {
    manifestPath: shown(manifestPath),
    manifest: readFileSync(manifestPath, 'utf8'),
    readText: (file: string) => {
      const path = join(folder, file);
      return { path: shown(path), text: existsSync(path) ? readFileSync(path, 'utf8') : null };
    },
  };
}

/** Reads every story folder under `dir` (Node only: used by the build, the CLI and the tests). */
export function readStoryFolders(dir: string = CORPUS_DIR): StoryFolder[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => readStoryFolder(join(dir, name)));
}

/** Whether a `--corpus` argument names a story pack's .zip rather than a folder. */
const isZip = (path: string) => /\.zip$/i.test(path) && existsSync(path) && statSync(path).isFile();

/**
 * The story folder of a story pack's .zip, as the Stories page exports it (or as zipped by hand: the same rules
 * as an import in the extension). A pack that cannot be read is refused with the zip's name and what is wrong.
 */
export function storyFolderOfZip(zip: string): StoryFolder {
  try {
    const [folder] = foldersOfPack(unzipPack(readFileSync(zip)));
    const inZip = (path: string) => `${shown(zip)}: ${path}`;
    return { ...folder!, manifestPath: inZip(folder!.manifestPath), readText: (name) => {
      const { path, text } = folder!.readText(name);
      return { path: inZip(path), text };
    } };
  } catch (error) {
    throw new Error(`${shown(zip)}: ${(error as Error).message}`);
  }
}

/**
 * The story folders a `--corpus` argument names: a pack's .zip; DIR itself when it holds a sources.json, else
 * those of its subfolders that do (a folder of reports beside a story is not a story).
 */
export function storyFoldersIn(dir: string): StoryFolder[] {
  if (isZip(dir)) return [storyFolderOfZip(dir)];
  if (existsSync(join(dir, 'sources.json'))) return [readStoryFolder(dir)];
  const found = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && existsSync(join(dir, name, 'sources.json')))
    .sort()
    .map((name) => readStoryFolder(join(dir, name)));
  if (found.length === 0) throw new Error(`${shown(dir)}: holds no story folder (a folder with a sources.json)`);
  return found;
}


/**
 * Takes the `--corpus DIR|PACK.zip` options (repeatable) out of a command line: the folders and packs named, and
 * the other arguments in order. A `--corpus` without one, or naming something that is neither, goes to `fail`.
 */
export function corpusOptions(argv: readonly string[], fail: (message: string) => never): { corpora: string[]; rest: string[] } {
  const corpora: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--corpus') {
      rest.push(argv[i]!);
      continue;
    }
    const dir = argv[++i];
    if (!dir) fail('--corpus needs a folder or a story pack (.zip)');
    if (!isZip(dir) && (!existsSync(dir) || !statSync(dir).isDirectory())) fail(`--corpus ${dir} is neither a folder nor a story pack (.zip)`);
    corpora.push(dir);
  }
  return { corpora, rest };
}

/** The bundled story folders, then those of each `--corpus` folder; `bundled` counts the first. */
export function storyFoldersWith(corpora: readonly string[]): { folders: StoryFolder[]; bundled: number } {
  const bundled = readStoryFolders();
  return { folders: [...bundled, ...corpora.flatMap(storyFoldersIn)], bundled: bundled.length };
}
