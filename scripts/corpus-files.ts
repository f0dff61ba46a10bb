import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { StoryFolder } from '../core/corpus/compile.ts';

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

/**
 * The story folders a `--corpus DIR` argument names: DIR itself when it holds a sources.json, else those of its
 * subfolders that do (a folder of reports beside a story is not a story).
 */
export function storyFoldersIn(dir: string): StoryFolder[] {
  if (existsSync(join(dir, 'sources.json'))) return [readStoryFolder(dir)];
  const found = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && existsSync(join(dir, name, 'sources.json')))
    .sort()
    .map((name) => readStoryFolder(join(dir, name)));
  if (found.length === 0) throw new Error(`${shown(dir)}: holds no story folder (a folder with a sources.json)`);
  return found;
}


/**
 * Takes the `--corpus DIR` options (repeatable) out of a command line: the folders named, and the other
 * arguments in order. A `--corpus` without a folder, or naming something that is not one, goes to `fail`.
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
    if (!dir) fail('--corpus needs a folder');
    if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`--corpus ${dir} is not a folder`);
    corpora.push(dir);
  }
  return { corpora, rest };
}

/** The bundled story folders, then those of each `--corpus` folder; `bundled` counts the first. */
export function storyFoldersWith(corpora: readonly string[]): { folders: StoryFolder[]; bundled: number } {
  const bundled = readStoryFolders();
  return { folders: [...bundled, ...corpora.flatMap(storyFoldersIn)], bundled: bundled.length };
}
