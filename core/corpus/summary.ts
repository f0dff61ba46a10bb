import type { SourceSummary } from '../result.ts';
import type { CorpusSource } from './types.ts';

/** A source as results and the popup list it: without its text and claims. */
export function summarize({ id, outlet, title, url, date }: CorpusSource): SourceSummary {
  return { id, outlet, title, url, date };
}
