import { shareAQuantity } from './figure-match.ts';
import { sharedTermCount, sharesSubject } from './overlap.ts';
import { MIN_CLAIM_TERMS, type PreparedClaim } from './prepared-claim.ts';
import { bestQuoteOverlap } from './quote-match.ts';

/** Terms two sentences must share to be compared when nothing else marks them as candidates. */
const CANDIDATE_SHARED_TERMS = 3;

/**
 * Whether a pair is worth deciding: news repeats a fact through the story's subject (a name both write, two of
 * its own terms, a phrase word for word), through a figure of one quantity, through a quotation, or through a
 * close paraphrase that shares several terms. Most pairs of a page's and a source's sentences share none of these.
 */
export function isCandidate(here: PreparedClaim, there: PreparedClaim): boolean {
  if (here.vector.weights.size < MIN_CLAIM_TERMS || there.vector.weights.size < MIN_CLAIM_TERMS) return false;
  if (here.claim.quotes.length > 0 && there.claim.quotes.length > 0 && bestQuoteOverlap(here, there) !== null) return true;
  return sharedTermCount(here, there) >= CANDIDATE_SHARED_TERMS || shareAQuantity(here, there) || sharesSubject(here, there);
}

