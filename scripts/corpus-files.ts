import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { StoryFolder } from '../core/corpus/compile.ts';

/**
 * Place of the bundled stories: one folder per story, each with a `sources.json`. TRIANGULATE_CORPUS_DIR
 * overrides it (the build tests use it to build with a broken corpus).
 */
export const CORPUS_DIR = process.env['TRIANGULATE_CORPUS_DIR'] ?? join(import.meta.dirname, '..', 'assets', 'corpus');

/** Reads every story folder under `dir` (Node only: used by the build, the CLI and the tests). */
export function readStoryFolders(dir: string = CORPUS_DIR): StoryFolder[] {
  const shown = (path: string) => relative(process.cwd(), path) || path;
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const manifestPath = join(dir, name, 'sources.json');
      if (!existsSync(manifestPath)) throw new Error(`${shown(manifestPath)}: (file) is missing: every story folder needs one`);
      return {
        manifestPath: shown(manifestPath),
        manifest: readFileSync(manifestPath, 'utf8'),
        readText: (file: string) => {
          const path = join(dir, name, file);
          return { path: shown(path), text: existsSync(path) ? readFileSync(path, 'utf8') : null };
        },
      };
    });
}
