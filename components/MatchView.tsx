import type { ClaimMatch } from '../core/result.ts';
import { DiffText } from './DiffText.tsx';
import { RelationBadge } from './RelationBadge.tsx';
import { t } from './i18n.ts';

/**
 * What one other source says about a claim: outlet, relation, wording with the diff, values side by side (the
 * quotation's words and speakers only, with `sided`: the claim's OutletSides give the values).
 */
export function MatchView({ match, sided = false }: { match: ClaimMatch; sided?: boolean }) {
  const differences = sided ? match.differences.filter((d) => d.kind === 'quote' || d.kind === 'speaker') : match.differences;
  return (
    <div class={`tri-match tri-match--${match.relation}`}>
      <div class="tri-match__head">
        <strong class="tri-match__outlet">{match.outlet}</strong>
        <RelationBadge relation={match.relation} />
      </div>
      {differences.length > 0 && (
        <table class="tri-values">
          <thead>
            <tr>
              <th scope="col">{t('matchThisArticle')}</th>
              <th scope="col">{match.outlet}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d, i) => (
              <tr key={i}>
                <td>{d.kind === 'speaker' ? t('matchSaidBy', d.here) : d.here}</td>
                <td>{d.kind === 'speaker' ? t('matchSaidBy', d.there) : d.there}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="tri-match__text">
        {match.diff.some((op) => op.op === 'equal') ? <DiffText ops={match.diff} /> : match.text}
      </p>
      {match.speaker && <p class="tri-match__speaker">{t('matchAttributed', match.speaker)}</p>}
    </div>
  );
}
