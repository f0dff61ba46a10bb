import type { AnalyzedClaim, ClaimMatch } from '../core/result.ts';
import { DIFFERING_STATUSES } from '../lib/claim-counts.ts';
import { RELATION_LABELS } from '../shared/relation.ts';

/** One line of the summary: a value as this article gives it and as another outlet does. */
interface DifferenceLine {
  readonly index: number;
  readonly status: AnalyzedClaim['status'];
  readonly here: string;
  readonly there: string;
  readonly outlet: string;
  /** What differs: a value (number, name, scope, wording) or who said the words. */
  readonly kind: 'value' | 'speaker';
}

/** The summary's lines: every differing value of every conflicting or differently quoted claim, in reading order. */
export function differenceLines(claims: readonly AnalyzedClaim[]): DifferenceLine[] {
  return claims.flatMap((claim, index) => {
    if (!DIFFERING_STATUSES.includes(claim.status)) return [];
    const differing = claim.matches.filter((m: ClaimMatch) => m.relation === claim.status);
    const lines = differing.flatMap((m) =>
      m.differences.map((d) => ({ index, status: claim.status, here: d.here, there: d.there, outlet: m.outlet, kind: d.kind === 'speaker' ? ('speaker' as const) : ('value' as const) })),
    );
    // A difference the analysis could not pin to a value: the two wordings stand for it.
    return lines.length > 0 ? lines : differing.slice(0, 1).map((m) => ({ index, status: claim.status, here: claim.text, there: m.text, outlet: m.outlet, kind: 'value' as const }));
  });
}

/** Props of the difference summary. */
export interface DifferenceSummaryProps {
  readonly claims: readonly AnalyzedClaim[];
  /** Shows a claim: its entry in the list, and its mark on the page. */
  readonly onSelect?: (index: number) => void;
}

/** What the popup leads with: each value the sources give differently, one short line each, linking to its claim. */
export function DifferenceSummary({ claims, onSelect }: DifferenceSummaryProps) {
  const lines = differenceLines(claims);
  return (
    <section class="tri-differs" aria-labelledby="tri-differs-title">
      <h2 id="tri-differs-title" class="tri-differs__title">
        What differs
      </h2>
      {lines.length === 0 ? (
        <p class="tri-differs__none">Nothing: where the other outlets report the same claims, they give the same numbers, names and words.</p>
      ) : (
        <ul class="tri-differs__list">
          {lines.map((line, i) => (
            <li key={i} class={`tri-differ tri-differ--${line.status}`}>
              <a
                href={`#claim-${line.index}`}
                class="tri-differ__link"
                onClick={(e) => {
                  e.preventDefault();
                  onSelect?.(line.index);
                }}
              >
                <span class="tri-differ__icon" aria-hidden="true">
                  {RELATION_LABELS[line.status].icon}
                </span>
                <span class="tri-sr">{RELATION_LABELS[line.status].label}: </span>
                {line.kind === 'speaker' ? (
                  <span>
                    Said by <q class="tri-differ__here">{line.here}</q> here, by <q class="tri-differ__there">{line.there}</q> in {line.outlet}
                  </span>
                ) : (
                  <span>
                    <q class="tri-differ__here">{line.here}</q> here, <q class="tri-differ__there">{line.there}</q> in {line.outlet}
                  </span>
                )}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
