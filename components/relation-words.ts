import type { ClaimStatus } from '../core/result.ts';
import { t } from './i18n.ts';

/** Each relation's name, in the reader's language (shared/relation.ts keeps the icons, and the CLI's English). */
const LABELS: Readonly<Record<ClaimStatus, () => string>> = {
  conflict: () => t('relationConflict'),
  'quote-variant': () => t('relationQuoteVariant'),
  agree: () => t('relationAgree'),
  related: () => t('relationRelated'),
  unique: () => t('relationUnique'),
};

/** "Conflicts", "Quoted differently"…: a relation's name. */
export function relationLabel(status: ClaimStatus): string {
  return LABELS[status]();
}
