import { buildDetectionIndex, type DetectionIndex } from '../detect/detect.ts';
import { commonTermSet } from '../text/common-english.ts';
import { compileStories, type StoryFolder } from './compile-stories.ts';
import { summarize } from './summary.ts';
import type { Catalog, Corpus } from './types.ts';

export type { StoryFolder } from './compile-stories.ts';

/** Compiles story folders into the corpus (Node and build time: the common-word list comes from SUBTLEX-US). */
export function compileCorpus(folders: readonly StoryFolder[]): Corpus {
  return { stories: compileStories(folders, commonTermSet()) };
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
