import type { Claim } from '../claims/claim.ts';
import type { StoryFingerprint } from '../detect/fingerprint.ts';
import type { SourceSummary } from '../result.ts';

/** One outlet's report of a story as a story folder holds it: its manifest entry and its text. */
export interface SourceReport {
  /** Stable id, from the text file's name ("seattletimes"). */
  readonly id: string;
  /** The outlet as readers know it ("The Seattle Times"). */
  readonly outlet: string;
  readonly title: string;
  /** Publication date, ISO yyyy-mm-dd, when known. */
  readonly date: string | null;
  readonly url: string | null;
  /** The article text as bundled or stored (debris included; claims skip it). */
  readonly text: string;
}

/** One outlet's report of a story, compiled. */
export interface CorpusSource extends SourceReport {
  readonly claims: readonly Claim[];
}

/** A story: the same events as reported by several sources. */
export interface CorpusStory {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly sources: readonly CorpusSource[];
  readonly fingerprint: StoryFingerprint;
  /** The story's terms that are common English words (compiled from a word-frequency list at build time). */
  readonly commonTerms: readonly string[];
}

/** Everything the extension knows, compiled at build time. */
export interface Corpus {
  readonly stories: readonly CorpusStory[];
}

/** Stories and their sources without texts: what the popup lists. */
export interface Catalog {
  readonly stories: ReadonlyArray<{
    readonly id: string;
    readonly title: string;
    readonly summary: string;
    readonly sources: readonly SourceSummary[];
  }>;
}
