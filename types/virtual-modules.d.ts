declare module 'virtual:triangulate/corpus' {
  /** The bundled stories, compiled at build time from assets/corpus/. */
  const corpus: import('../core/corpus/types.ts').Corpus;
  export default corpus;
}

declare module 'virtual:triangulate/detection' {
  /** The story detection index, compiled at build time from assets/corpus/. */
  const index: import('../core/detect/detect.ts').DetectionIndex;
  export default index;
}

declare module 'virtual:triangulate/catalog' {
  /** The bundled stories and sources without texts, compiled at build time from assets/corpus/. */
  const catalog: import('../core/corpus/types.ts').Catalog;
  export default catalog;
}

declare module 'virtual:triangulate/common-terms' {
  /** The stems of common English words (SUBTLEX-US), for compiling the reader's own stories in the background. */
  const terms: readonly string[];
  export default terms;
}

declare module 'virtual:triangulate/gate' {
  /** The words a page's head and text must use to be looked at further (lib/gate-words.ts); null when nothing gates. */
  const words: readonly string[] | null;
  export default words;
}
