import type { ClaimStatus } from '../core/result.ts';
import { isChecked } from './claim-counts.ts';

/** User settings, kept in extension storage (`storage.local`, key `settings`). */
export interface Settings {
  /** Hosts on which the user switched the page marks off. */
  readonly hiddenSites: readonly string[];
  /** Also mark claims that only this page reports, with a quieter style (off by default: most of a page). */
  readonly markUnique: boolean;
  /** Also mark claims another source only touches on (`related`), with a quieter style (off by default). */
  readonly markRelated: boolean;
  /** Mark agreement as fully as the differences (a highlighter band); off by default: agreement is a faint tint,
   *  so that on a report that repeats its sources the few differences stand out. */
  readonly showAgreement: boolean;
}

/** Where settings are stored. */
export const SETTINGS_KEY = 'settings';

/** The settings of a new install, and the fallback for anything unreadable. */
export const DEFAULT_SETTINGS: Settings = { hiddenSites: [], markUnique: false, markRelated: false, showAgreement: false };

/**
 * Reads stored settings defensively: a corrupt or outdated value falls back to the defaults field by field,
 * so one bad field never loses the others.
 */
export function parseSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return DEFAULT_SETTINGS;
  const value = stored as Record<string, unknown>;
  const sites = Array.isArray(value['hiddenSites'])
    ? value['hiddenSites'].filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256)
    : DEFAULT_SETTINGS.hiddenSites;
  const flag = (key: 'markUnique' | 'markRelated' | 'showAgreement'): boolean => (typeof value[key] === 'boolean' ? value[key] : DEFAULT_SETTINGS[key]);
  return { hiddenSites: [...new Set(sites)], markUnique: flag('markUnique'), markRelated: flag('markRelated'), showAgreement: flag('showAgreement') };
}

/** Whether marks are shown on a host. */
export function marksShownOn(settings: Settings, host: string): boolean {
  return !settings.hiddenSites.includes(host);
}

/** Settings with marks switched on or off for a host. */
export function withMarksOn(settings: Settings, host: string, shown: boolean): Settings {
  const others = settings.hiddenSites.filter((s) => s !== host);
  return { ...settings, hiddenSites: shown ? others : [...others, host] };
}

/** Whether claims of a status get marks on the page: always what another outlet confirms or contradicts,
 *  related and only-here claims when switched on. */
export function marksStatus(settings: Pick<Settings, 'markUnique' | 'markRelated'>, status: ClaimStatus): boolean {
  if (status === 'related') return settings.markRelated;
  if (status === 'unique') return settings.markUnique;
  return isChecked(status);
}
