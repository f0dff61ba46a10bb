import type { ClaimStatus } from '../core/result.ts';

// Shared vocabulary: the page layer (mark labels), the components (badges, counts) and the CLI all read it.

/** How each relation is shown: an icon and words, so colour is never the only signal. */
export const RELATION_LABELS: Readonly<Record<ClaimStatus, { readonly icon: string; readonly label: string; readonly plural: string }>> = {
  conflict: { icon: '≠', label: 'Conflicts', plural: 'Conflict' },
  'quote-variant': { icon: '❝', label: 'Quoted differently', plural: 'Quoted differently' },
  agree: { icon: '✓', label: 'Agrees', plural: 'Agree' },
  related: { icon: '~', label: 'Related', plural: 'Related' },
  unique: { icon: '•', label: 'Only here', plural: 'Only here' },
};

/** A sentence describing a claim's status for screen readers and mark labels. */
export function describeStatus(status: ClaimStatus, outlets: readonly string[]): string {
  const who = outlets.length > 0 ? outlets.join(' and ') : 'no other source';
  switch (status) {
    case 'conflict':
      return `${who} report this differently`;
    case 'quote-variant':
      return `${who} quote this in other words`;
    case 'agree':
      return `${who} report this too`;
    case 'related':
      return `${who} report something related`;
    case 'unique':
      return 'No other source reports this';
  }
}
