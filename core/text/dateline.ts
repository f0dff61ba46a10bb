/**
 * Wire copy and many papers open a story with a dateline: where it was filed, and often by whom ("LYON, France —",
 * "PALU, Indonesia (Reuters) -", "BETHESDA, Md. (AP) —", "LOS ANGELES (CBSLA) —"). It says where the reporter
 * stood, not what happened: read as part of the lead sentence, its place and agency are names the lead does not
 * share with another outlet's, and they weigh against two leads that tell the same thing.
 */

// A place in capitals (one to four words), an optional region or country in ordinary case, an optional agency in
// brackets, then a dash.
const DATELINE = /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?: ?\([A-Za-z. ]{2,24}\))? (?:—|–|--?) /;

/** The length of the dateline a sentence opens with, or 0 when it has none. */
export function datelineLength(sentence: string): number {
  const found = DATELINE.exec(sentence);
  if (!found) return 0;
  // The place is in capitals: at least two letters of it, and no lower-case letter before the comma or bracket.
  const place = /^[^,(]+/.exec(found[0])![0];
  if (/[a-z]/.test(place) || (place.match(/[A-Z]/g)?.length ?? 0) < 2) return 0;
  // A sentence follows it, opening as sentences do ("FBI - the agency said" is no dateline).
  return /^[A-Z0-9"“‘']/.test(sentence.slice(found[0].length)) ? found[0].length : 0;
}
