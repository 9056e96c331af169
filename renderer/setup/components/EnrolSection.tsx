// The enrolment fields: the server's address, the one-time code from the admin, and the name the
// admin will see for this PC.
import { Link } from 'lucide-react';
import { t } from '../../i18n/index.ts';
import type { EnrolDraft } from '../enrol.ts';
import { fieldIds } from '../field-ids.ts';
import { type ErrorLookup, TextField } from './Field.tsx';

interface EnrolSectionProps {
  draft: EnrolDraft;
  errorFor: ErrorLookup;
  busy: boolean;
  onChange(patch: Partial<EnrolDraft>): void;
}

export function EnrolSection({ draft, errorFor, busy, onChange }: EnrolSectionProps) {
  return (
    <section className="setup-section" aria-labelledby="setup-enrol-heading">
      <h2 id="setup-enrol-heading">{t('setup.enrol.heading')}</h2>
      <p className="setup-intro">{t('setup.enrol.intro')}</p>
      <TextField
        id={fieldIds.serverUrl}
        label={t('setup.enrol.serverUrl')}
        hint={t('setup.enrol.serverUrlHint')}
        value={draft.serverUrl}
        url
        width="medium"
        error={errorFor(fieldIds.serverUrl)}
        onChange={(serverUrl) => onChange({ serverUrl })}
      />
      <TextField
        id={fieldIds.enrolCode}
        label={t('setup.enrol.code')}
        hint={t('setup.enrol.codeHint')}
        value={draft.code}
        width="medium"
        error={errorFor(fieldIds.enrolCode)}
        onChange={(code) => onChange({ code })}
      />
      <TextField
        id={fieldIds.deviceName}
        label={t('setup.enrol.deviceName')}
        hint={t('setup.enrol.deviceNameHint')}
        value={draft.deviceName}
        width="medium"
        error={errorFor(fieldIds.deviceName)}
        onChange={(deviceName) => onChange({ deviceName })}
      />
      <div className="setup-enrol-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} aria-disabled={busy}>
          <Link aria-hidden="true" />
          {busy ? t('setup.enrol.submitting') : t('setup.enrol.submit')}
        </button>
      </div>
    </section>
  );
}
