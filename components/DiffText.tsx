import type { DiffOp } from '../core/result.ts';
import { t } from './i18n.ts';

/**
 * Another source's wording shown as a word diff against this page: words only this page has are struck
 * through, words only the other source has are underlined. Text is rendered as text, never as HTML.
 */
export function DiffText({ ops }: { ops: readonly DiffOp[] }) {
  return (
    <span class="tri-diff">
      {ops.map((op, i) => [
        // Two wordings that meet without a space ("…Times.letter reads.") read as one word: part them.
        i > 0 && op.op !== 'equal' && ops[i - 1]!.op !== 'equal' && !/\s$/.test(ops[i - 1]!.text) && !/^\s/.test(op.text) ? ' ' : null,
        op.op === 'equal' ? (
          <span key={i}>{op.text}</span>
        ) : op.op === 'delete' ? (
          <del key={i} title={t('diffOnlyHereTitle')}>
            <span class="tri-sr">{t('diffOnlyHere')}</span>
            {op.text}
            <span class="tri-sr">]</span>
          </del>
        ) : (
          <ins key={i} title={t('diffOnlyThereTitle')}>
            <span class="tri-sr">{t('diffOnlyThere')}</span>
            {op.text}
            <span class="tri-sr">]</span>
          </ins>
        ),
      ])}
    </span>
  );
}
