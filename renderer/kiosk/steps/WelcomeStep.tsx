// The kiosk at rest: whose centre this is, and one big button to begin.
import { HandHeart, Ticket } from 'lucide-react';
import { t } from '../../i18n/index.ts';
import { KioskStep } from '../KioskStep.tsx';

export function WelcomeStep({ centreName, onStart }: { centreName: string; onStart(): void }) {
  return (
    <KioskStep
      className="kiosk-welcome"
      heading={`${t('kiosk.welcome.greeting')} ${centreName}`}
      instruction={t('kiosk.welcome.instruction')}
    >
      <HandHeart aria-hidden="true" className="kiosk-welcome-art" />
      <button type="button" className="btn btn-primary kiosk-start" onClick={onStart}>
        <Ticket aria-hidden="true" className="kiosk-start-icon" />
        <span className="kiosk-start-text">
          <span className="kiosk-start-title">{t('kiosk.welcome.start')}</span>
          <span className="kiosk-start-hint">{t('kiosk.welcome.startHint')}</span>
        </span>
      </button>
      <p className="kiosk-welcome-help">{t('kiosk.welcome.help')}</p>
    </KioskStep>
  );
}
