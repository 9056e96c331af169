// The supervisor PIN, typed twice. When settings are edited, leaving it empty keeps the old one.
import { t } from '../../i18n/index.ts';
import type { SetupDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';
import { type ErrorLookup, TextField } from './Field.tsx';

interface PinSectionProps {
  draft: SetupDraft;
  hasPin: boolean;
  errorFor: ErrorLookup;
  onChange(patch: Partial<SetupDraft>): void;
}

export function PinSection({ draft, hasPin, errorFor, onChange }: PinSectionProps) {
  return (
    <section className="setup-section" aria-labelledby="setup-pin-heading">
      <h2 id="setup-pin-heading">{t('setup.pin.heading')}</h2>
      <p className="setup-intro">{t('setup.pin.intro')}</p>
      <div className="setup-grid">
        <TextField
          id={fieldIds.pin}
          label={t('setup.pin.pin')}
          hint={hasPin ? t('setup.pin.keepHint') : undefined}
          value={draft.pin}
          numeric
          secret
          width="medium"
          autoComplete="new-password"
          error={errorFor(fieldIds.pin)}
          onChange={(pin) => onChange({ pin })}
        />
        <TextField
          id={fieldIds.pinConfirm}
          label={t('setup.pin.confirm')}
          value={draft.pinConfirm}
          numeric
          secret
          width="medium"
          autoComplete="new-password"
          error={errorFor(fieldIds.pinConfirm)}
          onChange={(pinConfirm) => onChange({ pinConfirm })}
        />
      </div>
    </section>
  );
}
