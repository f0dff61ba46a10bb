// Covers balancedByStory in scripts/training/page-rows.ts: how the detection model's rows are weighed by story.
import { describe, expect, it } from 'vitest';
import { trainLogistic } from '../../scripts/training/logistic.ts';
import { balancedByStory, type PageRow } from '../../scripts/training/page-rows.ts';

const page = (story: string, report: boolean, x: number[] = [0]): PageRow => ({
  x,
  allowed: [true, true],
  accepted: [!report, report],
  weight: 1,
  story,
  pageStory: report ? story : null,
  file: `${story}-${report ? 'report' : 'other'}.txt`,
});

const weightOf = (rows: readonly PageRow[], story: string, report: boolean) =>
  rows.filter((r) => r.story === story && r.accepted[1] === report).reduce((sum, r) => sum + r.weight, 0);

describe('balancedByStory', () => {
  // A bundled story with many labelled pages beside a new story with few.
  const rows = [
    ...Array.from({ length: 24 }, () => page('bundled', true)),
    ...Array.from({ length: 12 }, () => page('bundled', false)),
    ...Array.from({ length: 6 }, () => page('match', true)),
    ...Array.from({ length: 2 }, () => page('match', false)),
  ];

  it("gives each story's reports and each story's other pages the same say", () => {
    const balanced = balancedByStory(rows);
    const cells = [weightOf(balanced, 'bundled', true), weightOf(balanced, 'bundled', false), weightOf(balanced, 'match', true), weightOf(balanced, 'match', false)];
    for (const cell of cells) expect(cell).toBeCloseTo(cells[0]!, 9);
  });

  it('keeps the total weight, so the penalty per unit of weight means the same', () => {
    const total = balancedByStory(rows).reduce((sum, r) => sum + r.weight, 0);
    expect(total).toBeCloseTo(rows.length, 9);
  });

  it("lets a story with few pages move the decision as much as one with many", () => {
    // The bundled story's reports score high on the feature; the new story's reports score low. Unweighted, the
    // bar sits where the bundled story needs it and the new story's reports fall under it.
    const skewed = [
      ...Array.from({ length: 40 }, () => page('bundled', true, [1])),
      ...Array.from({ length: 40 }, () => page('bundled', false, [0])),
      ...Array.from({ length: 4 }, () => page('match', true, [0.4])),
      ...Array.from({ length: 4 }, () => page('match', false, [0])),
    ];
    const probabilityAt = (w: number[][], x: number) => {
      const z = w[1]![1]! - w[0]![1]! + (w[1]![0]! - w[0]![0]!) * x;
      return 1 / (1 + Math.exp(-z));
    };
    const options = { l2: 0.01, iterations: 800, learningRate: 0.5 };
    const plain = probabilityAt(trainLogistic(skewed, 2, 1, options), 0.4);
    const balanced = probabilityAt(trainLogistic(balancedByStory(skewed), 2, 1, options), 0.4);
    expect(balanced).toBeGreaterThan(plain);
  });

  it('leaves rows without pages alone', () => {
    expect(balancedByStory([])).toEqual([]);
  });
});
