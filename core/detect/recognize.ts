import type { Claim } from '../claims/claim.ts';
import type { Corpus, CorpusStory } from '../corpus/types.ts';
import { dateFits, dayOf, speaksOfLaterYear, storyWindow, type StoryWindow } from './event-date.ts';
import { isPartialReport, quotedPersons, type QuotedPerson } from './partial-report.ts';
import { isCorroborated, sourceQuotations } from './corroboration.ts';
import { MENTION_THRESHOLD, rankStories, STORY_THRESHOLD, termCounts, type DetectionIndex } from './detect.ts';
import { foreignHeadlineNames, storyVocabulary } from './headline-names.ts';

/** Why a page that shares a story's words is not taken for a report of it. */
export type NotTheEvent = 'date' | 'later-year' | 'headline-names' | 'uncorroborated' | 'weak';

/** The outcome of recognition: the story the page reports, or the story it only mentions and why. */
export type Recognition =
  | { readonly kind: 'story'; readonly story: CorpusStory; readonly score: number }
  | { readonly kind: 'mentions'; readonly story: CorpusStory; readonly score: number; readonly reason: NotTheEvent }
  | { readonly kind: 'none' };

export { MENTION_THRESHOLD } from './detect.ts';

/** What a page says about itself, for recognition. */
export interface PageFacts {
  readonly title?: string;
  readonly date?: string | null;
  /** Other forms of the page's headline (document title, social title, first heading). */
  readonly headlines?: readonly string[];
  /** The article text. */
  readonly text: string;
}

interface StoryFacts {
  readonly window: StoryWindow | null;
  readonly vocabulary: ReadonlySet<string>;
  readonly persons: readonly QuotedPerson[];
  readonly quotations: ReadonlyArray<readonly string[]>;
}

const facts = new WeakMap<CorpusStory, StoryFacts>();

function factsOf(story: CorpusStory): StoryFacts {
  let f = facts.get(story);
  if (!f) {
    f = { window: storyWindow(story.sources.map((s) => s.date)), vocabulary: storyVocabulary(story.sources.map((s) => s.text)), persons: quotedPersons(story.sources), quotations: sourceQuotations(story.sources) };
    facts.set(story, f);
  }
  return f;
}

/**
 * Why a page is not a report of the story's event, or null when nothing says so: its own date is outside the
 * story's coverage; undated, its sentences speak of a later year; or its headline puts forward names the story
 * never uses. The years are read from the page's claims, so a rights notice ("© 2020"), a time stamp or a byline
 * left in the text does not date the report.
 */
export function notTheEvent(story: CorpusStory, page: PageFacts, claims: readonly Claim[]): NotTheEvent | null {
  const { window, vocabulary } = factsOf(story);
  if (!dateFits(window, page.date)) return 'date';
  if (!page.date && claims.some((claim) => speaksOfLaterYear(window, claim.normalized))) return 'later-year';
  if (page.title && foreignHeadlineNames(page.title, page.text, vocabulary).length > 0) return 'headline-names';
  return null;
}

/**
 * Whether a page that shares too little of a story's words is still a report of it: dated in the story's days, it
 * headlines a person the story's sources quote and quotes their words (core/detect/partial-report.ts). An undated
 * page is not given this benefit: the date is what ties one person's words to this event.
 */
function isPartOfStory(story: CorpusStory, page: PageFacts, claims: readonly Claim[]): boolean {
  const { window, persons } = factsOf(story);
  if (dayOf(page.date) === null || !dateFits(window, page.date)) return false;
  // The headline in any of its forms: an extractor may have kept only the words after its colon.
  return [page.title ?? '', ...(page.headlines ?? [])].some((headline) => headline !== '' && isPartialReport(headline, claims, persons));
}

/**
 * Whether a page's words make it a candidate report of the story: a score over the bar backed by a date, a higher
 * score or a quotation of the sources (core/detect/corroboration.ts), or a report of one quoted person's words.
 */
function passesOnWords(story: CorpusStory, score: number, page: PageFacts, claims: readonly Claim[]): boolean {
  if (score < STORY_THRESHOLD) return isPartOfStory(story, page, claims);
  return isCorroborated(score, dayOf(page.date) !== null, claims, factsOf(story).quotations);
}

/**
 * Recognizes the story a page reports by its words (the stories' fingerprints) and then by its event (date,
 * headline). The best candidate that passes both is the page's story; the best one that shares the words but
 * fails the event, or scores between MENTION_THRESHOLD and STORY_THRESHOLD, is a story the page mentions.
 */
export function recognizeStory(corpus: Corpus, index: DetectionIndex, page: PageFacts, claims: readonly Claim[]): Recognition {
  const counts = termCounts(`${page.title ?? ''}\n${claims.map((c) => c.normalized).join('\n')}`, index);
  let mention: Recognition = { kind: 'none' };
  for (const candidate of rankStories(index, counts)) {
    if (candidate.score < MENTION_THRESHOLD) break;
    const story = corpus.stories.find((s) => s.id === candidate.storyId);
    if (!story) continue;
    const reason = passesOnWords(story, candidate.score, page, claims) ? notTheEvent(story, page, claims) : candidate.score >= STORY_THRESHOLD ? 'uncorroborated' : 'weak';
    if (reason === null) return { kind: 'story', story, score: candidate.score };
    if (mention.kind === 'none') mention = { kind: 'mentions', story, score: candidate.score, reason };
  }
  return mention;
}
