/** The per-site switch for the page marks. */
export function MarksSwitch({ host, shown, onChange }: { host: string; shown: boolean; onChange: (shown: boolean) => void }) {
  return (
    <label class="tri-switch">
      <input type="checkbox" role="switch" checked={shown} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>
        Highlight claims on <strong>{host || 'this site'}</strong>
      </span>
    </label>
  );
}
