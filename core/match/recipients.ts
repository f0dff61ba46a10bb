/**
 * Who a statement was given to. News copy credits the outlet that received a statement or an interview ("in a
 * statement to Motherboard", "told CNBC", "said in an email to The Verge"); another outlet's report of the same
 * statement names itself or nobody. The recipient says where the words went, not what was said: it is left out of
 * what two reports are compared on, so the same statement given to two outlets reads as one claim.
 */

// A name: capitalized words, "The" and "New York Times" included.
const NAME = String.raw`(?:[Tt]he\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3}`;
// "a statement to X", "an email to X", "comments to X"; "told X" (a name: "told employees" is not a recipient).
const RECIPIENT = new RegExp(String.raw`\b(?:(?:statement|comment|comments|email|e-mail|interview|remarks)\s+(?:provided\s+|given\s+|sent\s+)?to|told)\s+(${NAME})`, 'g');

/** The sentence with the names of the outlets its statements were given to left out. */
export function withoutRecipients(sentence: string): string {
  if (!sentence.includes(' to ') && !sentence.includes('told')) return sentence;
  return sentence.replace(RECIPIENT, (whole, name: string) => whole.slice(0, whole.length - name.length).trimEnd());
}
