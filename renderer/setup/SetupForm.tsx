// The settings form: builds an InstallationConfig from the draft, saves it through the bridge and
// opens the home screen. A failed check shows every problem at once, at the top and beside each
// field, and keeps everything that was typed.
import { Save } from 'lucide-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { DisplayInfo, PrinterInfo } from '../../core/bridge/bridge.ts';
import { servicesForModel } from '../../core/catalog/services.ts';
import type { InstallationConfig } from '../../core/centre/config.ts';
import { hashPin } from '../../core/security/pin.ts';
import { useInstallation } from '../app/installation.tsx';
import { goTo } from '../app/route.ts';
import { getBridge } from '../bridge/index.ts';
import { t } from '../i18n/index.ts';
import { CentreSection } from './components/CentreSection.tsx';
import { CountersSection } from './components/CountersSection.tsx';
import { ErrorSummary, focusField } from './components/ErrorSummary.tsx';
import { KioskSection } from './components/KioskSection.tsx';
import { PinSection } from './components/PinSection.tsx';
import { PrinterSection } from './components/PrinterSection.tsx';
import { QueueSection } from './components/QueueSection.tsx';
import { RolesSection } from './components/RolesSection.tsx';
import { ServiceModelSection } from './components/ServiceModelSection.tsx';
import {
  type CounterDraft,
  chooseCentre,
  draftFromConfig,
  emptyDraft,
  newCounter,
  nextCounterNumber,
  renumberCounter,
  type SetupDraft,
} from './draft.ts';
import { fieldIds } from './field-ids.ts';
import { type FieldError, validateSetup } from './validate-setup.ts';

export function SetupForm({ existing }: { existing: InstallationConfig | null }) {
  const { reload } = useInstallation();
  const [draft, setDraft] = useState<SetupDraft>(() =>
    existing ? draftFromConfig(existing) : emptyDraft(),
  );
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [failedSaves, setFailedSaves] = useState(0);
  const [printers, setPrinters] = useState<PrinterInfo[]>([]);
  const [displays, setDisplays] = useState<DisplayInfo[]>([]);
  const summary = useRef<HTMLElement>(null);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    const bridge = getBridge();
    bridge.printer.list().then(setPrinters, () => setPrinters([]));
    bridge.displays.list().then(setDisplays, () => setDisplays([]));
  }, []);

  useEffect(() => {
    if (failedSaves > 0) summary.current?.focus();
  }, [failedSaves]);

  useEffect(() => {
    if (focusAfterRender.current) focusField(focusAfterRender.current);
    focusAfterRender.current = null;
  });

  const services = servicesForModel(draft.serviceModel);
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const update = (patch: Partial<SetupDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const updateCounter = (id: string, change: (c: CounterDraft) => CounterDraft) =>
    setDraft((d) => ({ ...d, counters: d.counters.map((c) => (c.id === id ? change(c) : c)) }));

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

  async function save(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    const result = validateSetup(draft, { hasPin: existing !== null });
    if (!result.ok) {
      setErrors(result.errors);
      setSaveError(null);
      setFailedSaves((n) => n + 1);
      return;
    }
    setErrors([]);
    setSaveError(null);
    setSaving(true);
    try {
      const supervisorPinHash =
        result.newPin !== null ? await hashPin(result.newPin) : (existing?.supervisorPinHash ?? '');
      const saved = await getBridge().config.save({ ...result.config, supervisorPinHash });
      if (!saved.ok) {
        setSaveError(saved.message);
        setFailedSaves((n) => n + 1);
        return;
      }
      await reload();
      goTo('home');
    } catch {
      setSaveError(t('common.storageError'));
      setFailedSaves((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  return (
    <main className="setup">
      <header className="setup-header">
        <h1>{existing ? t('setup.editTitle') : t('setup.title')}</h1>
        <p>{t('setup.intro')}</p>
      </header>
      <ErrorSummary ref={summary} errors={errors} saveError={saveError} />
      <form className="setup-form" onSubmit={save} noValidate>
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
        <RolesSection
          value={draft.roles}
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
        <QueueSection draft={draft} errorFor={errorFor} onChange={update} />
        <KioskSection draft={draft} errorFor={errorFor} onChange={update} />
        <PinSection
          draft={draft}
          hasPin={existing !== null}
          errorFor={errorFor}
          onChange={update}
        />
        <div className="setup-actions">
          <button
            type="submit"
            className="btn btn-primary"
            disabled={saving}
            aria-disabled={saving}
          >
            <Save aria-hidden="true" />
            {saving ? t('setup.saving') : t('setup.save')}
          </button>
          {existing ? (
            <a className="btn" href="#/">
              {t('setup.cancel')}
            </a>
          ) : null}
        </div>
      </form>
    </main>
  );
}
