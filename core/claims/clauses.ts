/**
 * The clauses of a sentence that can each carry a claim of their own. News sentences pack several facts into
 * one: an appositive ("Microsoft, which has a $19.4 million contract with ICE, said ..."), an attribution
 * ("As first reported by The New York Times, ..."), a relative clause, clauses joined by a semicolon or a dash.
 * Another outlet may report just one of them, in a sentence of its own.
 */

// Where a clause ends: a comma before a relative pronoun or an attribution, a semicolon, a colon, a dash, a
// parenthesis, ", and" / ", but" / ", before" joining two clauses, a "but" that joins two predicates of one subject
// ("condemned the policy but declined to say ..."), or a clause of time ("when ...", "after seeing ...").
const CLAUSE_BREAK = /\s*(?:;|:|\s-\s|--|\(|\)|,["']?\s*(?=(?:which|who|whose|where|while|whereas|although|though|but|nor|and|as|after|before|until|according to|amid)\b)|\s(?=(?:but|because|whereas|although|though|when)\s)|\s(?=(?:after|before)\s+[a-z]{2,}ing\s)|\s(?=and\s+[a-z]+ed\s)|,\s*(?=the\s))\s*/g;

const LEADING_ATTRIBUTION = /^((?:As|According to)\b[^,;"]{1,80}),\s*/;

// A sentence's opening setting or attribution, up to its first comma: "In a January blog post,", "On Monday,", "In a
// statement to Gizmodo,", "According to Reuters,".
const LEADING_PHRASE = /^(?:In|On|At|After|Before|During|Following|Earlier|Later|Last|As|According to|Under|Since|Amid)\b[^,;"“”]{1,80},\s*/;

/**
 * The phrase a sentence opens with to say when, where or by whom (up to its first comma), or null. Two sentences
 * that open alike ("In a January blog post, Microsoft ...") share their setting, not their claim.
 */
export function leadingPhrase(sentence: string): string | null {
  return LEADING_PHRASE.exec(sentence)?.[0] ?? null;
}

/** Clauses shorter than this many words are fragments, not claims. */
export const MIN_CLAUSE_WORDS = 4;

// A relative clause set off by two commas inside the main clause: "The council, which approved the budget, will".
const EMBEDDED = /,\s*((?:which|who|whose)\b[^,;]+),\s*/g;

/** The clauses of a sentence (normalized text) with at least MIN_CLAUSE_WORDS words; none when it has only one. */
export function clausesOf(sentence: string): string[] {
  const embedded: string[] = [];
  const main = sentence.replace(EMBEDDED, (_, clause: string) => {
    embedded.push(clause.trim());
    return ' ';
  });
  // A leading attribution ("As stated in the letter, ...", "According to Reuters, ...") is a clause of its own: the
  // claim after it may be reported alone, and who first reported it may be what two reports share.
  const split = main.replace(LEADING_ATTRIBUTION, '$1; ');
  const parts = [...split.split(CLAUSE_BREAK), ...embedded].map((p) => p.trim()).filter((p) => p.split(/\s+/).length >= MIN_CLAUSE_WORDS);
  return parts.length >= 2 ? parts : [];
}
