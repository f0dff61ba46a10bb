import type { Claim } from '../claims/claim.ts';
import type { CorpusStory } from '../corpus/types.ts';
import { crossReference } from '../match/cross-reference.ts';
import type { MatchModel } from '../match/decide.ts';
import { contentTerms } from '../text/tokens.ts';
import { quotesTheSources, sourceQuotations } from './corroboration.ts';
import { daysFit, latestYear, publishedDays, sourcesWindow, speaksOfLaterYear, type StoryWindow } from './event-date.ts';
import { quantitiesAgree, quantityDifferences } from '../match/figure-match.ts';
import { preparedFor } from '../match/prepared-claim.ts';
import { prepareStory } from '../match/prepared-story.ts';
import { findSelf } from './self.ts';
import { foreignHeadlineNames, storyVocabulary } from './headline-names.ts';
import { isPartialReport, quotedPersons, type QuotedPerson } from './partial-report.ts';

/**
 * Everything the detection decision (detect-decision.ts) reads about a page and one candidate story: how much of
 * the story's vocabulary the page uses, whether its date and years fit the story's days, what its headline names,
 * whether it quotes the story's sources, and how many of its sentences report what the sources report.
 */
export interface PageSignals {
  /** The story's fingerprint score for the page (core/detect/detect.ts), in [0, 1]. */
  readonly termScore: number;
  /** The page gives a date. */
  readonly dated: boolean;
  /** The page's date is outside the story's days. */
  readonly dateOutside: boolean;
  /** Undated, the page speaks of a year after the story's coverage. */
  readonly laterYear: boolean;
  /** Names in the headline that no source of the story uses. */
  readonly headlineForeign: number;
  /** Share of the headline's content terms that the story's sources use. */
  readonly headlineShare: number;
  /** One of the page's quotations repeats one of the sources' (four words in a row). */
  readonly quotesSources: boolean;
  /** The headline names a person the sources quote, and the page quotes them. */
  readonly partialReport: boolean;
  /** Sentences of the page that agree with, contradict or requote a source's sentence. */
  readonly reportedClaims: number;
  /** Their share of the page's sentences. */
  readonly reportedShare: number;
  /** One of the page's first three sentences is among them: the lead tells the story's event. */
  readonly leadReported: boolean;
  /** Sentences of the page giving a figure the sources give too (same quantity, consistent value). */
  readonly agreeingFigures: number;
  /** Sentences of the page giving another value for a quantity the sources give, and no consistent one. */
  readonly conflictingFigures: number;
  /** Undated, the page speaks only of years before the story's: written earlier, about something earlier. */
  readonly earlierYear: boolean;
}

/** What a page says about itself, for recognition. */
export interface PageFacts {
  readonly title?: string;
  readonly date?: string | null;
  /** The page's address: it dates a page that states no date of its own (core/detect/address-date.ts). */
  readonly url?: string | null;
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
  readonly terms: ReadonlySet<string>;
}

const facts = new WeakMap<CorpusStory, StoryFacts>();

/** What recognition needs of a story, computed once. */
export function storyFacts(story: CorpusStory): StoryFacts {
  let f = facts.get(story);
  if (!f) {
    const texts = story.sources.map((s) => s.text);
    f = {
      window: sourcesWindow(story.sources),
      vocabulary: storyVocabulary(texts),
      persons: quotedPersons(story.sources),
      quotations: sourceQuotations(story.sources),
      terms: new Set(story.sources.flatMap((s) => s.claims.flatMap((c) => c.terms))),
    };
    facts.set(story, f);
  }
  return f;
}

/** Sentences of the lead: a report tells its event in its first sentences. */
const LEAD_CLAIMS = 3;
/** Sentences read for recognition: a report tells its event early; a 300,000-character page is not read whole twice. */
export const RECOGNITION_CLAIMS = 40;

