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
 * The detection model's weight penalty. Measured leave one story out, rows balanced by story, among 0.003, 0.01,
 * 0.03 and 0.1: reports 73, 73, 71, 70 of 77; other events 7, 5, 6, 6 of 55 (docs/decisions.md).
 */
export const DETECT_L2 = 0.01;

/** A detection model trained on the rows, leaving out those of one story. */
export function trainDetectModel(rows: readonly PageRow[], without: string | null = null): DetectModel {
  const kept = balancedByStory(without === null ? rows : rows.filter((r) => r.story !== without && r.pageStory !== without));
  const [not, report] = trainLogistic(kept, 2, DETECT_FEATURES.length, { l2: DETECT_L2, iterations: 1500, learningRate: 0.5 });
  return { features: DETECT_FEATURES, weights: report!.map((w, i) => Math.round((w - not![i]!) * 1e4) / 1e4) };
}

/**
 * The rows reweighted so that each candidate story's reports weigh as much as any other story's reports, and its
 * other pages (near misses, other stories' reports) as much as any other story's other pages, whatever their
 * number. The bundled story has three times the rows of the others: unweighted, the decision learns where the bar
 * lies for it, and a story told in other words (a match, a fire) is judged by that bar (docs/decisions.md).
 */
export function balancedByStory<T extends PageRow>(rows: readonly T[]): T[] {
  const cell = (r: PageRow) => `${r.story}\u0000${r.accepted[1] ? 'report' : 'other'}`;
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(cell(r), (counts.get(cell(r)) ?? 0) + 1);
  const mean = rows.length / (counts.size || 1);
  return rows.map((r) => ({ ...r, weight: (r.weight * mean) / counts.get(cell(r))! }));
}
