/** Props of the marks switches. */
export interface MarksSwitchProps {
  readonly host: string;
  readonly shown: boolean;
  readonly onChange: (shown: boolean) => void;
  /** Whether claims only this page reports get a quieter mark too. */
  readonly markUnique: boolean;
  readonly onMarkUnique: (markUnique: boolean) => void;
}

/** The per-site switch for the page marks, and the setting for marking claims no other source reports. */
export function MarksSwitch({ host, shown, onChange, markUnique, onMarkUnique }: MarksSwitchProps) {
  return (
    <div class="tri-switches">
      <label class="tri-switch">
        <input type="checkbox" role="switch" checked={shown} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
        <span>
          Highlight claims on <strong>{host || 'this site'}</strong>
        </span>
      </label>
      <label class="tri-switch">
        <input
          type="checkbox"
          role="switch"
          checked={markUnique}
          disabled={!shown}
          onChange={(e) => onMarkUnique((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>Also mark claims only this page reports (dotted)</span>
      </label>
    </div>
  );
}
