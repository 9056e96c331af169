// The discreet way out of kiosk mode for staff: a small "Petugas" button, a PIN on the keypad,
// and the host (Electron) checks the PIN and leaves kiosk mode. The PIN never stays in state
// after the dialog closes.
import { LockKeyhole, Settings, Undo2 } from 'lucide-react';
import { type FormEvent, useId, useState } from 'react';
import { goTo } from '../app/route.ts';
import { getBridge } from '../bridge/index.ts';
import { t } from '../i18n/index.ts';
import { KioskDialog } from './KioskDialog.tsx';
import { NumberKeypad } from './NumberKeypad.tsx';

const PIN_MAX_LENGTH = 8;

type Stage = 'closed' | 'pin' | 'panel';

export function SupervisorAccess({ onOpenChange }: { onOpenChange(open: boolean): void }) {
  const [stage, setStageState] = useState<Stage>('closed');
  const setStage = (next: Stage) => {
    setStageState(next);
    onOpenChange(next !== 'closed');
  };

  return (
    <>
      <button type="button" className="btn kiosk-staff" onClick={() => setStage('pin')}>
        <LockKeyhole aria-hidden="true" />
        {t('kiosk.supervisor.open')}
      </button>
      {stage === 'pin' ? (
        <PinDialog onCancel={() => setStage('closed')} onExited={() => setStage('panel')} />
      ) : null}
      <KioskDialog
        open={stage === 'panel'}
        heading={t('kiosk.supervisor.panelHeading')}
        onCancel={() => setStage('closed')}
      >
        <p className="kiosk-dialog-text">{t('kiosk.supervisor.exited')}</p>
        <div className="kiosk-dialog-actions">
          <button
            type="button"
            className="btn kiosk-dialog-button"
            onClick={() => setStage('closed')}
          >
            <Undo2 aria-hidden="true" />
            {t('kiosk.supervisor.back')}
          </button>
          <button
            type="button"
            className="btn btn-primary kiosk-dialog-button"
            onClick={() => goTo('setup')}
          >
            <Settings aria-hidden="true" />
            {t('kiosk.supervisor.settings')}
          </button>
        </div>
      </KioskDialog>
    </>
  );
}

function PinDialog({ onCancel, onExited }: { onCancel(): void; onExited(): void }) {
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const formId = useId();
  const inputId = useId();
  const problemId = useId();

  const change = (next: string) => {
    setPin(next.replace(/\D/g, '').slice(0, PIN_MAX_LENGTH));
    setProblem(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (checking) return;
    setChecking(true);
    const result = await getBridge()
      .kiosk.exit(pin)
      .catch(() => ({ ok: false, message: undefined }));
    setChecking(false);
    if (result.ok) {
      onExited();
      return;
    }
    setPin('');
    setProblem(result.message ?? t('kiosk.supervisor.wrongPin'));
  };

  return (
    <KioskDialog open heading={t('kiosk.supervisor.pinHeading')} onCancel={onCancel}>
      <form id={formId} className="kiosk-pin-form" onSubmit={submit} noValidate>
        <label htmlFor={inputId} className="kiosk-field-label">
          {t('kiosk.supervisor.pinLabel')}
        </label>
        <input
          id={inputId}
          className="kiosk-field kiosk-field-pin"
          type="password"
          inputMode="none"
          autoComplete="off"
          value={pin}
          onChange={(event) => change(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
        />
        <div id={problemId} className="kiosk-problem-slot">
          {problem ? (
            <p className="kiosk-problem" role="alert">
              {problem}
            </p>
          ) : null}
          {checking ? (
            <p className="kiosk-checking" role="status">
              {t('kiosk.supervisor.checking')}
            </p>
          ) : null}
        </div>
      </form>
      <NumberKeypad
        label={t('kiosk.supervisor.pinKeypad')}
        onDigit={(digit) => change(pin + digit)}
        onBackspace={() => change(pin.slice(0, -1))}
        onClear={() => change('')}
      />
      <div className="kiosk-dialog-actions">
        <button type="button" className="btn kiosk-dialog-button" onClick={onCancel}>
          {t('kiosk.supervisor.cancel')}
        </button>
        <button
          type="submit"
          form={formId}
          className="btn btn-primary kiosk-dialog-button"
          disabled={checking}
        >
          {t('kiosk.supervisor.submit')}
        </button>
      </div>
    </KioskDialog>
  );
}
