import type { PageSignals } from './page-signals.ts';
import detectModel from './data/detect-model.json' with { type: 'json' };

/**
 * The one detection decision: a page's signals against a candidate story (page-signals.ts) to the probability
 * that the page reports the story's event, by a logistic model learned from the development set's labelled
 * articles (`npm run train`, core/detect/data/detect-model.json).
 */

/** A trained detection model: one weight per feature, the bias last. */
export interface DetectModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
}

/** The committed model. */
export const DETECT_MODEL = detectModel as DetectModel;

/** From this probability a page is taken for a report of the story. */
export const REPORT_PROBABILITY = 0.5;

const cap = (n: number, top: number) => Math.min(n, top) / top;
const flag = (b: boolean) => (b ? 1 : 0);

/** The features of a page and story, by name, in [0, 1]. */
export function detectFeaturesOf(s: PageSignals): Record<string, number> {
  return {
    termScore: s.termScore,
    termScoreHigh: flag(s.termScore >= 0.5),
    dated: flag(s.dated),
    dateOutside: flag(s.dateOutside),
    laterYear: flag(s.laterYear),
    headlineForeign: cap(s.headlineForeign, 3),
    headlineShare: s.headlineShare,
    quotesSources: flag(s.quotesSources),
    partialReport: flag(s.partialReport),
    reportedClaims: cap(s.reportedClaims, 6),
    reportedShare: Math.min(1, s.reportedShare * 2),
    leadReported: flag(s.leadReported),
    agreeingFigures: cap(s.agreeingFigures, 3),
    conflictingFigures: cap(s.conflictingFigures, 3),
    earlierYear: flag(s.earlierYear),
  };
}

/** The probability that the page reports the story. */
export function reportProbability(s: PageSignals, model: DetectModel = DETECT_MODEL): number {
  const f = detectFeaturesOf(s);
  let z = model.weights[model.features.length] ?? 0;
  model.features.forEach((name, i) => (z += (model.weights[i] ?? 0) * (f[name] ?? 0)));
  return 1 / (1 + Math.exp(-z));
}
