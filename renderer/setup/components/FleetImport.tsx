// First-run setup from the centre's configuration file: choose the file (a real file input, so a
// USB stick works as any other folder), see what it holds, say which of its PCs this one is, give
// the supervisor PIN if the file has none, and save — enrolling with the centre's server first
// when the file names one. Problems go to the form's summary; nothing chosen is lost.
import { FileCheck2, Save } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { indonesianTimeZones } from '../../../core/centre/centres.ts';
import { type FleetFile, type FleetPc, readFleetFile } from '../../../core/centre/fleet-file.ts';
import { t } from '../../i18n/index.ts';
import type { SetupDraft } from '../draft.ts';
import { fieldIds } from '../field-ids.ts';
import { checkNewPin, type FieldError } from '../validate-setup.ts';
import {
  describedBy,
  type ErrorLookup,
  errorId,
  FieldError as FieldMessage,
  Hint,
  hintId,
} from './Field.tsx';
import { PinSection } from './PinSection.tsx';

export interface FleetChoice {
  file: FleetFile;
  pc: FleetPc;
  enrol: boolean;
  /** The supervisor PIN typed here, when the file has no hash. */
  newPin: string | null;
}

interface FleetImportProps {
  draft: SetupDraft;
  busy: boolean;
  errorFor: ErrorLookup;
  onDraft(patch: Partial<SetupDraft>): void;
  /** Problems of the file or the form, for the summary (`heading` when they share one). */
  onProblems(errors: FieldError[], heading: string | null): void;
  onClear(): void;
  /** `problems`: the file or the PC not chosen yet. */
  onSave(choice: FleetChoice | null, problems: FieldError[]): void;
}

function pcWords(file: FleetFile, pc: FleetPc): string {
  const kiosks = file.pcs.filter((p) => p.roles.some((r) => r.role === 'kiosk'));
  return pc.roles
    .map((r) =>
      r.role === 'kiosk'
        ? `${t('setup.fleet.roles.kiosk')} (${t('setup.fleet.kioskNumber', {
            slot: pc.issuerSlot ?? kiosks.indexOf(pc) + 1,
            of: kiosks.length,
          })})`
        : t(`setup.fleet.roles.${r.role}`),
    )
    .join(', ');
}

