/** Rounds a score or weight to three decimals, so results and compiled fingerprints stay readable and stable. */
export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
