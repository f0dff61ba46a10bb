import type { Timing } from '../shared/outlet-sides.ts';
import { t } from './i18n.ts';

/** Numbers of days as words, up to ten ("two days later"), as news writing spells them; numerals past ten. */
const DAY_WORDS: ReadonlyArray<() => string> = [
  () => '',
  () => '',
  () => t('numberTwo'),
  () => t('numberThree'),
  () => t('numberFour'),
  () => t('numberFive'),
  () => t('numberSix'),
  () => t('numberSeven'),
  () => t('numberEight'),
  () => t('numberNine'),
  () => t('numberTen'),
];

/**
 * When another outlet reported, against this page, in the reader's words: "a day later", "two days earlier";
 * nothing for the same day or an unknown date (said beside each outlet, the day matters only when it moved).
 */
export function whenWords(timing: Timing): string {
  if (timing.kind === 'same' || timing.kind === 'unknown') return '';
  const n = DAY_WORDS[timing.days]?.() || timing.days.toLocaleString('en');
  if (timing.kind === 'later') return timing.days === 1 ? t('timeDayLater') : t('timeDaysLater', n);
  return timing.days === 1 ? t('timeDayEarlier') : t('timeDaysEarlier', n);
}
