import { strToU8, unzipSync, zipSync } from 'fflate';
import type { PackFiles } from '../../shared/stories.ts';

/** Entries a pack may hold: a story's manifest and its texts, with room to spare. */
export const MAX_PACK_ENTRIES = 200;
/** Bytes a pack may hold once unzipped (a story of 200 long articles is under 10 MB). */
export const MAX_PACK_BYTES = 20 * 1024 * 1024;

/** A story pack's files as a .zip (fflate: small, no dependencies). */
export function zipPack(files: PackFiles): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), { level: 6 });
}

/**
 * The files of a story pack's .zip, as text. Refuses, with a message for the reader, data that is not a zip, a
 * pack of too many entries or too many bytes (judged from the sizes the zip declares, before anything is
 * inflated), and entries that are not UTF-8 text. Folders are skipped.
 */
export function unzipPack(bytes: Uint8Array): PackFiles {
  let entries = 0;
  let total = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/')) return false;
        entries++;
        total += file.originalSize;
        if (entries > MAX_PACK_ENTRIES) throw new PackError(`The pack holds more than ${MAX_PACK_ENTRIES} files.`);
        if (total > MAX_PACK_BYTES) throw new PackError(`The pack is larger than ${MAX_PACK_BYTES / 1024 / 1024} MB unzipped.`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof PackError) throw error;
    throw new PackError('This file is not a story pack (.zip): it could not be unzipped.');
  }
  const files: Record<string, string> = {};
  for (const [path, data] of Object.entries(unzipped)) {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      throw new PackError(`${path}: (file) is not UTF-8 text.`);
    }
    files[path] = text;
  }
  return files;
}

/** A pack that cannot be read, with a message for the reader. */
export class PackError extends Error {
  override name = 'PackError';
}
