// Labeled claim pairs (pairs.json of an evaluation folder) checked against the analysis: does the sentence of
// the article find the sentence of the story's source, and in a relation a careful reader accepts?
import type { AnalysisResult, ClaimMatch, Relation } from '../../core/result.ts';
import { STATUS_ORDER } from '../../core/result.ts';
import { escapeRegExp } from '../../core/util/escape-reg-exp.ts';

/** One labeled pair: a sentence of an article (by a verbatim substring) and a sentence of a story source. */
export interface LabeledPair {
  readonly file: string;
  readonly a: string;
  readonly story: string;
  readonly b: readonly [source: string, phrase: string];
  /** Relations a careful reader accepts, preferred first; absent for negatives. */
  readonly rel?: readonly Relation[];
  readonly why?: string;
}

/** The pairs file of an evaluation folder. */
export interface PairsFile {
  readonly pairs: readonly LabeledPair[];
  readonly negatives: readonly LabeledPair[];
}

/** The verbatim substring's span in a text, whitespace runs matching any whitespace. */
export function locate(text: string, phrase: string): { start: number; end: number } | null {
  const pattern = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const m = new RegExp(pattern).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** What the analysis found for a pair: the strongest relation between the two sentences, or null. */
export function relationFound(result: AnalysisResult, articleText: string, pair: LabeledPair, sourceClaims: ReadonlyArray<{ text: string; start: number; end: number }>, sourceText: string): { relation: Relation | null; located: boolean; match?: ClaimMatch; claim?: string } {
  const a = locate(articleText, pair.a);
  const b = locate(sourceText, pair.b[1]);
  if (!a || !b) return { relation: null, located: false };
  const here = result.claims.filter((c) => c.start < a.end && c.end > a.start);
  const there = new Set(sourceClaims.filter((c) => c.start < b.end && c.end > b.start).map((c) => c.text));
  const sourceId = pair.b[0].replace(/\.txt$/, '');
  const found = here.flatMap((c) => c.matches.filter((m) => m.source === sourceId && there.has(m.text)));
  found.sort((x, y) => STATUS_ORDER.indexOf(x.relation) - STATUS_ORDER.indexOf(y.relation));
  const match = found[0];
  return { relation: match?.relation ?? null, located: here.length > 0 && there.size > 0, match, claim: here.map((c) => c.text).join(' | ') };
}
