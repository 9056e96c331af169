// "Masih di sini?": asked when the kiosk has been left mid-way. Any touch or key carries on;
// otherwise, after the countdown, the screen starts over and the answers are gone.
import { useEffect } from 'react';
import { t } from '../i18n/index.ts';
import { useGuidance } from './access/access-context.tsx';
import { KioskDialog } from './KioskDialog.tsx';
import { useCountdown } from './useCountdown.ts';

export const IDLE_PROMPT_SECONDS = 10;

export function IdlePrompt({ onContinue, onGiveUp }: { onContinue(): void; onGiveUp(): void }) {
  const secondsLeft = useCountdown(IDLE_PROMPT_SECONDS, onGiveUp);
  useGuidance('idle');

  useEffect(() => {
    const carryOn = () => onContinue();
    document.addEventListener('pointerdown', carryOn, { capture: true });
    document.addEventListener('keydown', carryOn, { capture: true });
    return () => {
      document.removeEventListener('pointerdown', carryOn, { capture: true });
      document.removeEventListener('keydown', carryOn, { capture: true });
    };
  }, [onContinue]);

  return (
    <KioskDialog open heading={t('kiosk.idle.heading')} onCancel={onContinue}>
      <p className="kiosk-dialog-text">{t('kiosk.idle.text')}</p>
      <p className="kiosk-dialog-text kiosk-idle-countdown">
        {t('kiosk.idle.countdown', { seconds: secondsLeft })}
      </p>
      <div className="kiosk-dialog-actions">
        <button type="button" className="btn btn-primary kiosk-dialog-button" onClick={onContinue}>
          {t('kiosk.idle.continue')}
        </button>
      </div>
    </KioskDialog>
  );
}
