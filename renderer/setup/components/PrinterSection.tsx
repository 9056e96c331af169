// The ticket printer of this PC: on or off, which printer, and the paper roll's width.
import type { PrinterInfo } from '../../../core/bridge/bridge.ts';
import { t } from '../../i18n/index.ts';
import type { SetupDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';

interface PrinterSectionProps {
  draft: SetupDraft;
  printers: readonly PrinterInfo[];
  onChange(patch: Partial<SetupDraft>): void;
}

export function PrinterSection({ draft, printers, onChange }: PrinterSectionProps) {
  const off = !draft.printerEnabled;
  const known = draft.printerName === '' || printers.some((p) => p.name === draft.printerName);
  return (
    <section className="setup-section" aria-labelledby="setup-printer-heading">
      <h2 id="setup-printer-heading">{t('setup.printer.heading')}</h2>
      <div className="setup-check">
        <input
          type="checkbox"
          id="setup-printer-enabled"
          checked={draft.printerEnabled}
          onChange={(event) => onChange({ printerEnabled: event.target.checked })}
        />
        <label htmlFor="setup-printer-enabled">{t('setup.printer.enabled')}</label>
      </div>
      <div className="setup-grid">
        <div className="setup-field">
          <label htmlFor={fieldIds.printerName}>{t('setup.printer.name')}</label>
          <select
            id={fieldIds.printerName}
            className="setup-input setup-input-full"
            value={draft.printerName}
            disabled={off}
            onChange={(event) => onChange({ printerName: event.target.value })}
          >
            <option value="">{t('setup.printer.defaultPrinter')}</option>
            {printers.map((printer) => (
              <option key={printer.name} value={printer.name}>
                {printer.name}
                {printer.isDefault ? t('setup.printer.defaultMark') : ''}
              </option>
            ))}
            {known ? null : (
              // A printer that is switched off right now stays chosen rather than vanishing.
              <option value={draft.printerName}>{draft.printerName}</option>
            )}
          </select>
        </div>
        <fieldset className="setup-inline-choices" disabled={off}>
          <legend>{t('setup.printer.paper')}</legend>
          {(['58', '80'] as const).map((width) => (
            <div className="setup-check" key={width}>
              <input
                type="radio"
                id={`setup-paper-${width}`}
                name="paper-width"
                checked={draft.paperWidthMm === width}
                onChange={() => onChange({ paperWidthMm: width })}
              />
              <label htmlFor={`setup-paper-${width}`}>{t(`setup.printer.paper${width}`)}</label>
            </div>
          ))}
        </fieldset>
      </div>
    </section>
  );
}
