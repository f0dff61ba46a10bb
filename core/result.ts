/**
 * The analysis result: what the `analyze` command prints with --json, what the background stores per tab, what
 * the popup and the hover cards render. Field names are a public contract; add fields, rename none.
 */

/** How another source's claim relates to a claim of the page. */
export type Relation = 'agree' | 'conflict' | 'quote-variant' | 'related';

/** A page claim's strongest relation, or `unique` when no other source reports it. */
export type ClaimStatus = Relation | 'unique';

/** One step of a word diff from this page's wording to another source's. */
export interface DiffOp {
  /** `delete`: only this page has the words; `insert`: only the other source has them. */
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

/** A value the two sources give differently: a number, a list of names, a quotation's words. */
export interface Difference {
  readonly kind: 'number' | 'name' | 'scope' | 'quote' | 'speaker';
  /** As this page has it. */
  readonly here: string;
  /** As the other source has it. */
  readonly there: string;
}

/** Another source's claim that reports the same thing as a claim of the page. */
export interface ClaimMatch {
  /** Source id ("seattletimes"). */
  readonly source: string;
  /** Outlet as readers know it ("The Seattle Times"). */
  readonly outlet: string;
  /** The other source's sentence. */
  readonly text: string;
  readonly relation: Relation;
  /** Strength of the match in [0, 1]. */
  readonly score: number;
  readonly diff: readonly DiffOp[];
  /** The speaker of the other source's quotation, when it names one. */
  readonly speaker: string | null;
  /** The values that differ (for conflicts and quote variants). */
  readonly differences: readonly Difference[];
  /** The signals that weighed most for the relation (core/match/decide.ts), for a reader who asks why. */
  readonly why?: readonly string[];
}

/** A claim of the page with what other sources say about it. */
export interface AnalyzedClaim {
  readonly text: string;
  /** Offsets into the extracted article text. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'quote' | 'number' | 'statement';
  readonly speaker: string | null;
  readonly matches: readonly ClaimMatch[];
  /** The strongest relation among the matches, or `unique`. */
  readonly status: ClaimStatus;
}

/** A bundled source, as listed in results. */
export interface SourceSummary {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly url: string | null;
  readonly date: string | null;
}

/** The story a page is about. */
export interface StoryMatch {
  readonly id: string;
  readonly title: string;
  /** Detection score in [0, 1]. */
  readonly score: number;
  /** Id of the bundled source this page is, or null. */
  readonly self: string | null;
}

/** A story the page mentions without reporting it (another event, or only in passing): never marked. */
export interface StoryMentions {
  readonly id: string;
  readonly title: string;
  /** Why the page is not taken for a report of the story: its date, a later year it speaks of, the names in its
   *  headline, or too few of the story's words. */
  readonly reason: 'date' | 'later-year' | 'headline-names' | 'uncorroborated' | 'weak';
  /** The page's sentences that report what the story's sources report. */
  readonly sentences: readonly string[];
}

/** How many of the page's claims stand in each relation. */
export type StatusCounts = Readonly<Record<ClaimStatus, number>>;

/** The analysis of one article text. */
export interface AnalysisResult {
  readonly story: StoryMatch | null;
  /** The sources the page was compared with (the story's sources minus the page itself). */
  readonly sources: readonly SourceSummary[];
  readonly claims: readonly AnalyzedClaim[];
  readonly counts: StatusCounts;
  /** True when the text was too long and only its beginning was analyzed. */
  readonly truncated: boolean;
  /** `other` when the text is not English, which the analysis does not read. */
  readonly language: 'en' | 'other';
  /** With `story: null`: a story the page mentions without reporting it, and where. */
  readonly mentions?: StoryMentions;
  /** The page's publication day (yyyy-mm-dd) as the page gives it, when it does: set by whoever analyzed it for a
   *  reader (the background, the CLI), so that a figure of a later report reads as an update. */
  readonly date?: string | null;
}

/** Order of relations from strongest signal to weakest, for picking a claim's status. */
export const STATUS_ORDER: readonly ClaimStatus[] = ['conflict', 'quote-variant', 'agree', 'related', 'unique'];
