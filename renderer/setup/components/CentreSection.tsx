// Which centre this PC belongs to: one of the five pilot centres (which fills in its name and
// time zone) or another centre typed in by hand.
import { indonesianTimeZones, pilotCentres } from '../../../core/centre/centres.ts';
import { t } from '../../i18n/index.ts';
import { CUSTOM_CENTRE, type SetupDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';
import { describedBy, type ErrorLookup, FieldError, Hint, TextField } from './Field.tsx';

interface CentreSectionProps {
  draft: SetupDraft;
  errorFor: ErrorLookup;
  onChooseCentre(centre: string): void;
  onChange(patch: Partial<SetupDraft>): void;
}

export function CentreSection({ draft, errorFor, onChooseCentre, onChange }: CentreSectionProps) {
  const centreError = errorFor(fieldIds.centre);
  const zoneError = errorFor(fieldIds.timeZone);
  return (
    <section className="setup-section" aria-labelledby="setup-centre-heading">
      <h2 id="setup-centre-heading">{t('setup.centre.heading')}</h2>
      <div className={centreError ? 'setup-field has-error' : 'setup-field'}>
        <label htmlFor={fieldIds.centre}>{t('setup.centre.choose')}</label>
        <FieldError id={fieldIds.centre} message={centreError} />
        <select
          id={fieldIds.centre}
          className="setup-input setup-input-full"
          value={draft.centre}
          onChange={(event) => onChooseCentre(event.target.value)}
          {...describedBy(fieldIds.centre, { error: centreError })}
        >
          <option value="" disabled>
            {t('setup.centre.placeholder')}
          </option>
          <optgroup label={t('setup.centre.pilotGroup')}>
            {pilotCentres.map((centre) => (
              <option key={centre.id} value={centre.id}>
                {centre.shortName} — {centre.city}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('setup.centre.customGroup')}>
            <option value={CUSTOM_CENTRE}>{t('setup.centre.custom')}</option>
          </optgroup>
        </select>
      </div>
      {draft.centre === '' ? null : (
        <div className="setup-grid">
          <div className="setup-span-2">
            <TextField
              id={fieldIds.name}
              label={t('setup.centre.name')}
              value={draft.name}
              error={errorFor(fieldIds.name)}
              onChange={(name) => onChange({ name })}
            />
          </div>
          <TextField
            id={fieldIds.shortName}
            label={t('setup.centre.shortName')}
            hint={t('setup.centre.shortNameHint')}
            value={draft.shortName}
            error={errorFor(fieldIds.shortName)}
            onChange={(shortName) => onChange({ shortName })}
          />
          <TextField
            id={fieldIds.city}
            label={t('setup.centre.city')}
            value={draft.city}
            error={errorFor(fieldIds.city)}
            onChange={(city) => onChange({ city })}
          />
          <div className={zoneError ? 'setup-field has-error' : 'setup-field'}>
            <label htmlFor={fieldIds.timeZone}>{t('setup.centre.timeZone')}</label>
            <Hint id={fieldIds.timeZone}>{t('setup.centre.timeZoneHint')}</Hint>
            <FieldError id={fieldIds.timeZone} message={zoneError} />
            <select
              id={fieldIds.timeZone}
              className="setup-input setup-input-medium"
              value={draft.timeZone}
              onChange={(event) => onChange({ timeZone: event.target.value })}
              {...describedBy(fieldIds.timeZone, { hint: true, error: zoneError })}
            >
              {indonesianTimeZones.map((zone) => (
                <option key={zone.id} value={zone.id}>
                  {zone.label}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </section>
  );
}
