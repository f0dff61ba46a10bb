import type { AnalyzedClaim, SourceSummary } from '../core/result.ts';
import { sideInTime, valueSides, type Side, type SideOutlet } from '../shared/outlet-sides.ts';
import { t, tx } from './i18n.ts';
import { whenWords } from './time-words.ts';

/** Props of the sides of a claim. */
export interface OutletSidesProps {
  readonly claim: AnalyzedClaim;
  /** The sources the page was compared with (their outlets' dates). */
  readonly sources: readonly SourceSummary[];
  /** This page's publication day, when it gives one. */
  readonly pageDate?: string | null | undefined;
}

/** "Reuters, two days later": an outlet and when it reported against this page (the day left out when unknown). */
const outletWhen = (o: SideOutlet) => [o.outlet, whenWords(o.timing)].filter(Boolean).join(', ');

/** What a side's value is against this page's, in time: an update, an older figure, or a disagreement. */
function SideNote({ side }: { side: Side }) {
  switch (sideInTime(side)) {
    case 'update':
      return <span class="tri-side__note tri-side__note--update"> · {t('sidesUpdate')}</span>;
    case 'older':
      return <span class="tri-side__note"> · {t('sidesOlder')}</span>;
    default:
      return null;
  }
}

/**
 * Every outlet's side of a conflicting claim: for each value the outlets give differently, who gives which,
 * this page first ("$44 million: this page, The Varnholm Courier · $41 million: Northgate Herald"), the other
 * values from the earliest report to the latest, a later report's value set apart as an update.
 */
export function OutletSides({ claim, sources, pageDate }: OutletSidesProps) {
  const all = valueSides(claim, sources, pageDate);
  if (all.length === 0) return null;
  return (
    // A group, not a landmark: a list holds one per conflicting claim.
    <div class="tri-sides" role="group" aria-label={t('sidesLabel')} data-testid="outlet-sides">
      {all.map((value) => (
        <ul key={value.here} class="tri-sides__list">
          {value.sides.map((side) => (
            <li key={side.value} class={`tri-side${side.page ? ' tri-side--page' : ` tri-side--${sideInTime(side)}`}`}>
              {tx('sidesValue', <strong class="tri-side__value">{side.value}</strong>, side.page ? [t('sidesThisPage'), ...side.outlets.map((o) => o.outlet)].join(', ') : side.outlets.map(outletWhen).join('; '))}
              {!side.page && <SideNote side={side} />}
            </li>
          ))}
        </ul>
      ))}
    </div>
  );
}