/** Reads the signals of a page against a candidate story scored `termScore`. */
export function pageSignals(story: CorpusStory, termScore: number, page: PageFacts, claims: readonly Claim[], model: MatchModel): PageSignals {
  const f = storyFacts(story);
  const headlines = [page.title ?? '', ...(page.headlines ?? [])].filter((h) => h !== '');
  const headlineTerms = contentTerms(page.title ?? headlines[0] ?? '');
  // The whole page is compared (the result reuses it); the first sentences are what tells its event. A page that
  // is one of the sources (a copy of its text) is compared with the others only: its own sentences prove nothing.
  const read = claims.slice(0, RECOGNITION_CLAIMS);
  const self = findSelf.byText(story, claims);
  const analyzed = crossReference(claims, story, story.sources.filter((s) => s !== self), model).slice(0, RECOGNITION_CLAIMS);
  const reported = analyzed.map((c) => c.status === 'agree' || c.status === 'conflict' || c.status === 'quote-variant');
  const reportedClaims = reported.filter(Boolean).length;
  // A page that states no date is placed by its address when that gives a day or a month ("/2019/01/", "-2019-7").
  const days = publishedDays(page);
  const dated = days !== null;
  return {
    termScore,
    dated,
    dateOutside: dated && !daysFit(f.window, days),
    laterYear: !dated && claims.some((claim) => speaksOfLaterYear(f.window, claim.normalized)),
    headlineForeign: page.title ? foreignHeadlineNames(page.title, page.text, f.vocabulary).length : 0,
    headlineShare: headlineTerms.length === 0 ? 0 : headlineTerms.filter((t) => f.terms.has(t)).length / headlineTerms.length,
    quotesSources: quotesTheSources(claims, f.quotations),
    partialReport: headlines.some((headline) => isPartialReport(headline, claims, f.persons)),
    reportedClaims,
    reportedShare: read.length === 0 ? 0 : reportedClaims / read.length,
    leadReported: reported.slice(0, LEAD_CLAIMS).some(Boolean),
    ...figureSignals(story, read),
    earlierYear: !dated && speaksOnlyOfEarlierYears(f.window, story, [page.title ?? '', page.url ?? '', ...claims.map((c) => c.normalized)]),
  };
}

/**
 * How many of the page's sentences give a figure the story's sources give, and how many give another value for a
 * quantity the sources give. A report of the event repeats its numbers (the fine, the tally, the toll); a report
 * of another instance of the same kind of event (another vote, another quake) gives other values for them.
 */
function figureSignals(story: CorpusStory, claims: readonly Claim[]): { agreeingFigures: number; conflictingFigures: number } {
  const prepared = prepareStory(story);
  const theirs = [...prepared.sources.values()].flatMap((s) => s.claims).filter((c) => c.quantities.length > 0);
  let agreeingFigures = 0;
  let conflictingFigures = 0;
  for (const claim of claims) {
    if (claim.numbers.length === 0) continue;
    const here = preparedFor(claim, prepared.weights);
    if (theirs.some((there) => quantitiesAgree(here, there))) agreeingFigures++;
    // A count told as moving ("the toll rose to 63") is one report's day of it, not another event's figure.
    else if (theirs.some((there) => !here.movingCount && !there.movingCount && quantityDifferences(here, there).length > 0)) conflictingFigures++;
  }
  return { agreeingFigures, conflictingFigures };
}

/** Whether an undated page's headline, address and sentences name years, all of them before the first year the story's sources name. */
function speaksOnlyOfEarlierYears(window: StoryWindow | null, story: CorpusStory, texts: readonly string[]): boolean {
  const first = window ? new Date(window.first * 86_400_000).getUTCFullYear() : earliestSourceYear(story);
  if (first === null) return false;
  const years = texts.map((text) => latestYear(text)).filter((y): y is number => y !== null);
  return years.length > 0 && Math.max(...years) < first;
}

/** The latest year the story's sources name (an undated story's year, by its own words). */
function earliestSourceYear(story: CorpusStory): number | null {
  const years = story.sources.map((s) => latestYear(s.text)).filter((y): y is number => y !== null);
  return years.length > 0 ? Math.max(...years) : null;
}
