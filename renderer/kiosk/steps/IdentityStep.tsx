// Step 1: the NIK, typed on the big keypad (or a keyboard) and checked offline when the visitor
// taps Lanjut. A wrong NIK keeps every digit typed and says what is wrong right by the field.
// Nothing here looks the NIK up: the kiosk never shows what the centre knows about a number.
import { IdCard } from 'lucide-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { validateNik } from '../../../core/nik/nik.ts';
import { localDay } from '../../../core/time/local-day.ts';
import { nikProblem } from '../../i18n/core-text.ts';
import { t } from '../../i18n/index.ts';
import { useStore } from '../../store/store-context.tsx';
import { BackButton, KioskStep, NextButton } from '../KioskStep.tsx';
import { NumberKeypad } from '../NumberKeypad.tsx';
import { groupNik, NIK_LENGTH, nikDigits, removeLast } from '../visitor-input.ts';

interface IdentityStepProps {
  digits: string;
  onDigitsChange(digits: string): void;
  onValid(nik: string): void;
  onNoId(): void;
  onBack(): void;
}

export function IdentityStep({
  digits,
  onDigitsChange,
  onValid,
  onNoId,
  onBack,
}: IdentityStepProps) {
  const store = useStore();
  const [problem, setProblem] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const formId = useId();
  const inputId = useId();
  const problemId = useId();
  const countId = useId();

  const change = (next: string) => {
    onDigitsChange(nikDigits(next));
    setProblem(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateNik(digits, localDay(store.now(), store.config.timeZone));
    if (result.ok) onValid(result.nik);
    else setProblem(nikProblem(result, digits.length));
  };

  return (
    <KioskStep
      step={1}
      className="kiosk-identity"
      guide="identity"
      heading={t('kiosk.identity.heading')}
      instruction={t('kiosk.identity.instruction')}
      initialFocus={inputRef}
      nav={
        <>
          <BackButton onClick={onBack} />
          <NextButton form={formId} />
        </>
      }
    >
      <form id={formId} className="kiosk-field-area" onSubmit={submit} noValidate>
        <label htmlFor={inputId} className="kiosk-field-label">
          {t('kiosk.identity.fieldLabel')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="kiosk-field kiosk-field-nik"
          type="text"
          inputMode="none"
          autoComplete="off"
          spellCheck={false}
          placeholder={t('kiosk.identity.placeholder')}
          value={groupNik(digits)}
          onChange={(event) => change(event.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${problemId} ${countId}` : countId}
        />
        <p id={countId} className="kiosk-field-count">
          {t('kiosk.identity.counted', { count: digits.length })}
        </p>
        <div id={problemId} className="kiosk-problem-slot">
          {problem ? (
            <p className="kiosk-problem" role="alert">
              {problem}
            </p>
          ) : null}
        </div>
      </form>
      <NumberKeypad
        label={t('kiosk.identity.keypad')}
        onDigit={(digit) => {
          if (digits.length < NIK_LENGTH) change(digits + digit);
        }}
        onBackspace={() => change(removeLast(digits))}
        onClear={() => change('')}
      />
      <button type="button" className="btn kiosk-no-id" onClick={onNoId}>
        <IdCard aria-hidden="true" className="kiosk-no-id-icon" />
        <span className="kiosk-no-id-text">
          <span className="kiosk-no-id-title">{t('kiosk.identity.noId')}</span>
          <span className="kiosk-no-id-hint">{t('kiosk.identity.noIdHint')}</span>
        </span>
      </button>
    </KioskStep>
  );
}
