import { plainWords } from '../text/tokens.ts';
import type { Claim } from './claim.ts';

// Recognition (is the page a copy of a source?) and comparison both read a sentence's words: once is enough.
const wordsOfClaim = new WeakMap<Claim, readonly string[]>();

/** A claim's words, expanded and in order (core/text/tokens.ts `plainWords`), read once per claim. */
export function claimWords(claim: Claim): readonly string[] {
  let out = wordsOfClaim.get(claim);
  if (!out) {
    out = plainWords(claim.normalized);
    wordsOfClaim.set(claim, out);
  }
  return out;
}
