import type { AnalyzedClaim, DiffOp, SourceSummary } from '../core/result.ts';
import { DIFFERING_STATUSES } from '../shared/claim-counts.ts';
import { quotationOps, sideInTime, valueSides, type SideOutlet } from '../shared/outlet-sides.ts';
import { RELATION_LABELS } from '../shared/relation.ts';
import { DiffText } from './DiffText.tsx';
import { t, tx } from './i18n.ts';
import { whenWords } from './time-words.ts';
import { relationLabel } from './relation-words.ts';

/** One line of the summary, linking to its claim. */
export type DifferenceLine = { readonly index: number; readonly status: AnalyzedClaim['status'] } & (
  /** A value (number, name, scope) another outlet gives differently; `time`: a later report's value is an update. */
  | { readonly kind: 'value'; readonly here: string; readonly there: string; readonly outlets: readonly SideOutlet[]; readonly time: 'update' | 'older' | 'differs' }
  /** A quotation in other words: the whole quotation, with the other outlet's words as a diff. */
  | { readonly kind: 'quote'; readonly outlet: string; readonly ops: readonly DiffOp[] }
  /** The same words given to another speaker. */
  | { readonly kind: 'speaker'; readonly here: string; readonly there: string; readonly outlet: string }
  /** A difference the analysis could not pin to a value: the two wordings stand for it. */
  | { readonly kind: 'wording'; readonly here: string; readonly there: string; readonly outlet: string }
);

/**
 * The summary's lines, claim by claim in reading order: each value the outlets give differently (a figure's
 * values from the earliest report to the latest), each quotation in other words whole, each other speaker.
 */
export function differenceLines(claims: readonly AnalyzedClaim[], sources: readonly SourceSummary[] = [], pageDate: string | null = null): DifferenceLine[] {
  return claims.flatMap((claim, index): DifferenceLine[] => {
    if (!DIFFERING_STATUSES.includes(claim.status)) return [];
    const status = claim.status;
    const values = valueSides(claim, sources, pageDate).flatMap((v) =>
      v.sides.filter((side) => !side.page).map((side): DifferenceLine => ({ index, status, kind: 'value', here: v.here, there: side.value, outlets: side.outlets, time: sideInTime(side) })),
    );
    const differing = claim.matches.filter((m) => m.relation === status);
    const quotes = differing.flatMap((m): DifferenceLine[] =>
      m.differences.some((d) => d.kind === 'quote') && m.diff.some((op) => op.op === 'equal') ? [{ index, status, kind: 'quote', outlet: m.outlet, ops: quotationOps(m.diff) }] : [],
    );
    const speakers = differing.flatMap((m) => m.differences.filter((d) => d.kind === 'speaker').map((d): DifferenceLine => ({ index, status, kind: 'speaker', here: d.here, there: d.there, outlet: m.outlet })));
    const lines = [...values, ...quotes, ...speakers];
    const first = differing[0];
    return lines.length > 0 || !first ? lines : [{ index, status, kind: 'wording', here: claim.text, there: first.text, outlet: first.outlet }];
  });
}

/** Props of the difference summary. */
export interface DifferenceSummaryProps {
  readonly claims: readonly AnalyzedClaim[];
  /** The sources compared with and this page's day: a later report's figure reads as an update. */
  readonly sources?: readonly SourceSummary[];
  readonly pageDate?: string | null | undefined;
  /** Shows a claim: its entry in the list, and its mark on the page. */
  readonly onSelect?: (index: number) => void;
}

/** "Reuters, two days later; AP" */
const outletsWhen = (outlets: readonly SideOutlet[]) => outlets.map((o) => [o.outlet, whenWords(o.timing)].filter(Boolean).join(', ')).join('; ');

/** A line's words. */
function LineText({ line }: { line: DifferenceLine }) {
  switch (line.kind) {
    case 'value':
      return (
        <span>
          {tx('differValue', <q class="tri-differ__here">{line.here}</q>, <q class="tri-differ__there">{line.there}</q>, outletsWhen(line.outlets))}
          {line.time === 'update' && <em class="tri-differ__time"> {t('differUpdate')}</em>}
          {line.time === 'older' && <em class="tri-differ__time"> {t('differOlder')}</em>}
        </span>
      );
    case 'quote':
      return (
        <span>
          {tx('differQuote', line.outlet, <DiffText ops={line.ops} />)}
        </span>
      );
    case 'speaker':
      return (
        <span>
          {tx('differSpeaker', <q class="tri-differ__here">{line.here}</q>, <q class="tri-differ__there">{line.there}</q>, line.outlet)}
        </span>
      );
    case 'wording':
      return (
        <span>
          {tx('differValue', <q class="tri-differ__here">{line.here}</q>, <q class="tri-differ__there">{line.there}</q>, line.outlet)}
        </span>
      );
  }
}

/** What the popup leads with: each value the sources give differently, one short line each, linking to its claim. */
export function DifferenceSummary({ claims, sources = [], pageDate = null, onSelect }: DifferenceSummaryProps) {
  const lines = differenceLines(claims, sources, pageDate);
  return (
    <section class="tri-differs" aria-labelledby="tri-differs-title">
      <h2 id="tri-differs-title" class="tri-differs__title">
        {t('differTitle')}
      </h2>
      {lines.length === 0 ? (
        <p class="tri-differs__none">{t('differNone')}</p>
      ) : (
        <ul class="tri-differs__list">
          {lines.map((line, i) => (
            <li key={i} class={`tri-differ tri-differ--${line.status}${line.kind === 'value' && line.time === 'update' ? ' tri-differ--update' : ''}`}>
              <a
                href={`#claim-${line.index}`}
                class="tri-differ__link"
                onClick={(e) => {
                  e.preventDefault();
                  onSelect?.(line.index);
                }}
              >
                <span class="tri-differ__icon" aria-hidden="true">
                  {line.kind === 'value' && line.time === 'update' ? '↻' : RELATION_LABELS[line.status].icon}
                </span>
                <span class="tri-sr">{line.kind === 'value' && line.time === 'update' ? t('differUpdatedLater') : relationLabel(line.status)}: </span>
                <LineText line={line} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
