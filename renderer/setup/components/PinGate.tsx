// Settings are the supervisor's: with a config in place, the form opens only after the PIN.
// Wrong guesses are counted by the shared PIN gate, which locks for a while after too many.
import { ArrowLeft, KeyRound } from 'lucide-react';
import { type FormEvent, useRef, useState } from 'react';
import { createPinGate } from '../../../core/security/pin-gate.ts';
import { t } from '../../i18n/index.ts';
import { describedBy, FieldError } from './Field.tsx';

/** One gate per window, so leaving and reopening settings does not reset the count. */
const gate = createPinGate();

const pinId = 'setup-gate-pin';

export function PinGate({ pinHash, onUnlock }: { pinHash: string; onUnlock(): void }) {
  const [pin, setPin] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [checking, setChecking] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (checking) return;
    setChecking(true);
    const result = await gate.check(pin, pinHash, Date.now());
    setChecking(false);
    if (result.ok) {
      onUnlock();
      return;
    }
    setError(result.message);
    setPin('');
    input.current?.focus();
  }

  return (
    <main className="setup setup-gate">
      <form className="setup-section setup-gate-form" onSubmit={submit} noValidate>
        <h1>
          <KeyRound aria-hidden="true" />
          {t('setup.gate.heading')}
        </h1>
        <p className="setup-intro">{t('setup.gate.intro')}</p>
        <div className={error ? 'setup-field has-error' : 'setup-field'}>
          <label htmlFor={pinId}>{t('setup.gate.pin')}</label>
          <div role="alert">
            <FieldError id={pinId} message={error} />
          </div>
          <input
            ref={input}
            id={pinId}
            className="setup-input setup-input-medium"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            // biome-ignore lint/a11y/noAutofocus: the PIN is the only thing this screen asks for
            autoFocus
            value={pin}
            onChange={(event) => setPin(event.target.value)}
            {...describedBy(pinId, { error })}
          />
        </div>
        <div className="setup-actions">
          <button type="submit" className="btn btn-primary" disabled={checking}>
            {checking ? t('setup.gate.checking') : t('setup.gate.submit')}
          </button>
          <a className="btn" href="#/">
            <ArrowLeft aria-hidden="true" />
            {t('setup.gate.back')}
          </a>
        </div>
      </form>
    </main>
  );
}
