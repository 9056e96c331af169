// The settings form: builds an InstallationConfig from the draft, saves it through the bridge and
// opens the home screen. A failed check shows every problem at once, at the top and beside each
// field, and keeps everything that was typed. On first run it asks first how to set the PC up:
// enrolled with the centre's sync server (the server's data fills the centre's part, and only
// what is this PC's own is asked), from the centre's configuration file, or by hand.
import { Save } from 'lucide-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { DisplayInfo, PrinterInfo, SyncCredentials } from '../../core/bridge/bridge.ts';
import { servicesForModel } from '../../core/catalog/services.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { configFromFleetFile } from '../../core/centre/fleet-file.ts';
import { hashPin } from '../../core/security/pin.ts';
import type { EnrolResponse } from '../../core/sync/protocol.ts';
import { useInstallation } from '../app/installation.tsx';
import { goTo } from '../app/route.ts';
import { getBridge } from '../bridge/index.ts';
import { t } from '../i18n/index.ts';
import { CentreSection } from './components/CentreSection.tsx';
import { CountersSection } from './components/CountersSection.tsx';
import { EnrolledCentre } from './components/EnrolledCentre.tsx';
import { EnrolSection } from './components/EnrolSection.tsx';
import { ErrorSummary, focusField } from './components/ErrorSummary.tsx';
import { type FleetChoice, FleetImport } from './components/FleetImport.tsx';
import { KioskSection } from './components/KioskSection.tsx';
import { PinSection } from './components/PinSection.tsx';
import { PrinterSection } from './components/PrinterSection.tsx';
import { QueueSection } from './components/QueueSection.tsx';
import { RolesSection } from './components/RolesSection.tsx';
import { ServiceModelSection } from './components/ServiceModelSection.tsx';
import { type SetupPath, SetupPathChoice } from './components/SetupPathChoice.tsx';
import {
  type CounterDraft,
  chooseCentre,
  draftFromConfig,
  draftFromReference,
  emptyDraft,
  newCounter,
  nextCounterNumber,
  renumberCounter,
  type SetupDraft,
} from './draft.ts';
import {
  checkEnrolDraft,
  type EnrolDraft,
  emptyEnrolDraft,
  enrolThisPc,
  serverUrlFrom,
} from './enrol.ts';
import { fieldIds } from './field-ids.ts';
import { type FieldError, foldServerOwned, validateSetup } from './validate-setup.ts';

/** This session's enrolment: what the server answered and what the staff member called the PC. */
interface Enrolled {
  enrolment: EnrolResponse;
  credentials: SyncCredentials;
  deviceName: string;
}

