import type { ClaimStatus } from '../core/result.ts';
import { RELATION_LABELS } from '../shared/relation.ts';
import { relationLabel } from './relation-words.ts';

/** A relation as an icon and a word, coloured by a class (the words carry the meaning). */
export function RelationBadge({ relation }: { relation: ClaimStatus }) {
  const { icon } = RELATION_LABELS[relation];
  const label = relationLabel(relation);
  return (
    <span class={`tri-badge tri-badge--${relation}`}>
      <span aria-hidden="true" class="tri-badge__icon">
        {icon}
      </span>
      {label}
    </span>
  );
}
