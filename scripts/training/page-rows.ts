// Training rows for the detection model (core/detect/detect-decision.ts): each labelled article against each story
// whose words it shares enough of to be a candidate; the row is a report (1) when the article is labelled a report
// of that story, else not (0): a near miss, or a report of another story.
import { extractClaims } from '../../core/claims/extract.ts';
import type { Corpus } from '../../core/corpus/types.ts';
import { detectFeaturesOf, type DetectModel } from '../../core/detect/detect-decision.ts';
import { MENTION_THRESHOLD, rankStories, termCounts, type DetectionIndex } from '../../core/detect/detect.ts';
import { pageSignals } from '../../core/detect/page-signals.ts';
import type { MatchModel } from '../../core/match/decide.ts';
import type { LabeledArticle } from '../evaluation/labeled.ts';
import { trainLogistic, type Row } from './logistic.ts';

/** A detection training row, with the candidate story and the story the article reports (if any). */
export interface PageRow extends Row {
  readonly story: string;
  readonly pageStory: string | null;
  readonly file: string;
}

/** Names of the detection features, in the model's order. */
export const DETECT_FEATURES: readonly string[] = Object.keys(
  detectFeaturesOf({ termScore: 0, dated: false, dateOutside: false, laterYear: false, headlineForeign: 0, headlineShare: 0, quotesSources: false, partialReport: false, reportedClaims: 0, reportedShare: 0, leadReported: false, agreeingFigures: 0, conflictingFigures: 0, earlierYear: false }),
);

/** The rows of labelled articles against their candidate stories. */
export function pageRows(articles: readonly LabeledArticle[], corpus: Corpus, index: DetectionIndex, model: MatchModel): PageRow[] {
  const rows: PageRow[] = [];
  // An article that names no story reports the bundled one (the first), as `evaluate` reads it.
  const bundled = corpus.stories[0]?.id ?? null;
  for (const unread of articles) {
    const article = { ...unread, story: unread.story ?? bundled };
    const page = { text: article.body, title: article.title ?? undefined, date: article.date, url: article.url };
    const claims = extractClaims(article.body).claims;
    const counts = termCounts(`${page.title ?? ''}\n${claims.map((c) => c.normalized).join('\n')}`, index);
    for (const candidate of rankStories(index, counts)) {
      if (candidate.score < MENTION_THRESHOLD) break;
      const story = corpus.stories.find((s) => s.id === candidate.storyId)!;
      const features = detectFeaturesOf(pageSignals(story, candidate.score, page, claims, model));
      const report = article.label === 'same-story' && article.story === story.id;
      rows.push({
        x: DETECT_FEATURES.map((n) => features[n]!),
        allowed: [true, true],
        accepted: [!report, report],
        weight: 1,
        story: story.id,
        pageStory: article.label === 'same-story' ? article.story : null,
        file: article.file,
      });
    }
  }
  return rows;
}

/**
 * The detection model's weight penalty. Measured leave one story out among 0.01, 0.03, 0.1, 0.3 and 1 (reports 73,
 * 73, 74, 74, 74 of 77; other events 6, 6, 6, 7, 14 of 55); 0.1 gains one report of a story left out but costs the
 * model trained on everything two of the bundled story's reports (docs/decisions.md).
 */
export const DETECT_L2 = 0.01;

/** A detection model trained on the rows, leaving out those of one story. */
export function trainDetectModel(rows: readonly PageRow[], without: string | null = null): DetectModel {
  const kept = without === null ? rows : rows.filter((r) => r.story !== without && r.pageStory !== without);
  const [not, report] = trainLogistic(kept, 2, DETECT_FEATURES.length, { l2: DETECT_L2, iterations: 1500, learningRate: 0.5 });
  return { features: DETECT_FEATURES, weights: report!.map((w, i) => Math.round((w - not![i]!) * 1e4) / 1e4) };
}
