// Step 3: who the law puts first (UU 25/2009 art. 29). Each answer is a real toggle button that
// says "Ya" or "Tidak" in words and with a tick, never by colour alone.
import { Check, Minus } from 'lucide-react';
import { useId } from 'react';
import type { PriorityClass } from '../../../core/queue/ticket.ts';
import type { MessageKey } from '../../i18n/index.ts';
import { t } from '../../i18n/index.ts';
import { BackButton, KioskStep, NextButton } from '../KioskStep.tsx';
import { priorityIcons } from '../kiosk-icons.ts';

const questions: readonly { priority: PriorityClass; label: MessageKey; hint: MessageKey }[] = [
  { priority: 'elderly', label: 'kiosk.priority.elderly', hint: 'kiosk.priority.elderlyHint' },
  {
    priority: 'disability',
    label: 'kiosk.priority.disability',
    hint: 'kiosk.priority.disabilityHint',
  },
  { priority: 'pregnant', label: 'kiosk.priority.pregnant', hint: 'kiosk.priority.pregnantHint' },
  { priority: 'child', label: 'kiosk.priority.child', hint: 'kiosk.priority.childHint' },
  {
    priority: 'disaster_victim',
    label: 'kiosk.priority.disaster',
    hint: 'kiosk.priority.disasterHint',
  },
];

interface PriorityStepProps {
  chosen: readonly PriorityClass[];
  onToggle(priority: PriorityClass): void;
  onNext(): void;
  onBack(): void;
}

export function PriorityStep({ chosen, onToggle, onNext, onBack }: PriorityStepProps) {
  return (
    <KioskStep
      step={3}
      className="kiosk-priority"
      guide="priority"
      heading={t('kiosk.priority.heading')}
      instruction={t('kiosk.priority.instruction')}
      nav={
        <>
          <BackButton onClick={onBack} />
          <NextButton onClick={onNext} />
        </>
      }
    >
      <ul className="kiosk-toggles">
        {questions.map((question) => (
          <li key={question.priority}>
            <PriorityToggle
              priority={question.priority}
              label={t(question.label)}
              hint={t(question.hint)}
              pressed={chosen.includes(question.priority)}
              onToggle={() => onToggle(question.priority)}
            />
          </li>
        ))}
      </ul>
    </KioskStep>
  );
}

function PriorityToggle({
  priority,
  label,
  hint,
  pressed,
  onToggle,
}: {
  priority: PriorityClass;
  label: string;
  hint: string;
  pressed: boolean;
  onToggle(): void;
}) {
  const hintId = useId();
  const Icon = priorityIcons[priority];
  const StateIcon = pressed ? Check : Minus;
  // The name is the bold label alone; the smaller words are its description. They are
  // aria-hidden, so they stay out of the name and are not read twice (aria-describedby still
  // reads hidden text); the name is the label a speech-input user says (WCAG 2.5.3).
  return (
    <button
      type="button"
      className="kiosk-toggle"
      aria-pressed={pressed}
      aria-describedby={hintId}
      onClick={onToggle}
    >
      <Icon aria-hidden="true" className="kiosk-toggle-icon" />
      <span className="kiosk-toggle-text">
        <span className="kiosk-toggle-label">{label}</span>
        <span id={hintId} aria-hidden="true" className="kiosk-toggle-hint">
          {hint}
        </span>
      </span>
      <span className="kiosk-toggle-state" aria-hidden="true">
        <StateIcon className="kiosk-toggle-state-icon" />
        {pressed ? t('kiosk.priority.yes') : t('kiosk.priority.no')}
      </span>
    </button>
  );
}
