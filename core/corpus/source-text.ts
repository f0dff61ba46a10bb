import type { StoryFolder } from './compile-stories.ts';
import { CorpusError, type SourceManifest } from './schema.ts';

/**
 * The text a manifest entry names, read from its folder and checked: it exists, is not blank and is text (a NUL
 * byte means a binary file was named). Throws CorpusError naming the manifest field or the text file. Whether
 * any sentence is left after cleaning is the compiler's check, since it needs the claim extraction.
 */
export function sourceTextOf(folder: StoryFolder, entry: SourceManifest, index: number): { path: string; text: string } {
  const { path, text } = folder.readText(entry.file);
  if (text === null) throw new CorpusError(folder.manifestPath, `sources[${index}].file`, `names "${entry.file}", which does not exist`);
  if (text.trim() === '') throw new CorpusError(path, '(text)', 'is empty');
  if (text.includes('\u0000')) throw new CorpusError(path, '(text)', 'is not a text file');
  return { path, text };
}
