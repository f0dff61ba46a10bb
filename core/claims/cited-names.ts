import { contentTerms } from '../text/tokens.ts';

/**
 * The names a sentence cites as where its news comes from: "according to Cal Fire", "(via CNET)", "as first
 * reported by The New York Times", "according to a report by Bloomberg", "Bloomberg reports that ...", "The U.S.
 * Geological Survey put the magnitude at 7.5". News copy credits other outlets and agencies for what it tells; a
 * name so cited says who told it, not who took part, and is no sign that the sentence is about another event.
 */
export function citedNames(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const pattern of [CITED_AFTER, CITED_BEFORE]) {
    for (const m of sentence.matchAll(pattern)) for (const term of contentTerms(m[1]!)) out.add(term);
  }
  return out;
}

// A name: capitalized words ("The New York Times", "Cal Fire", "Pacific Gas & Electric").
const NAME = String.raw`(?:[Tt]he\s+)?[A-Z][\w'.-]*(?:\s+(?:&\s+)?[A-Z][\w'.-]*){0,4}`;
// "according to X", "reported by X", "via X", "citing X", with what of X between: "according to a report by X",
// "according to a posting on X".
const CITED_AFTER = new RegExp(
  String.raw`\b(?:[Aa]ccording to|[Rr]eported by|[Vv]ia|[Cc]iting|[Cc]ited by)\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+(?:by|from|in|on|of)\s+)?(${NAME})`,
  'g',
);
// "X reports that", "X reported on Friday", "X put the magnitude at 7.5".
const CITED_BEFORE = new RegExp(String.raw`(${NAME})\s+(?:reports|reported|put|puts)\b`, 'g');
