/** Calendar words news writing uses for when something happened, written out once for every rule that needs them. */

/** The days of the week, capitalized as written. */
export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The months, capitalized as written. */
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The weekdays as a regular-expression alternation ("Monday|Tuesday|…"), to build patterns from. */
export const WEEKDAY_PATTERN = WEEKDAYS.join('|');

/** A whole word that is a weekday or a month ("Monday", "June"): a date, not part of a name. */
export const CALENDAR_NAME = new RegExp(`^(?:${[...WEEKDAYS, ...MONTHS].join('|')})$`);
