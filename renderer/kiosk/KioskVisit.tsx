// One visitor's walk through the kiosk, from welcome to ticket. All of their answers live in
// this component's state only: the screen remounts it with a new key to start the next visitor,
// so nothing typed here can survive into the next visit.
import { useEffect, useState } from 'react';
import type { PriorityClass } from '../../core/queue/ticket.ts';
import type { VisitorAnswers } from '../../core/visitor/registration.ts';
import { ConsentStep } from './steps/ConsentStep.tsx';
import { IdentityStep } from './steps/IdentityStep.tsx';
import { NameStep } from './steps/NameStep.tsx';
import { PriorityStep } from './steps/PriorityStep.tsx';
import { ServiceStep } from './steps/ServiceStep.tsx';
import { TicketStep } from './steps/TicketStep.tsx';
import { WelcomeStep } from './steps/WelcomeStep.tsx';
import { useTicketIssue } from './useTicketIssue.ts';

export type VisitStep =
  | 'welcome'
  | 'identity'
  | 'name'
  | 'service'
  | 'priority'
  | 'consent'
  | 'ticket';

interface KioskVisitProps {
  centreName: string;
  /** Told whether a visitor is part-way through the questions (the idle check runs then). */
  onInProgressChange(inProgress: boolean): void;
  /** The visitor is done (or the ticket screen timed out): start the next visit. */
  onFinished(): void;
}

export function KioskVisit({ centreName, onInProgressChange, onFinished }: KioskVisitProps) {
  const [step, setStep] = useState<VisitStep>('welcome');
  const [nikTyped, setNikTyped] = useState('');
  const [nik, setNik] = useState<string | undefined>();
  const [hasNoId, setHasNoId] = useState(false);
  const [name, setName] = useState('');
  const [finalName, setFinalName] = useState<string | undefined>();
  const [serviceId, setServiceId] = useState<string | undefined>();
  const [priorityClasses, setPriorityClasses] = useState<PriorityClass[]>([]);
  const [consentGiven, setConsentGiven] = useState(false);
  const issue = useTicketIssue();

  const inProgress = step !== 'welcome' && step !== 'ticket';
  useEffect(() => onInProgressChange(inProgress), [inProgress, onInProgressChange]);

  const answer = (consent: boolean) => {
    if (!serviceId) return;
    setConsentGiven(consent);
    setStep('ticket');
    const answers: VisitorAnswers = {
      serviceId,
      priorityClasses,
      hasNoId,
      consentGiven: consent,
      ...(nik ? { nik } : {}),
      ...(finalName ? { name: finalName } : {}),
    };
    void issue.start(answers);
  };

  switch (step) {
    case 'welcome':
      return <WelcomeStep centreName={centreName} onStart={() => setStep('identity')} />;
    case 'identity':
      return (
        <IdentityStep
          digits={nikTyped}
          onDigitsChange={setNikTyped}
          onValid={(valid) => {
            setNik(valid);
            setHasNoId(false);
            setName('');
            setFinalName(undefined);
            setStep('service');
          }}
          onNoId={() => {
            setNikTyped('');
            setNik(undefined);
            setHasNoId(true);
            setStep('name');
          }}
          onBack={onFinished}
        />
      );
    case 'name':
      return (
        <NameStep
          name={name}
          onNameChange={setName}
          onDone={(done) => {
            setFinalName(done);
            if (!done) setName('');
            setStep('service');
          }}
          onBack={() => setStep('identity')}
        />
      );
    case 'service':
      return (
        <ServiceStep
          chosenId={serviceId}
          onChoose={(id) => {
            setServiceId(id);
            setStep('priority');
          }}
          onBack={() => setStep(hasNoId ? 'name' : 'identity')}
        />
      );
    case 'priority':
      return (
        <PriorityStep
          chosen={priorityClasses}
          onToggle={(priority) =>
            setPriorityClasses((current) =>
              current.includes(priority)
                ? current.filter((p) => p !== priority)
                : [...current, priority],
            )
          }
          onNext={() => setStep('consent')}
          onBack={() => setStep('service')}
        />
      );
    case 'consent':
      return (
        <ConsentStep
          gave={nik ? 'nik' : finalName ? 'name' : 'nothing'}
          onAnswer={answer}
          onBack={() => setStep('priority')}
        />
      );
    case 'ticket':
      return (
        <TicketStep
          issue={issue.state ?? { kind: 'issuing' }}
          consentGiven={consentGiven}
          onDone={onFinished}
        />
      );
  }
}
