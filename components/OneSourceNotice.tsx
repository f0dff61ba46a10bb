import { t, tx } from './i18n.ts';
/**
 * In place of the comparison on a page whose story has no other source yet (a story just started from it): there
 * is nothing to compare with, so say what the next report will bring instead of "no differences".
 */
export function OneSourceNotice({ title }: { title: string }) {
  return (
    <section class="tri-one-source" data-testid="one-source" aria-label={t('oneSourceLabel')}>
      <p>
        <strong>{t('oneSourceTitle', title)}</strong>
      </p>
      <p>{tx('oneSource', <em>{t('yoursAddOne', title)}</em>)}</p>
    </section>
  );
}
