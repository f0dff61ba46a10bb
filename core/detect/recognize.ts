import type { Claim } from '../claims/claim.ts';
import type { Corpus, CorpusStory } from '../corpus/types.ts';
import type { MatchModel } from '../match/decide.ts';
import { round } from '../util/round.ts';
import { DETECT_MODEL, REPORT_PROBABILITY, reportProbability, type DetectModel } from './detect-decision.ts';
import { MENTION_THRESHOLD, rankStories, STORY_THRESHOLD, termCounts, type DetectionIndex } from './detect.ts';
import { pageSignals, type PageFacts, type PageSignals } from './page-signals.ts';

export type { PageFacts } from './page-signals.ts';
export { MENTION_THRESHOLD } from './detect.ts';

/** Why a page that shares a story's words is not taken for a report of it. */
export type NotTheEvent = 'date' | 'later-year' | 'headline-names' | 'uncorroborated' | 'weak';

/** The outcome of recognition: the story the page reports, or the story it only mentions and why. */
export type Recognition =
  | { readonly kind: 'story'; readonly story: CorpusStory; readonly score: number }
  | { readonly kind: 'mentions'; readonly story: CorpusStory; readonly score: number; readonly reason: NotTheEvent }
  | { readonly kind: 'none' };

/** The models recognition decides with (others than the committed ones when measuring: `evaluate --by-story`). */
export interface RecognitionModels {
  readonly match: MatchModel;
  readonly detect?: (storyId: string) => DetectModel;
}

/**
 * Why a page that shares a story's words is not its report, as a reader is told: its date is outside the
 * story's days, it speaks of a later year, its headline names other actors, or its words alone do not place it.
 */
export function reasonOf(s: PageSignals): NotTheEvent {
  if (s.dateOutside) return 'date';
  if (s.laterYear) return 'later-year';
  if (s.headlineForeign > 0) return 'headline-names';
  return s.termScore >= STORY_THRESHOLD ? 'uncorroborated' : 'weak';
}

/**
 * Whether a page is written after the story's days, whatever else it shares: dated outside them, or undated and
 * speaking of a later year. News of an event is written in its days; a page from a year later reports what
 * happened since (a follow-up, another protest), and is shown as mentioning the story, never marked as its report.
 */
export function laterEvent(s: PageSignals): boolean {
  return s.dateOutside || s.laterYear;
}

/**
 * Recognizes the story a page reports. Each story whose words the page shares enough of (MENTION_THRESHOLD) is a
 * candidate; the learned decision (detect-decision.ts) reads the page's signals against it. The best candidate
 * taken is the page's story; the best one not taken is a story the page mentions, with the reason.
 */
export function recognizeStory(corpus: Corpus, index: DetectionIndex, page: PageFacts, claims: readonly Claim[], models: RecognitionModels): Recognition {
  const counts = termCounts(`${page.title ?? ''}\n${claims.map((c) => c.normalized).join('\n')}`, index);
  let mention: Recognition = { kind: 'none' };
  for (const candidate of rankStories(index, counts)) {
    if (candidate.score < MENTION_THRESHOLD) break;
    const story = corpus.stories.find((s) => s.id === candidate.storyId);
    if (!story) continue;
    const signals = pageSignals(story, candidate.score, page, claims, models.match);
    const probability = reportProbability(signals, models.detect?.(story.id) ?? DETECT_MODEL);
    if (probability >= REPORT_PROBABILITY && !laterEvent(signals)) return { kind: 'story', story, score: round(probability) };
    if (mention.kind === 'none') mention = { kind: 'mentions', story, score: round(probability), reason: reasonOf(signals) };
  }
  return mention;
}
