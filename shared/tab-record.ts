import type { AnalysisResult } from '../core/result.ts';

/** What the background keeps per tab once the page is marked. */
export interface TabRecord {
  readonly url: string;
  /** Host name of the page, for the per-site marks switch. */
  readonly host: string;
  readonly result: AnalysisResult;
  /** Claims that could not be anchored in the page, once the marks were painted; null when marks are off. */
  readonly unanchored: readonly number[] | null;
  readonly marksShown: boolean;
}
