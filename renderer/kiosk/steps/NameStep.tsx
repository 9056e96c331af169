// Step 1 for a visitor without an ID card: a name on the letter keyboard, or "Lewati" for anyone
// who cannot or would rather not type one; the counter asks again.
import { ArrowRightToLine } from 'lucide-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { t } from '../../i18n/index.ts';
import { BackButton, KioskStep, NextButton } from '../KioskStep.tsx';
import { LetterKeyboard } from '../LetterKeyboard.tsx';
import {
  cleanName,
  finishedName,
  nameIsLongEnough,
  removeLast,
  typeNameKey,
} from '../visitor-input.ts';

interface NameStepProps {
  name: string;
  onNameChange(name: string): void;
  onDone(name: string | undefined): void;
  onBack(): void;
}

export function NameStep({ name, onNameChange, onDone, onBack }: NameStepProps) {
  const [tooShort, setTooShort] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const formId = useId();
  const inputId = useId();
  const problemId = useId();

  const change = (next: string) => {
    onNameChange(next);
    setTooShort(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (nameIsLongEnough(name)) onDone(finishedName(name));
    else setTooShort(true);
  };

  return (
    <KioskStep
      step={1}
      className="kiosk-name"
      guide="name"
      heading={t('kiosk.name.heading')}
      instruction={t('kiosk.name.instruction')}
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
          {t('kiosk.name.fieldLabel')}
        </label>
        <input
          ref={inputRef}
          id={inputId}
          className="kiosk-field kiosk-field-name"
          type="text"
          inputMode="none"
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          value={name}
          onChange={(event) => change(cleanName(event.target.value))}
          aria-invalid={tooShort ? true : undefined}
          aria-describedby={tooShort ? problemId : undefined}
        />
        <div id={problemId} className="kiosk-problem-slot">
          {tooShort ? (
            <p className="kiosk-problem" role="alert">
              {t('kiosk.name.tooShort')}
            </p>
          ) : null}
        </div>
      </form>
      <LetterKeyboard
        onKey={(key) => change(typeNameKey(name, key))}
        onBackspace={() => change(removeLast(name))}
      />
      <button type="button" className="btn kiosk-skip" onClick={() => onDone(undefined)}>
        <ArrowRightToLine aria-hidden="true" />
        {t('kiosk.name.skip')}
      </button>
    </KioskStep>
  );
}