export function FleetImport(props: FleetImportProps) {
  const { draft, busy, errorFor } = props;
  const [loaded, setLoaded] = useState<{ file: FleetFile; name: string } | null>(null);
  const [pcName, setPcName] = useState('');
  const [enrol, setEnrol] = useState(true);
  const fileError = errorFor(fieldIds.fleetFile);
  const pcError = errorFor(fieldIds.fleetPc);

  async function choose(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    let text: string;
    try {
      text = await chosen.text();
    } catch {
      props.onProblems(
        [{ field: fieldIds.fleetFile, message: t('setup.fleet.errors.unreadable') }],
        null,
      );
      return;
    }
    const reading = readFleetFile(text);
    if (!reading.ok) {
      setLoaded(null);
      props.onProblems(
        reading.problems.map((message) => ({ field: fieldIds.fleetFile, message })),
        t('setup.fleet.errors.problems', { file: chosen.name, count: reading.problems.length }),
      );
      return;
    }
    props.onClear();
    setLoaded({ file: reading.file, name: chosen.name });
    setPcName((current) => (reading.file.pcs.some((pc) => pc.name === current) ? current : ''));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!loaded) {
      props.onSave(null, [{ field: fieldIds.fleetFile, message: t('setup.fleet.errors.noFile') }]);
      return;
    }
    const pc = loaded.file.pcs.find((p) => p.name === pcName);
    const pin = loaded.file.supervisorPinHash ? null : checkNewPin(draft, false);
    const problems = [
      ...(pc ? [] : [{ field: fieldIds.fleetPc, message: t('setup.fleet.errors.noPc') }]),
      ...(pin?.errors ?? []),
    ];
    props.onSave(
      pc && problems.length === 0
        ? {
            file: loaded.file,
            pc,
            enrol: enrol && Boolean(loaded.file.server),
            newPin: pin?.newPin ?? null,
          }
        : null,
      problems,
    );
  }

  const file = loaded?.file;
  const zone = file
    ? (indonesianTimeZones.find((z) => z.id === file.timeZone)?.label ?? file.timeZone)
    : '';
  return (
    <form className="setup-form" onSubmit={submit} noValidate>
      <section className="setup-section" aria-labelledby="setup-fleet-heading">
        <h2 id="setup-fleet-heading">{t('setup.fleet.heading')}</h2>
        <div className={fileError ? 'setup-field has-error' : 'setup-field'}>
          <label htmlFor={fieldIds.fleetFile}>{t('setup.fleet.file')}</label>
          <Hint id={fieldIds.fleetFile}>{t('setup.fleet.fileHint')}</Hint>
          <FieldMessage id={fieldIds.fleetFile} message={fileError} />
          <input
            id={fieldIds.fleetFile}
            className="setup-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => choose(event.target.files)}
            {...describedBy(fieldIds.fleetFile, { hint: true, error: fileError })}
          />
          {/* Always present, so a screen reader hears that the file was read and what is next. */}
          <p className="setup-fleet-read" role="status">
            {loaded
              ? t('setup.fleet.read', { file: loaded.name, count: loaded.file.pcs.length })
              : null}
          </p>
        </div>
      </section>
      {file && loaded ? (
        <>
          <section className="setup-section setup-enrolled" aria-labelledby="setup-fleet-centre">
            <h2 id="setup-fleet-centre">
              <FileCheck2 aria-hidden="true" />
              {t('setup.fleet.centre', { file: loaded.name })}
            </h2>
            <p className="setup-enrolled-centre">
              {t('setup.enrol.centreLine', { centre: file.centre.name, city: file.centre.city })}
            </p>
            <dl className="setup-enrolled-details">
              <div>
                <dt>{t('setup.fleet.model')}</dt>
                <dd>{t(`setup.model.${file.serviceModel}.label`)}</dd>
              </div>
              <div>
                <dt>{t('setup.fleet.timeZone')}</dt>
                <dd>{zone}</dd>
              </div>
              <div>
                <dt>{t('setup.fleet.counters')}</dt>
                <dd>{file.counters.map((c) => c.name).join(', ')}</dd>
              </div>
              <div>
                <dt>{t('setup.fleet.hours')}</dt>
                <dd>
                  {file.serviceHours.opens.replace(':', '.')}–
                  {file.serviceHours.closes.replace(':', '.')}
                </dd>
              </div>
              <div>
                <dt>{t('setup.fleet.pcs')}</dt>
                <dd>{file.pcs.length}</dd>
              </div>
              <div>
                <dt>{t('setup.fleet.server')}</dt>
                <dd>{file.server?.url ?? t('setup.fleet.noServer')}</dd>
              </div>
            </dl>
          </section>
          <section className="setup-section" aria-labelledby="setup-fleet-pc-legend">
            <fieldset
              id={fieldIds.fleetPc}
              className={pcError ? 'setup-choices has-error' : 'setup-choices'}
              aria-describedby={[hintId(fieldIds.fleetPc), pcError ? errorId(fieldIds.fleetPc) : '']
                .filter(Boolean)
                .join(' ')}
            >
              <legend id="setup-fleet-pc-legend" className="setup-path-legend">
                {t('setup.fleet.pcLegend')}
              </legend>
              <Hint id={fieldIds.fleetPc}>{t('setup.fleet.pcHint')}</Hint>
              <FieldMessage id={fieldIds.fleetPc} message={pcError} />
              {file.pcs.map((pc, index) => {
                const id = `${fieldIds.fleetPc}-${index}`;
                return (
                  <div className="setup-choice" key={pc.name}>
                    <input
                      type="radio"
                      id={id}
                      name="setup-fleet-pc"
                      value={pc.name}
                      checked={pcName === pc.name}
                      onChange={() => setPcName(pc.name)}
                      aria-describedby={hintId(id)}
                    />
                    <div>
                      <label htmlFor={id}>{pc.name}</label>
                      <p id={hintId(id)} className="setup-hint">
                        {pcWords(file, pc)}
                      </p>
                    </div>
                  </div>
                );
              })}
            </fieldset>
            {file.server ? (
              <div className="setup-choice setup-fleet-enrol">
                <input
                  type="checkbox"
                  id={fieldIds.fleetEnrol}
                  checked={enrol}
                  onChange={(event) => setEnrol(event.target.checked)}
                  {...describedBy(fieldIds.fleetEnrol, {
                    hint: true,
                    error: errorFor(fieldIds.fleetEnrol),
                  })}
                />
                <div>
                  <label htmlFor={fieldIds.fleetEnrol}>
                    {t('setup.fleet.enrolLabel', { url: file.server.url })}
                  </label>
                  <Hint id={fieldIds.fleetEnrol}>{t('setup.fleet.enrolHint')}</Hint>
                  <FieldMessage id={fieldIds.fleetEnrol} message={errorFor(fieldIds.fleetEnrol)} />
                </div>
              </div>
            ) : null}
          </section>
          {file.supervisorPinHash ? null : (
            <PinSection draft={draft} hasPin={false} errorFor={errorFor} onChange={props.onDraft} />
          )}
        </>
      ) : null}
      <div className="setup-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} aria-disabled={busy}>
          <Save aria-hidden="true" />
          {busy ? t('setup.saving') : t('setup.save')}
        </button>
      </div>
    </form>
  );
}
