import type { Plugin } from 'vite';
import { compileCorpus, detectionIndexOf } from '../core/corpus/compile.ts';
import { CORPUS_DIR, readStoryFolders } from './corpus-files.ts';

const CORPUS_ID = 'virtual:triangulate/corpus';
const DETECTION_ID = 'virtual:triangulate/detection';

/**
 * Compiles `assets/corpus/` at build time into two typed constants: the whole corpus (for the background) and
 * the small detection index (for the content script, which runs on every page). A malformed corpus fails the
 * build with a message naming the file and the field.
 */
export function corpusPlugin(dir: string = CORPUS_DIR): Plugin {
  return {
    name: 'triangulate-corpus',
    resolveId(id) {
      return id === CORPUS_ID || id === DETECTION_ID ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${CORPUS_ID}` && id !== `\0${DETECTION_ID}`) return null;
      this.addWatchFile(dir);
      const corpus = compileCorpus(readStoryFolders(dir));
      const data = id === `\0${CORPUS_ID}` ? corpus : detectionIndexOf(corpus);
      // JSON.parse of a string literal parses faster than the same object as a JS literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;
    },
  };
}
