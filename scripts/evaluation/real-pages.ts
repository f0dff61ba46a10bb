// Real pages against a story, for `evaluate --real-pages DIR`: how many of them are taken for a story, and how
// many sentences of them are matched (agree, conflict, quote-variant) when each is analyzed against every story by
// force. Pages about other things should be taken for none and give no strong match.
import { analyzeAgainst, analyzeArticle } from '../../core/analyze.ts';
import type { Corpus } from '../../core/corpus/types.ts';
import type { DetectionIndex } from '../../core/detect/detect.ts';
import { isTrainingPage, type RealPage } from '../training/dataset.ts';

/** What the real pages gave (those the model did not learn from: scripts/training/dataset.ts isTrainingPage). */
export interface RealPagesFigures {
  readonly pages: number;
  readonly taken: string[];
  /** Strong matches found by force, with the page and the sentence. */
  readonly strong: Array<{ page: string; story: string; relation: string; text: string; other: string }>;
  readonly related: number;
}

/** Measures the real pages the model did not learn from against the corpus. */
export function measureRealPages(pages: readonly RealPage[], corpus: Corpus, index: DetectionIndex): RealPagesFigures {
  const figures: RealPagesFigures = { pages: 0, taken: [], strong: [], related: 0 };
  for (const [i, page] of pages.entries()) {
    if (isTrainingPage(i)) continue;
    const name = page.name;
    (figures as { pages: number }).pages++;
    const input = { text: page.text, title: page.title };
    if (analyzeArticle(corpus, index, input).story) figures.taken.push(name);
    for (const story of corpus.stories) {
      for (const claim of analyzeAgainst(corpus, story.id, input).claims) {
        for (const match of claim.matches) {
          if (match.relation === 'related') (figures as { related: number }).related++;
          else figures.strong.push({ page: name, story: story.id, relation: match.relation, text: claim.text, other: match.text });
        }
      }
    }
  }
  return figures;
}
