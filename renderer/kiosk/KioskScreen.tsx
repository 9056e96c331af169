// The touch kiosk: a visitor answers a few questions and gets a queue ticket. The screen owns
// what outlives one visitor's answers: the Darurat button and its ticket, the idle check, and
// the staff exit. Each visit is a fresh KioskVisit (new key), so a reset leaves nothing behind.
import { useCallback, useState } from 'react';
import { EMERGENCY_SERVICE_ID } from '../../core/catalog/services.ts';
import { useStore } from '../store/store-context.tsx';
import { SyncStatus } from '../sync/SyncStatus.tsx';
import { DaruratButton, DaruratConfirm } from './Darurat.tsx';
import { IdlePrompt } from './IdlePrompt.tsx';
import { KioskVisit } from './KioskVisit.tsx';
import { SupervisorAccess } from './SupervisorAccess.tsx';
import { EmergencyStep } from './steps/EmergencyStep.tsx';
import { useIdleTimer } from './useIdleTimer.ts';
import { useTicketIssue } from './useTicketIssue.ts';
import './kiosk.css';

export default function KioskScreen() {
  const { config } = useStore();
  const [visitKey, setVisitKey] = useState(0);
  const [visitInProgress, setVisitInProgress] = useState(false);
  const [daruratAsked, setDaruratAsked] = useState(false);
  const [supervisorOpen, setSupervisorOpen] = useState(false);
  const [idleAsked, setIdleAsked] = useState(false);
  const emergency = useTicketIssue();
  const resetEmergency = emergency.reset;

  const startOver = useCallback(() => {
    setVisitKey((key) => key + 1);
    setVisitInProgress(false);
    setDaruratAsked(false);
    setSupervisorOpen(false);
    setIdleAsked(false);
    resetEmergency();
  }, [resetEmergency]);

  const continueVisit = useCallback(() => setIdleAsked(false), []);

  const somethingOpen = visitInProgress || daruratAsked || supervisorOpen;
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

  return (
    <div className="kiosk" lang="id">
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
  );
}
