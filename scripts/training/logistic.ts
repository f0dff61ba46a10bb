// A multinomial logistic regression for `npm run train`: small, deterministic, no dependency. Each row may accept
// several classes (a pair a careful reader calls `agree` or `related`): the loss is the negative log of the
// probability of the accepted set. Classes a row's evidence does not allow are left out of its softmax, as
// core/match/decide.ts leaves them out when it decides.

/** One training example. */
export interface Row {
  readonly x: readonly number[];
  /** Classes open to the decision for this row (by index). */
  readonly allowed: readonly boolean[];
  /** Classes a careful reader accepts (by index). */
  readonly accepted: readonly boolean[];
  readonly weight: number;
}

/** Training settings. */
export interface TrainOptions {
  /** L2 penalty on the weights (not the biases), per unit of row weight. */
  readonly l2: number;
  readonly iterations: number;
  readonly learningRate: number;
}

/** Defaults chosen by leave-one-story-out on the development set (docs/decisions.md). */
export const TRAIN_DEFAULTS: TrainOptions = { l2: 0.001, iterations: 1500, learningRate: 0.5 };

/** Fits weights[class][feature] (bias last) to the rows. */
export function trainLogistic(rows: readonly Row[], classes: number, features: number, options: TrainOptions = TRAIN_DEFAULTS): number[][] {
  const usable = rows.filter((r) => r.accepted.some((a, k) => a && r.allowed[k]));
  const total = usable.reduce((sum, r) => sum + r.weight, 0) || 1;
  const w = Array.from({ length: classes }, () => new Float64Array(features + 1));
  const grad = Array.from({ length: classes }, () => new Float64Array(features + 1));
  // Adam: steady steps whatever the scale of each feature's gradient; the same result on every run.
  const m = Array.from({ length: classes }, () => new Float64Array(features + 1));
  const v = Array.from({ length: classes }, () => new Float64Array(features + 1));
  const z = new Float64Array(classes);
  const p = new Float64Array(classes);
  for (let t = 1; t <= options.iterations; t++) {
    for (const g of grad) g.fill(0);
    for (const row of usable) {
      let top = -Infinity;
      for (let k = 0; k < classes; k++) {
        if (!row.allowed[k]) continue;
        let s = w[k]![features]!;
        for (let f = 0; f < features; f++) s += w[k]![f]! * row.x[f]!;
        z[k] = s;
        if (s > top) top = s;
      }
      let sum = 0;
      for (let k = 0; k < classes; k++) {
        p[k] = row.allowed[k] ? Math.exp(z[k]! - top) : 0;
        sum += p[k]!;
      }
      let accepted = 0;
      for (let k = 0; k < classes; k++) {
        p[k] = p[k]! / sum;
        if (row.accepted[k] && row.allowed[k]) accepted += p[k]!;
      }
      for (let k = 0; k < classes; k++) {
        if (!row.allowed[k]) continue;
        const q = row.accepted[k] ? p[k]! / accepted : 0;
        const d = (row.weight * (p[k]! - q)) / total;
        const g = grad[k]!;
        for (let f = 0; f < features; f++) g[f] = g[f]! + d * row.x[f]!;
        g[features] = g[features]! + d;
      }
    }
    for (let k = 0; k < classes; k++) {
      for (let f = 0; f <= features; f++) {
        const g = grad[k]![f]! + (f < features ? options.l2 * w[k]![f]! : 0);
        m[k]![f] = 0.9 * m[k]![f]! + 0.1 * g;
        v[k]![f] = 0.999 * v[k]![f]! + 0.001 * g * g;
        const mh = m[k]![f]! / (1 - 0.9 ** t);
        const vh = v[k]![f]! / (1 - 0.999 ** t);
        w[k]![f] = w[k]![f]! - (options.learningRate * 0.1 * mh) / (Math.sqrt(vh) + 1e-8);
      }
    }
  }
  return w.map((row) => Array.from(row, (x) => Math.round(x * 1e4) / 1e4));
}