export function SetupForm({ existing }: { existing: InstallationConfig | null }) {
  const { reload } = useInstallation();
  const firstRun = existing === null;
  const [draft, setDraft] = useState<SetupDraft>(() =>
    existing ? draftFromConfig(existing) : emptyDraft(),
  );
  const [path, setPath] = useState<SetupPath>('manual');
  const [enrolDraft, setEnrolDraft] = useState<EnrolDraft>(emptyEnrolDraft);
  const [enrolled, setEnrolled] = useState<Enrolled | null>(null);
  /** The profile this PC enrolled as from the configuration file (so a retry does not enrol twice). */
  const [fleetEnrolledAs, setFleetEnrolledAs] = useState<string | null>(null);
  /** Whether enrolment credentials are stored (earlier or just now): "tanpa server" drops them. */
  const [storedCredentials, setStoredCredentials] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failedSaves, setFailedSaves] = useState(0);
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const summary = useRef<HTMLElement>(null);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    const bridge = getBridge();
    bridge.printer.list().then(setPrinters, () => setPrinters([]));
    bridge.displays.list().then(setDisplays, () => setDisplays([]));
    if (firstRun) {
      bridge.sync.loadCredentials().then(
        (credentials) => setStoredCredentials(credentials !== null),
        () => setStoredCredentials(false),
      );
    }
  }, [firstRun]);

  useEffect(() => {
    if (failedSaves > 0) summary.current?.focus();
  }, [failedSaves]);

  useEffect(() => {
    if (focusAfterRender.current) focusField(focusAfterRender.current);
    focusAfterRender.current = null;
  });

  const onEnrolPath = firstRun && path === 'enrol';
  /** The enrolment whose centre the form now shows (none on the manual path). */
  const shownEnrolment = onEnrolPath ? enrolled : null;
  const services = servicesForModel(draft.serviceModel);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const update = (patch: Partial<SetupDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateCounter = (id: string, change: (c: CounterDraft) => CounterDraft) =>
    setDraft((d) => ({ ...d, counters: d.counters.map((c) => (c.id === id ? change(c) : c)) }));

  function fail(problems: FieldError[], heading: string | null) {
    setErrors(problems);
    setFailure(heading);
    setFailedSaves((n) => n + 1);
  }

  function choosePath(next: SetupPath) {
    setPath(next);
    setErrors([]);
    setFailure(null);
  }

  function addCounter() {
    const counter = newCounter(
      nextCounterNumber(draft.counters),
      services.map((s) => s.id),
    );
    setDraft((d) => ({ ...d, counters: [...d.counters, counter] }));
    focusAfterRender.current = fieldIds.counter(counter.id).number;
  }

  function removeCounter(id: string) {
    setDraft((d) => ({ ...d, counters: d.counters.filter((c) => c.id !== id) }));
    focusAfterRender.current = fieldIds.addCounter;
  }

  async function enrol(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const checked = checkEnrolDraft(enrolDraft);
    if (!checked.ok) {
      fail(checked.errors, null);
      return;
    }
    setErrors([]);
    setFailure(null);
    setBusy(true);
    try {
      const outcome = await enrolThisPc(checked);
      if (!outcome.ok) {
        fail(
          outcome.errors,
          outcome.failure ? t('setup.enrol.failed', { message: outcome.failure }) : null,
        );
        return;
      }
      const saved = await getBridge().sync.saveCredentials(outcome.credentials);
      if (!saved.ok) {
        // The code is used up on the server: say so, so nobody retries it in vain.
        fail([], t('setup.enrol.notKept', { message: saved.message }));
        return;
      }
      const { enrolment } = outcome;
      setEnrolled({ enrolment, credentials: outcome.credentials, deviceName: checked.deviceName });
      setStoredCredentials(true);
      setDraft((d) => draftFromReference(d, enrolment.reference, enrolment.roles));
      focusAfterRender.current = fieldIds.enrolled;
    } catch {
      fail([], t('setup.enrol.failed', { message: t('common.storageError') }));
    } finally {
      setBusy(false);
    }
  }

  /** Saves this PC as one of the configuration file's PCs, enrolled first when the file says so. */
  async function saveFromFleet(choice: FleetChoice | null, problems: FieldError[]) {
    if (busy) return;
    if (!choice) {
      fail(problems, null);
      return;
    }
    setErrors([]);
    setFailure(null);
    setBusy(true);
    try {
      const bridge = getBridge();
      const server = choice.enrol ? choice.file.server : undefined;
      const serverUrl = server ? serverUrlFrom(server.url) : null;
      if (server && serverUrl && fleetEnrolledAs !== choice.pc.name) {
        const outcome = await enrolThisPc(
          { ok: true, serverUrl, code: server.enrolmentCode, deviceName: choice.pc.name },
          choice.pc.roles.map((r) => r.role),
        );
        if (!outcome.ok) {
          fail(
            outcome.errors.map((e) => ({ field: fieldIds.fleetEnrol, message: e.message })),
            outcome.failure ? t('setup.enrol.failed', { message: outcome.failure }) : null,
          );
          return;
        }
        const kept = await bridge.sync.saveCredentials(outcome.credentials);
        if (!kept.ok) {
          fail([], t('setup.enrol.notKept', { message: kept.message }));
          return;
        }
        setStoredCredentials(true);
        setFleetEnrolledAs(choice.pc.name);
      } else if (!server && storedCredentials) {
        await bridge.sync.clearCredentials();
        setStoredCredentials(false);
      }
      const pinHash = choice.newPin ? await hashPin(choice.newPin) : undefined;
      const made = configFromFleetFile(choice.file, choice.pc.name, pinHash);
      if (!made.ok) {
        fail([], t('setup.saveFailed', { message: made.problem }));
        return;
      }
      const saved = await bridge.config.save(made.config);
      if (!saved.ok) {
        fail([], t('setup.saveFailed', { message: saved.message }));
        return;
      }
      await reload();
      goTo('home');
    } catch {
      fail([], t('setup.saveFailed', { message: t('common.storageError') }));
    } finally {
      setBusy(false);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const result = validateSetup(draft, { hasPin: existing !== null });
    if (!result.ok) {
      fail(shownEnrolment ? foldServerOwned(result.errors) : result.errors, null);
      return;
    }
    setErrors([]);
    setFailure(null);
    setBusy(true);
    try {
      const bridge = getBridge();
      // Set up by hand, the PC works without a server: an earlier enrolment must not sync it.
      if (firstRun && !onEnrolPath && storedCredentials) {
        await bridge.sync.clearCredentials();
        setStoredCredentials(false);
      }
      const supervisorPinHash =
        result.newPin !== null ? await hashPin(result.newPin) : (existing?.supervisorPinHash ?? '');
      const saved = await bridge.config.save({ ...result.config, supervisorPinHash });
      if (!saved.ok) {
        fail([], t('setup.saveFailed', { message: saved.message }));
        return;
      }
      await reload();
      goTo('home');
    } catch {
      fail([], t('setup.saveFailed', { message: t('common.storageError') }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="setup">
      <header className="setup-header">
        <h1>{existing ? t('setup.editTitle') : t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
      </header>
      <ErrorSummary ref={summary} errors={errors} failure={failure} />
      {firstRun ? <SetupPathChoice value={path} onChange={choosePath} /> : null}
      {firstRun && path === 'import' ? (
        <FleetImport
          draft={draft}
          busy={busy}
          errorFor={errorFor}
          onDraft={update}
          onProblems={fail}
          onClear={() => {
            setErrors([]);
            setFailure(null);
          }}
          onSave={saveFromFleet}
        />
      ) : onEnrolPath && !enrolled ? (
        <form className="setup-form" onSubmit={enrol} noValidate>
          <EnrolSection
            draft={enrolDraft}
            errorFor={errorFor}
            busy={busy}
            onChange={(patch) => setEnrolDraft((d) => ({ ...d, ...patch }))}
          />
        </form>
      ) : (
        <form className="setup-form" onSubmit={save} noValidate>
          {shownEnrolment ? (
            <EnrolledCentre
              enrolment={shownEnrolment.enrolment}
              deviceName={shownEnrolment.deviceName}
              serverUrl={shownEnrolment.credentials.serverUrl}
              error={errorFor(fieldIds.enrolled)}
            />
          ) : (
            <>
              <CentreSection
                draft={draft}
                errorFor={errorFor}
                onChooseCentre={(centre) => setDraft((d) => chooseCentre(d, centre))}
                onChange={update}
              />
              <ServiceModelSection
                value={draft.serviceModel}
                onChange={(serviceModel) => update({ serviceModel })}
              />
              <CountersSection
                counters={draft.counters}
                services={services}
                errorFor={errorFor}
                onAdd={addCounter}
                onRemove={removeCounter}
                onRenumber={(id, number) => updateCounter(id, (c) => renumberCounter(c, number))}
                onChange={(id, patch) => updateCounter(id, (c) => ({ ...c, ...patch }))}
              />
            </>
          )}
          <RolesSection
            value={draft.roles}
            available={shownEnrolment?.enrolment.roles}
            displays={displays}
            errorFor={errorFor}
            onChange={(role, patch) =>
              setDraft((d) => ({
                ...d,
                roles: { ...d.roles, [role]: { ...d.roles[role], ...patch } },
              }))
            }
          />
          <PrinterSection draft={draft} printers={printers} onChange={update} />
          {shownEnrolment ? null : (
            <QueueSection draft={draft} errorFor={errorFor} onChange={update} />
          )}
          <KioskSection draft={draft} errorFor={errorFor} onChange={update} />
          <PinSection
            draft={draft}
            hasPin={existing !== null}
            errorFor={errorFor}
            onChange={update}
          />
          <div className="setup-actions">
            <button type="submit" className="btn btn-primary" disabled={busy} aria-disabled={busy}>
              <Save aria-hidden="true" />
              {busy ? t('setup.saving') : t('setup.save')}
            </button>
            {existing ? (
              <a className="btn" href="#/">
                {t('setup.cancel')}
              </a>
            ) : null}
          </div>
        </form>
      )}
    </main>
  );
}
