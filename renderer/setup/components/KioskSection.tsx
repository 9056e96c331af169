// The kiosk's idle reset and its place among the centre's kiosks ("Kios ke-1 dari 2"), which
// keeps ticket numbers unique when kiosks work without a connection.
import { t } from '../../i18n/index.ts';
import type { SetupDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';
import { describedBy, type ErrorLookup, FieldError, hintId, TextField } from './Field.tsx';

interface KioskSectionProps {
  draft: SetupDraft;
  errorFor: ErrorLookup;
  onChange(patch: Partial<SetupDraft>): void;
}

export function KioskSection({ draft, errorFor, onChange }: KioskSectionProps) {
  const slotError = errorFor(fieldIds.issuerSlot);
  const ofError = errorFor(fieldIds.issuerOf);
  const issuerHint = 'setup-issuer';
  return (
    <section className="setup-section" aria-labelledby="setup-kiosk-heading">
      <h2 id="setup-kiosk-heading">{t('setup.kiosk.heading')}</h2>
      <TextField
        id={fieldIds.idleSeconds}
        label={t('setup.kiosk.idle')}
        hint={t('setup.kiosk.idleHint')}
        value={draft.idleSeconds}
        numeric
        width="short"
        error={errorFor(fieldIds.idleSeconds)}
        onChange={(idleSeconds) => onChange({ idleSeconds })}
      />
      <fieldset
        className={slotError || ofError ? 'setup-issuer has-error' : 'setup-issuer'}
        aria-describedby={hintId(issuerHint)}
      >
        <legend>{t('setup.kiosk.issuerLegend')}</legend>
        <p id={hintId(issuerHint)} className="setup-hint">
          {t('setup.kiosk.issuerHint')}
        </p>
        <FieldError id={fieldIds.issuerSlot} message={slotError} />
        <FieldError id={fieldIds.issuerOf} message={ofError} />
        <div className="setup-issuer-line">
          <span aria-hidden="true">{t('setup.kiosk.issuerBefore')}</span>
          <label htmlFor={fieldIds.issuerSlot} className="visually-hidden">
            {t('setup.kiosk.issuerSlot')}
          </label>
          <input
            id={fieldIds.issuerSlot}
            className="setup-input setup-input-tiny"
            inputMode="numeric"
            autoComplete="off"
            value={draft.issuerSlot}
            onChange={(event) => onChange({ issuerSlot: event.target.value })}
            {...describedBy(fieldIds.issuerSlot, { error: slotError })}
          />
          <span aria-hidden="true">{t('setup.kiosk.issuerMiddle')}</span>
          <label htmlFor={fieldIds.issuerOf} className="visually-hidden">
            {t('setup.kiosk.issuerOf')}
          </label>
          <input
            id={fieldIds.issuerOf}
            className="setup-input setup-input-tiny"
            inputMode="numeric"
            autoComplete="off"
            value={draft.issuerOf}
            onChange={(event) => onChange({ issuerOf: event.target.value })}
            {...describedBy(fieldIds.issuerOf, { error: ofError })}
          />
        </div>
      </fieldset>
    </section>
  );
}
