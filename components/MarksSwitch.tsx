import { t, tx } from './i18n.ts';
/** Which of the optional, quieter marks are switched on. */
export interface Marking {
  readonly markRelated: boolean;
  readonly markUnique: boolean;
  /** Agreement marked as fully as the differences (by default a faint wash). */
  readonly showAgreement: boolean;
}

/** Props of the marks switches. */
export interface MarksSwitchProps {
  readonly host: string;
  readonly shown: boolean;
  readonly onChange: (shown: boolean) => void;
  readonly marking: Marking;
  readonly onMarking: (change: Partial<Marking>) => void;
}

/**
 * The per-site switch for the page marks, the switch that marks agreement fully, and the switches for the quieter
 * marks that are off by default: claims another source only touches on, and claims no other source reports.
 */
export function MarksSwitch({ host, shown, onChange, marking, onMarking }: MarksSwitchProps) {
  const checked = (e: Event) => (e.currentTarget as HTMLInputElement).checked;
  return (
    <div class="tri-switches">
      <label class="tri-switch">
        <input type="checkbox" role="switch" checked={shown} onChange={(e) => onChange(checked(e))} />
        <span>{tx('switchMarks', <strong>{host || t('switchThisSite')}</strong>)}</span>
      </label>
      <label class="tri-switch tri-switch--sub">
        <input type="checkbox" role="switch" data-testid="show-agreement" checked={marking.showAgreement} disabled={!shown} onChange={(e) => onMarking({ showAgreement: checked(e) })} />
        <span>{t('switchShowAgreement')}</span>
      </label>
      <label class="tri-switch tri-switch--sub">
        <input type="checkbox" role="switch" checked={marking.markRelated} disabled={!shown} onChange={(e) => onMarking({ markRelated: checked(e) })} />
        <span>{t('switchRelated')}</span>
      </label>
      <label class="tri-switch tri-switch--sub">
        <input type="checkbox" role="switch" checked={marking.markUnique} disabled={!shown} onChange={(e) => onMarking({ markUnique: checked(e) })} />
        <span>{t('switchUnique')}</span>
      </label>
    </div>
  );
}
