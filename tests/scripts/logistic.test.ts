// Covers scripts/training/logistic.ts: the trainer of the match and detection models.
import { describe, expect, it } from 'vitest';
import { trainLogistic, type Row } from '../../scripts/training/logistic.ts';

const row = (x: number[], accepted: boolean[], allowed = [true, true, true]): Row => ({ x, allowed, accepted, weight: 1 });
const argmax = (w: number[][], x: number[], allowed = [true, true, true]) => {
  const scores = w.map((wk, k) => (allowed[k] ? wk[x.length]! + x.reduce((s, v, f) => s + v * wk[f]!, 0) : -Infinity));
  return scores.indexOf(Math.max(...scores));
};

// Three classes told apart by two features: class 0 when neither is on, 1 with the first, 2 with the second.
const ROWS: Row[] = [
  ...Array.from({ length: 20 }, () => row([0, 0], [true, false, false])),
  ...Array.from({ length: 20 }, () => row([1, 0], [false, true, false])),
  ...Array.from({ length: 20 }, () => row([0, 1], [false, false, true])),
];

describe('trainLogistic', () => {
  it('learns classes that the features separate', () => {
    const w = trainLogistic(ROWS, 3, 2, { l2: 0.001, iterations: 500, learningRate: 0.5 });
    expect([argmax(w, [0, 0]), argmax(w, [1, 0]), argmax(w, [0, 1])]).toEqual([0, 1, 2]);
  });

  it('gives the same weights for the same rows', () => {
    const options = { l2: 0.01, iterations: 200, learningRate: 0.5 };
    expect(trainLogistic(ROWS, 3, 2, options)).toEqual(trainLogistic(ROWS, 3, 2, options));
  });

  it('learns from a row that accepts two classes without forcing either', () => {
    // Every row with the first feature on accepts class 1 or 2; class 2 alone is never said: 1 wins by its own rows.
    const rows = [...ROWS.slice(0, 20), ...Array.from({ length: 20 }, () => row([1, 0], [false, true, true])), ...Array.from({ length: 5 }, () => row([1, 0], [false, true, false]))];
    const w = trainLogistic(rows, 3, 2, { l2: 0.001, iterations: 500, learningRate: 0.5 });
    expect(argmax(w, [1, 0])).toBe(1);
  });

  it('leaves out of a row the classes its evidence does not allow', () => {
    // Class 2 is never allowed where the first feature is on, so those rows teach only 0 against 1.
    const rows = Array.from({ length: 30 }, () => row([1, 0], [false, true, false], [true, true, false]));
    const w = trainLogistic([...ROWS, ...rows], 3, 2, { l2: 0.001, iterations: 500, learningRate: 0.5 });
    expect(argmax(w, [1, 0], [true, true, false])).toBe(1);
  });
});
