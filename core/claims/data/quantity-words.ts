/**
 * What news figures count, as word lists: the words a report writes next to a figure to say what it counts.
 * A figure's concept is read from these ("the death toll rose to 71", "killed at least 85 people", "the nine
 * people killed" all count deaths), so two reports of one quantity meet however each words it. Data only: the
 * reading is in core/claims/quantity.ts. Keys are the concepts; words are lower-case forms as written.
 *
 * Each list is general news vocabulary, not a story's: disasters count deaths, missing, injured, displaced,
 * buildings and area; votes count votes; breaches count records; deals count money; matches count goals.
 */
export const QUANTITY_CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  deaths: ['death', 'deaths', 'dead', 'toll', 'killed', 'kill', 'kills', 'killing', 'died', 'die', 'lives', 'fatalities', 'fatality', 'bodies', 'perished', 'deadly', 'victims'],
  missing: ['missing', 'unaccounted'],
  injured: ['injured', 'wounded', 'hurt', 'injuries', 'injury'],
  displaced: ['evacuated', 'evacuees', 'displaced', 'homeless', 'evacuate', 'evacuation', 'refugees', 'shelters'],
  buildings: ['homes', 'houses', 'buildings', 'structures', 'residences', 'dwellings', 'businesses'],
  area: ['acres', 'hectares', 'square'],
  contained: ['contained', 'containment'],
  magnitude: ['magnitude', 'richter'],
  votes: ['votes', 'vote', 'voted', 'mps', 'lawmakers', 'legislators', 'senators', 'ayes', 'noes'],
  margin: ['majority', 'margin'],
  records: ['records', 'guests', 'customers', 'accounts', 'users', 'subscribers', 'passengers'],
  goals: ['goal', 'goals', 'scored', 'score'],
  signers: ['signed', 'signatures', 'signatories', 'signers', 'signature', 'signing'],
  distance: ['km', 'kilometer', 'kilometers', 'kilometre', 'kilometres', 'miles', 'mile', 'meter', 'meters', 'metre', 'metres', 'feet', 'foot', 'ft'],
  people: ['people', 'persons', 'residents', 'employees', 'workers', 'staff', 'staffers', 'members', 'individuals'],
};

/** Units converted to one base unit per concept, so "6 km (3.7 miles)" is one distance. */
export const UNIT_FACTORS: Readonly<Record<string, number>> = {
  km: 1000, kilometer: 1000, kilometers: 1000, kilometre: 1000, kilometres: 1000, miles: 1609.34, mile: 1609.34, meter: 1, meters: 1,
  metre: 1, metres: 1, feet: 0.3048, foot: 0.3048, ft: 0.3048,
  acres: 0.404686, hectares: 1,
};

/** Words that end the search for what a figure counts: a clause break or a new figure's own words. */
export const CONCEPT_BARRIERS: ReadonlySet<string> = new Set([',', 'and', 'but', 'while', 'whereas', 'after', 'before', 'as', 'when', 'with']);

/** Concepts that count people: a count of "people" may be any of them ("384 people" / "the death toll"). */
export const PEOPLE_CONCEPTS: ReadonlySet<string> = new Set(['people', 'deaths', 'missing', 'injured', 'displaced', 'signers']);

/**
 * Words that tell a figure as the latest value of a count that moves ("the death toll rose to 63", "has reached
 * 29", "jumped from 631 to 1,011", "was now 35 percent contained"): tolls, tallies and containment are reported
 * day by day, and two reports giving such a count differently are most often two days of it.
 */
export const UPDATE_WORDS: readonly string[] = [
  'rose', 'risen', 'rises', 'rising', 'climbed', 'climbs', 'climbing', 'soared', 'soars', 'soaring', 'jumped', 'jumps',
  'reached', 'reaches', 'dropped', 'drops', 'fell', 'fallen', 'falls', 'grew', 'grown', 'grows', 'increased',
  'decreased', 'stood', 'stands', 'topped', 'doubled', 'lowered', 'raised', 'revised', 'now',
];
