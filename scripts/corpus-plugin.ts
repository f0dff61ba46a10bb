import type { Plugin } from 'vite';
import { catalogOf, compileCorpus, detectionIndexOf } from '../core/corpus/compile.ts';
import { commonTermSet } from '../core/text/common-english.ts';
import { CORPUS_DIR, readStoryFolders } from './corpus-files.ts';
import { gateWords } from '../lib/gate-words.ts';

const CORPUS_ID = 'virtual:triangulate/corpus';
const DETECTION_ID = 'virtual:triangulate/detection';
const CATALOG_ID = 'virtual:triangulate/catalog';
const COMMON_ID = 'virtual:triangulate/common-terms';
const GATE_ID = 'virtual:triangulate/gate';
const IDS = new Set([CORPUS_ID, DETECTION_ID, CATALOG_ID, COMMON_ID, GATE_ID]);

/**
 * Compiles `assets/corpus/` at build time into typed constants: the whole corpus (for the background), the small
 * detection index and its gate words (for the background's judge) and the catalog of stories and sources
 * (for the popup), and the stems of common English words (for the background, which compiles the reader's own
 * stories). A malformed corpus fails the
 * build with a message naming the file and the field.
 */
export function corpusPlugin(dir: string = CORPUS_DIR): Plugin {
  // Three modules come from one compilation; compile once per build (and again when a file changes).
  let compiled: ReturnType<typeof compileCorpus> | null = null;
  return {
    name: 'triangulate-corpus',
    buildStart() {
      compiled = null;
    },
    watchChange() {
      compiled = null;
    },
    resolveId(id) {
      return IDS.has(id) ? `\0${id}` : null;
    },
    load(id) {
      const name = id.slice(1);
      if (!id.startsWith('\0') || !IDS.has(name)) return null;
      if (name === COMMON_ID) return `export default JSON.parse(${JSON.stringify(JSON.stringify([...commonTermSet()].sort()))});`;
      // Under Vitest a watched directory is taken for an import and fails to resolve; tests do not watch anyway.
      if (!process.env['VITEST']) this.addWatchFile(dir);
      const corpus = (compiled ??= compileCorpus(readStoryFolders(dir)));
      const data =
        name === CORPUS_ID ? corpus
        : name === DETECTION_ID ? detectionIndexOf(corpus)
        : name === GATE_ID ? gateWords(detectionIndexOf(corpus))
        : catalogOf(corpus);
      // JSON.parse of a string literal parses faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
