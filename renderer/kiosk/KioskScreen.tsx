// The touch kiosk: a visitor answers a few questions and gets a queue ticket. The screen owns
// what outlives one visitor's answers: the Darurat button and its ticket, the idle check, and
// the staff exit, and the visitor's access choices (language, text size, contrast, voice, reach,
// scanning). Each visit is a fresh KioskVisit (new key) with the default access, so a reset leaves
// nothing behind.
import { type CSSProperties, useCallback, useMemo, useRef, useState } from 'react';
import { EMERGENCY_SERVICE_ID } from '../../core/catalog/services.ts';
import type { GuidanceStep } from '../../core/kiosk/guidance.ts';
import { useHostBusy } from '../app/use-host-busy.ts';
import { setLanguage } from '../i18n/index.ts';
import { useStore } from '../store/store-context.tsx';
import { SyncStatus } from '../sync/SyncStatus.tsx';
import { AccessBar } from './access/AccessBar.tsx';
import { KioskAccessContext, type KioskAccessValue } from './access/access-context.tsx';
import { createGuidanceVoice } from './access/guidance-voice.ts';
import { accessClassNames, defaultAccess, type KioskAccess } from './access/kiosk-access.ts';
import { useSwitchScanning } from './access/useSwitchScanning.ts';
import { DaruratButton, DaruratConfirm } from './Darurat.tsx';
import { IdlePrompt } from './IdlePrompt.tsx';
import { KioskVisit } from './KioskVisit.tsx';
import { SupervisorAccess } from './SupervisorAccess.tsx';
import { EmergencyStep } from './steps/EmergencyStep.tsx';
import { useIdleTimer } from './useIdleTimer.ts';
import { useTicketIssue } from './useTicketIssue.ts';
import './kiosk.css';
import './access/access.css';

export default function KioskScreen() {
  const { config } = useStore();
  const [visitKey, setVisitKey] = useState(0);
  const [visitInProgress, setVisitInProgress] = useState(false);
  useHostBusy(visitInProgress);
  const [daruratAsked, setDaruratAsked] = useState(false);
  const [supervisorOpen, setSupervisorOpen] = useState(false);
  const [idleAsked, setIdleAsked] = useState(false);
  const emergency = useTicketIssue();
  const resetEmergency = emergency.reset;
  const [access, setAccess] = useState<KioskAccess>(defaultAccess);
  const rootRef = useRef<HTMLDivElement>(null);
  const accessValue = useKioskAccessValue(access, setAccess);
  const resetAccess = accessValue.reset;
  // Text comes from the visitor's language from this render on (t() reads the module's language).
  setLanguage(access.language);
  useSwitchScanning(access.scanning, rootRef);

  const startOver = useCallback(() => {
    resetAccess();
    setVisitKey((key) => key + 1);
    setVisitInProgress(false);
    setDaruratAsked(false);
    setSupervisorOpen(false);
    setIdleAsked(false);
    resetEmergency();
  }, [resetEmergency, resetAccess]);

  const continueVisit = useCallback(() => setIdleAsked(false), []);

  // Access choices left on the welcome screen also time out, so the next visitor starts plain.
  const somethingOpen =
    visitInProgress || daruratAsked || supervisorOpen || access !== defaultAccess;
  useIdleTimer(
    somethingOpen && !idleAsked && !emergency.state,
    config.kiosk.idleSeconds * 1000,
    () => setIdleAsked(true),
  );

  const callForHelp = () => {
    setDaruratAsked(false);
    // The visitor's half-finished answers are dropped: staff take it from here.
    setVisitKey((key) => key + 1);
    setVisitInProgress(false);
    void emergency.start(
      { serviceId: EMERGENCY_SERVICE_ID, priorityClasses: [], hasNoId: false, consentGiven: false },
      { emergency: true },
    );
  };

  const textScale = { '--kiosk-text-scale': access.textScale } as CSSProperties;
  return (
    <KioskAccessContext value={accessValue}>
      <div
        ref={rootRef}
        className={accessClassNames(access)}
        lang={access.language}
        style={textScale}
      >
        <header className="kiosk-header">
          <p className="kiosk-centre">{config.balai.shortName}</p>
          <SyncStatus variant="kiosk" />
          <SupervisorAccess key={visitKey} onOpenChange={setSupervisorOpen} />
        </header>
        <main className="kiosk-main">
          {emergency.state ? (
            <EmergencyStep issue={emergency.state} onDone={startOver} />
          ) : (
            <KioskVisit
              key={visitKey}
              centreName={config.balai.name}
              onInProgressChange={setVisitInProgress}
              onFinished={startOver}
            />
          )}
        </main>
        {emergency.state ? null : (
          <footer className="kiosk-footer">
            <AccessBar />
            <DaruratButton onPress={() => setDaruratAsked(true)} />
          </footer>
        )}
        <DaruratConfirm
          open={daruratAsked}
          onConfirm={callForHelp}
          onCancel={() => setDaruratAsked(false)}
        />
        {idleAsked ? <IdlePrompt onContinue={continueVisit} onGiveUp={startOver} /> : null}
      </div>
    </KioskAccessContext>
  );
}

/**
 * The access context's value: the choices, a change that replays the step's guidance when voice,
 * volume or language changes, and the guidance voice itself. `speak` stays the same function
 * across renders, so a step's guidance is said once per step, not on every change of the choices.
 */
function useKioskAccessValue(
  access: KioskAccess,
  setAccess: (access: KioskAccess) => void,
): KioskAccessValue & { reset(): void } {
  const accessRef = useRef(access);
  accessRef.current = access;
  const lastStep = useRef<GuidanceStep | undefined>(undefined);

  const actions = useMemo(() => {
    const voice = createGuidanceVoice();
    const say = (choices: KioskAccess) => {
      if (choices.voice && lastStep.current) {
        voice.play(choices.language, lastStep.current, choices.volume);
      } else voice.stop();
    };
    const apply = (next: KioskAccess) => {
      accessRef.current = next;
      setLanguage(next.language);
      setAccess(next);
    };
    return {
      change(patch: Partial<KioskAccess>) {
        apply({ ...accessRef.current, ...patch });
        if ('voice' in patch || 'volume' in patch || 'language' in patch) say(accessRef.current);
      },
      speak(step: GuidanceStep) {
        lastStep.current = step;
        say(accessRef.current);
      },
      reset() {
        lastStep.current = undefined;
        voice.stop();
        apply(defaultAccess);
      },
    };
  }, [setAccess]);

  return useMemo(() => ({ access, ...actions }), [access, actions]);
}
